import type { Assignment } from "../../course/assignment-schema";
import type { RegradedExercise } from "../../course/regrade-types";
import type { GradeResult } from "../../exercises/grade";
import { percent, points } from "./score-text";
import type { AssignmentExerciseState } from "./use-assignment-exercise";

/** The callout's colour: an unread or wrong answer is an error, a right one (when shown) a success. */
function calloutTone(grade: GradeResult, counted: boolean, visible: boolean): string {
  if (!counted) return "callout-error";
  if (!visible) return "";
  return grade.rawScore >= 1 ? "callout-success" : "callout-error";
}

/** The score of the latest attempt: credit after earlier attempts and hints, lateness, best so far. */
function ScoreLine({
  grade,
  state: { lastScore, lastRegraded },
  status,
  entryPoints,
}: {
  grade: GradeResult;
  state: AssignmentExerciseState;
  status: RegradedExercise | undefined;
  entryPoints: number | undefined;
}) {
  return (
    <p>
      <strong>Score {percent(lastScore)}</strong>
      {grade.creditMultiplier < 1 &&
        ` (${percent(grade.rawScore)} correct × ${percent(grade.creditMultiplier)} credit after earlier attempts and hints)`}
      {lastRegraded &&
        lastRegraded.lateFactor < 1 &&
        ` · late ${lastRegraded.daysLate} day${lastRegraded.daysLate === 1 ? "" : "s"}: ${percent(lastRegraded.lateFactor)} of the score counts`}
      {status &&
        entryPoints !== undefined &&
        ` · best so far ${points(status.points)} of ${points(entryPoints)} points`}
    </p>
  );
}

/**
 * What the page says about the latest attempt: not graded (unreadable answers, no attempt
 * spent), its score and feedback when the feedback policy allows, or only that it was recorded.
 */
export function AttemptFeedback({
  assignment,
  exerciseId,
  status,
  state,
}: {
  assignment: Assignment;
  exerciseId: string;
  status: RegradedExercise | undefined;
  state: AssignmentExerciseState;
}) {
  const { lastGrade, lastCounted, visible } = state;
  if (!lastGrade) return null;
  const entry = assignment.exercises.find((candidate) => candidate.id === exerciseId);
  const hiddenReason =
    assignment.feedback === "after-due"
      ? "Correctness, score and solution are shown after the due time."
      : "Correctness and score are shown after you submit the assignment.";
  return (
    <div
      className={`callout ${calloutTone(lastGrade, lastCounted, visible)}`}
      role="status"
      aria-live="polite"
      data-testid="attempt-feedback"
    >
      {!lastCounted ? (
        <p>
          <strong>Not graded:</strong> some answers could not be read. This did not cost an attempt.
        </p>
      ) : visible ? (
        <ScoreLine grade={lastGrade} state={state} status={status} entryPoints={entry?.points} />
      ) : (
        <p>
          <strong>Answer recorded</strong> ({state.attemptsCounted} of {assignment.attempts}{" "}
          attempts). {hiddenReason}
        </p>
      )}
      {(visible || !lastCounted) && lastGrade.feedback.length > 0 && (
        <ul>
          {lastGrade.feedback.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
