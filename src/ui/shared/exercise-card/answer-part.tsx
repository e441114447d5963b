import { useId } from "react";
import type { AnswerPart } from "../../../exercises/types";

type Value = string | string[] | undefined;

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
    case "choice":
    case "decision":
      return (
        <fieldset className={`answer-part answer-${part.kind}`}>
          <legend className="answer-label">{part.label}</legend>
          {part.options.map((option) => (
            <label key={option.id} className="answer-option">
              <input
                type="radio"
                name={`${id}-${name}`}
                value={option.id}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      );
    case "multiple": {
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
    case "table": {
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
    case "ordering": {
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
  }
}
