import type { AssignmentPhase } from "../../course/assignment-clock";
import { formatDateTime } from "./use-now";

/** What the student is told before the assignment opens and after it closes; nothing otherwise. */
export function PhaseNotice({ phase, opens }: { phase: AssignmentPhase; opens: string }) {
  return (
    <>
      {phase === "not-open" && (
        <p className="callout" role="status">
          This assignment opens {formatDateTime(opens)}. Come back then: the exercises appear here.
        </p>
      )}
      {phase === "closed" && (
        <p className="callout callout-error" role="status">
          The due time has passed and this assignment is closed: answers checked now earn nothing.
          You can still submit what you did before the due time.
        </p>
      )}
    </>
  );
}
