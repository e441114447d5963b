import { useId } from "react";
import type { AnswerPart } from "../../../exercises/types";

type Value = string | string[] | undefined;
type PartOf<Kind extends AnswerPart["kind"]> = Extract<AnswerPart, { kind: Kind }>;
/** What every kind of input gets: its part, the current value and where a new value goes. */
interface InputProps<Kind extends AnswerPart["kind"]> {
  part: PartOf<Kind>;
  value: Value;
  onChange: (value: string | string[]) => void;
}

/** The input for one answer part: number box, choices, checkboxes, a table of cells, or an ordering. */
export function AnswerPartInput({
  name,
  part,
  value,
  onChange,
  status,
}: {
  name: string;
  part: AnswerPart;
  value: Value;
  onChange: (value: string | string[]) => void;
  status: string | undefined;
}) {
  const id = useId();
  const invalid = status === "invalid" || status === "blank";
  switch (part.kind) {
    case "number":
      return (
        <NumberInput id={id} part={part} value={value} onChange={onChange} invalid={invalid} />
      );
    case "choice":
    case "decision":
      return <ChoiceInput id={`${id}-${name}`} part={part} value={value} onChange={onChange} />;
    case "multiple":
      return <MultipleInput part={part} value={value} onChange={onChange} />;
    case "table":
      return <TableInput id={id} part={part} value={value} onChange={onChange} />;
    case "ordering":
      return <OrderingInput part={part} value={value} onChange={onChange} />;
  }
}

/** A number, typed as text and read when graded: one that cannot be read is invalid, not wrong. */
function NumberInput({
  id,
  part,
  value,
  onChange,
  invalid,
}: InputProps<"number"> & { id: string; invalid: boolean }) {
  return (
    <label className="answer-part" htmlFor={id}>
      <span className="answer-label">{part.label}</span>
      <span className="answer-number">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={typeof value === "string" ? value : ""}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {part.unit && <span className="answer-unit">{part.unit}</span>}
      </span>
    </label>
  );
}

/** One option of several, as radio buttons named by `id`. */
function ChoiceInput({
  id,
  part,
  value,
  onChange,
}: InputProps<"choice" | "decision"> & { id: string }) {
  return (
    <fieldset className={`answer-part answer-${part.kind}`}>
      <legend className="answer-label">{part.label}</legend>
      {part.options.map((option) => (
        <label key={option.id} className="answer-option">
          <input
            type="radio"
            name={id}
            value={option.id}
            checked={value === option.id}
            onChange={() => onChange(option.id)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Any number of options, as checkboxes. */
function MultipleInput({ part, value, onChange }: InputProps<"multiple">) {
  const chosen = Array.isArray(value) ? value : [];
  return (
    <fieldset className="answer-part">
      <legend className="answer-label">{part.label}</legend>
      {part.options.map((option) => (
        <label key={option.id} className="answer-option">
          <input
            type="checkbox"
            checked={chosen.includes(option.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...chosen, option.id]
                  : chosen.filter((item) => item !== option.id),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** One text box per row of a table; a cell may be NULL where the part allows it. */
function TableInput({ id, part, value, onChange }: InputProps<"table"> & { id: string }) {
  const cells = Array.isArray(value) ? value : part.rowLabels.map(() => "");
  return (
    <fieldset className="answer-part">
      <legend className="answer-label">{part.label}</legend>
      <table className="answer-table">
        <tbody>
          {part.rowLabels.map((row, index) => (
            <tr key={row}>
              <th scope="row">
                <label htmlFor={`${id}-${index}`}>{row}</label>
              </th>
              <td>
                <input
                  id={`${id}-${index}`}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={cells[index] ?? ""}
                  placeholder={part.allowNull ? "value or NULL" : "value"}
                  onChange={(event) =>
                    onChange(
                      part.rowLabels.map((_, position) =>
                        position === index ? event.target.value : (cells[position] ?? ""),
                      ),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** Items put in order with up and down buttons. */
function OrderingInput({ part, value, onChange }: InputProps<"ordering">) {
  const order =
    Array.isArray(value) && value.length === part.items.length
      ? value
      : part.items.map((item) => item.id);
  const move = (index: number, step: number) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    if (item !== undefined) next.splice(index + step, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="answer-part">
      <legend className="answer-label">{part.label}</legend>
      <ol className="answer-ordering">
        {order.map((itemId, index) => {
          const label = part.items.find((item) => item.id === itemId)?.label ?? itemId;
          return (
            <li key={itemId}>
              <span>{label}</span>
              <button
                type="button"
                disabled={index === 0}
                onClick={() => move(index, -1)}
                aria-label={`Move ${label} up`}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={index === order.length - 1}
                onClick={() => move(index, 1)}
                aria-label={`Move ${label} down`}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
