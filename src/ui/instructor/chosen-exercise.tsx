import type { BuilderDraft } from "../../store/instructor-store";

type Entry = BuilderDraft["exercises"][number];

/**
 * One chosen exercise of an assignment, in its place in the order: its points and variant, and
 * buttons to move it up or down or remove it.
 */
export function ChosenExercise({
  entry,
  title,
  first,
  last,
  onUpdate,
  onMove,
  onRemove,
}: {
  entry: Entry;
  title: string;
  first: boolean;
  last: boolean;
  onUpdate: (change: Partial<Entry>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <li>
      <span className="chosen-title">{title}</span>
      <label>
        Points{" "}
        <input
          type="number"
          min={0.5}
          step={0.5}
          value={Number.isFinite(entry.points) ? entry.points : ""}
          onChange={(event) => onUpdate({ points: event.target.valueAsNumber })}
          aria-label={`Points for ${title}`}
        />
      </label>
      <label>
        Variant{" "}
        <input
          type="number"
          min={0}
          step={1}
          value={entry.variant ?? 0}
          onChange={(event) =>
            onUpdate({
              variant: Number.isFinite(event.target.valueAsNumber) ? event.target.valueAsNumber : 0,
            })
          }
          aria-label={`Variant for ${title}`}
        />
      </label>
      <span className="button-row">
        <button
          type="button"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={`Move ${title} up`}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={`Move ${title} down`}
        >
          ↓
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove ${title}`}>
          Remove
        </button>
      </span>
    </li>
  );
}
