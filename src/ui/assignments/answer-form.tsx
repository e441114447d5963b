import type { Assignment } from "../../course/assignment-schema";
import type { AssignmentExerciseWork } from "../../store/assignment-schema";
import { AnswerPartInput } from "../shared/exercise-card/answer-part";
import { HintButton } from "../shared/exercise-card/hints";
import { PartFeedback } from "../shared/exercise-card/part-feedback";
import { percent } from "./score-text";
import type { AssignmentExerciseState } from "./use-assignment-exercise";

/** Attempts left, and how credit drops with earlier attempts and hints, in one sentence or two. */
function AttemptRules({
  assignment,
  attemptsLeft,
  outOfAttempts,
}: {
  assignment: Assignment;
  attemptsLeft: number;
  outOfAttempts: boolean;
}) {
  const credit = assignment.credit;
  return (
    <p className="assignment-rules">
      {outOfAttempts
        ? "No attempts left for this exercise."
        : `${attemptsLeft} attempt${attemptsLeft === 1 ? "" : "s"} left. Blank or unreadable answers never count.`}
      {(credit?.decayPerAttempt ?? 0.1) > 0 &&
        ` Credit drops ${percent(credit?.decayPerAttempt ?? 0.1)} per earlier attempt`}
      {assignment.hints && ` and ${percent(credit?.hintPenalty ?? 0.05)} per hint`}
      {(credit?.decayPerAttempt ?? 0.1) > 0 &&
        `, to at least ${percent(credit?.minimumCredit ?? 0.4)}.`}
    </p>
  );
}

/**
 * The answer form: a field per answer part (with its verdict when shown), Check, a hint, and the
 * attempt rules. Every press of Check is logged; the re-grader decides what counts.
 */
export function AnswerForm({
  assignment,
  exerciseId,
  draft,
  state,
  onDraft,
  onAttempt,
  onHint,
}: {
  assignment: Assignment;
  exerciseId: string;
  draft: AssignmentExerciseWork["draft"];
  state: AssignmentExerciseState;
  onDraft: (exerciseId: string, part: string, value: string | string[]) => void;
  onAttempt: (exerciseId: string, answer: Record<string, string | string[]>) => void;
  onHint: (exerciseId: string) => void;
}) {
  const { exercise, lastGrade, lastCounted, showParts, outOfAttempts } = state;
  return (
    <form
      className="exercise-answer"
      onSubmit={(event) => {
        event.preventDefault();
        if (!outOfAttempts) onAttempt(exerciseId, draft);
      }}
    >
      {Object.entries(exercise.answer).map(([name, part]) => {
        const partGrade = showParts ? lastGrade?.parts[name] : undefined;
        return (
          <div key={name} className="answer-row">
            <AnswerPartInput
              name={name}
              part={part}
              value={draft[name]}
              status={partGrade?.status}
              onChange={(value) => onDraft(exerciseId, name, value)}
            />
            {partGrade && <PartFeedback part={partGrade} showAccepted={lastCounted} />}
          </div>
        );
      })}
      <div className="button-row">
        <button type="submit" className="primary" disabled={outOfAttempts}>
          {state.visible ? "Check" : "Record answer"}
        </button>
        {assignment.hints && (
          <HintButton
            hints={exercise.hints}
            used={state.hintsUsed}
            onTake={() => onHint(exerciseId)}
          />
        )}
      </div>
      <AttemptRules
        assignment={assignment}
        attemptsLeft={state.attemptsLeft}
        outOfAttempts={outOfAttempts}
      />
    </form>
  );
}
