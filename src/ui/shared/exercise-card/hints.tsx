import { TextView } from "../outputs/text-view";

/**
 * The button that shows the next hint, "Hint 2 of 3", until none are left. Practice and
 * assignment cards both use it; what taking a hint costs is theirs to say.
 */
export function HintButton({
  hints,
  used,
  onTake,
}: {
  hints: readonly string[];
  used: number;
  onTake: () => void;
}) {
  const noneLeft = used >= hints.length;
  return (
    <button type="button" disabled={noneLeft} onClick={onTake}>
      {noneLeft ? "No more hints" : `Hint ${used + 1} of ${hints.length}`}
    </button>
  );
}

/** The hints taken so far, in order, each a note of Markdown with math. */
export function HintList({ hints, used }: { hints: readonly string[]; used: number }) {
  if (used <= 0) return null;
  return (
    <div className="exercise-hints">
      {hints.slice(0, used).map((hint, index) => (
        <div key={index} className="directive directive-note">
          <p className="directive-title">
            <strong>Hint {index + 1}</strong>
          </p>
          <TextView markdown={hint} />
        </div>
      ))}
    </div>
  );
}
