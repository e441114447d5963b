import { memo, useMemo, useState } from "react";
import type { Assignment } from "../../course/assignment-schema";
import { feedbackVisible, solutionVisible } from "../../course/assignment-clock";
import { assignmentInstance } from "../../course/instances";
import type { RegradedExercise } from "../../course/regrade-types";
import type { CompiledCodeCell } from "../../content/model/notebook-types";
import { gradeInstance, type GradeResult } from "../../exercises/grade";
import { toCsv } from "../../exercises/practice";
import type { AssignmentExerciseWork } from "../../store/assignment-schema";
import { useChapter } from "../shared/chapter/chapter-context";
import { AnswerPartInput } from "../shared/exercise-card/answer-part";
import { HintButton, HintList } from "../shared/exercise-card/hints";
import { InstanceTables } from "../shared/exercise-card/instance-tables";
import { CodeCell } from "../shared/cells/code-cell";
import { TextView } from "../shared/outputs/text-view";

const scratchSource = `// \`data\` is this exercise's instance (data.params, data.tables); \`lab\` is the statistics library.
const [table] = data.tables;
show.table(table);`;

const noWork: AssignmentExerciseWork = { draft: {}, attempts: [], hints: [] };

function percent(value: number): string {
  return `${(value * 100).toFixed(0)}%`;
}

function points(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/**
 * One exercise inside an assignment: the student's own instance (seeded by assignment id, roster
 * id, exercise and variant), answers that autosave, Check (every press is logged; blank or
 * invalid answers are explained and never count), hints if allowed, and correctness, score and
 * solution only as the assignment's feedback and solution policies allow. No "New variant".
 */
export const AssignmentExerciseCard = memo(function AssignmentExerciseCard({
  assignment,
  rosterId,
  exerciseId,
  number,
  work = noWork,
  status,
  now,
  lastSubmittedAt,
  onDraft,
  onAttempt,
  onHint,
}: {
  assignment: Assignment;
  rosterId: string;
  exerciseId: string;
  number: number;
  work: AssignmentExerciseWork | undefined;
  /** This exercise as the re-grader sees the student's log. */
  status: RegradedExercise | undefined;
  now: number;
  /** When the student last pressed Submit (ISO), if ever. */
  lastSubmittedAt: string | undefined;
  onDraft: (exerciseId: string, part: string, value: string | string[]) => void;
  onAttempt: (exerciseId: string, answer: Record<string, string | string[]>) => void;
  onHint: (exerciseId: string) => void;
}) {
  const { chapter } = useChapter();
  const [scratchOpen, setScratchOpen] = useState(false);
  const entry = assignment.exercises.find((candidate) => candidate.id === exerciseId);
  const { exercise, instance, seed } = useMemo(
    () => assignmentInstance(assignment, rosterId, exerciseId),
    [assignment, rosterId, exerciseId],
  );
  const prompt = useMemo(() => exercise.prompt(instance), [exercise, instance]);
  const data = useMemo(() => ({ params: instance.params, tables: instance.tables }), [instance]);
  const scratch = useMemo<CompiledCodeCell>(
    () => ({
      kind: "code",
      id: `scratch-${assignment.id}-${exerciseId}`,
      title: "Scratch cell",
      source: scratchSource,
      params: {},
      lesson: undefined,
    }),
    [assignment.id, exerciseId],
  );
  const credit = assignment.credit;
  const gradingOptions = useMemo(
    () => ({
      ...(credit ?? {}),
      // The assignment's solution policy decides what is revealed, not the attempt count.
      solutionAfterAttempts: Number.POSITIVE_INFINITY,
    }),
    [credit],
  );

  const draft = work.draft;
  const hintsUsed = work.hints.length;
  const attemptsCounted = status?.attemptsCounted ?? 0;
  const attemptsLeft = status?.attemptsLeft ?? assignment.attempts;
  const lastAttempt = work.attempts[work.attempts.length - 1];
  // The grade of the latest logged attempt, with the history the re-grader gives it.
  const lastGrade: GradeResult | undefined = useMemo(() => {
    if (!lastAttempt) return undefined;
    const countedBefore =
      status?.attempts.slice(0, -1).filter((attempt) => attempt.countsAsAttempt).length ?? 0;
    return gradeInstance(
      exercise,
      instance,
      lastAttempt.answer,
      { attempts: countedBefore, hintsUsed: lastAttempt.hintsUsed },
      gradingOptions,
    );
  }, [exercise, instance, lastAttempt, status, gradingOptions]);

  const submittedSinceLast =
    lastSubmittedAt !== undefined &&
    (lastAttempt === undefined || Date.parse(lastSubmittedAt) >= Date.parse(lastAttempt.at));
  const visible = feedbackVisible(assignment, { now, submitted: submittedSinceLast });
  const solved = status?.solved ?? false;
  const showSolution = solutionVisible(assignment, {
    now,
    submitted: submittedSinceLast,
    solved,
  });
  const lastCounted = lastGrade?.countsAsAttempt ?? false;
  // The re-grader's view of the latest attempt: its score includes the late policy.
  const lastRegraded = status?.attempts[status.attempts.length - 1];
  const lastScore = lastRegraded?.score ?? lastGrade?.score ?? 0;
  const showParts = lastGrade !== undefined && (visible || !lastCounted);
  const outOfAttempts = attemptsLeft <= 0;

  const check = () => {
    // Every press is logged (the re-grader decides what counts); the page shows what it may.
    onAttempt(exerciseId, draft);
  };

  const objectiveText = (id: string) =>
    chapter.objectives.find((objective) => objective.id === id)?.text ?? id;
  const hiddenReason =
    assignment.feedback === "after-due"
      ? "Correctness, score and solution are shown after the due time."
      : "Correctness and score are shown after you submit the assignment.";

  return (
    <article
      className="exercise assignment-exercise"
      id={exerciseId}
      aria-labelledby={`${exerciseId}-title`}
      data-seed={seed}
    >
      <header className="exercise-header">
        <p className="eyebrow">
          Exercise {number} · {entry ? `${points(entry.points)} points` : ""} · difficulty{" "}
          {exercise.difficulty} of 3
        </p>
        <h2 id={`${exerciseId}-title`}>{exercise.title}</h2>
        <ul className="objective-chips" aria-label="Learning objectives">
          {exercise.objectives.map((id) => (
            <li key={id}>{objectiveText(id)}</li>
          ))}
        </ul>
        <p className="exercise-progress" data-testid="exercise-status">
          {attemptsCounted} of {assignment.attempts} attempt{assignment.attempts === 1 ? "" : "s"}{" "}
          used
          {assignment.hints && ` · ${hintsUsed} hint${hintsUsed === 1 ? "" : "s"}`}
          {status && visible && entry
            ? ` · ${points(status.points)} of ${points(entry.points)} points`
            : ""}
          {status && !visible && attemptsCounted > 0 ? " · answer recorded" : ""}
        </p>
      </header>
      <div className="prose exercise-prompt">
        <TextView markdown={prompt} />
      </div>
      <InstanceTables exerciseId={exerciseId} tables={instance.tables} toCsv={toCsv} />
      <details
        className="exercise-scratch"
        onToggle={(event) => setScratchOpen(event.currentTarget.open)}
      >
        <summary>Scratch cell: compute with the lab</summary>
        {scratchOpen && (
          <CodeCell cell={scratch} notebookId="exercises" placement="scratch" data={data} />
        )}
      </details>
      <form
        className="exercise-answer"
        onSubmit={(event) => {
          event.preventDefault();
          if (!outOfAttempts) check();
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
              {partGrade && (
                <p className={`part-feedback part-${partGrade.status}`} role="status">
                  <strong>{partGrade.status}</strong>
                  {partGrade.message ? `: ${partGrade.message}` : ""}
                  {partGrade.accepted && lastCounted ? ` (${partGrade.accepted})` : ""}
                </p>
              )}
            </div>
          );
        })}
        <div className="button-row">
          <button type="submit" className="primary" disabled={outOfAttempts}>
            {visible ? "Check" : "Record answer"}
          </button>
          {assignment.hints && (
            <HintButton hints={exercise.hints} used={hintsUsed} onTake={() => onHint(exerciseId)} />
          )}
        </div>
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
      </form>
      {lastGrade && (
        <div
          className={`callout ${
            !lastCounted
              ? "callout-error"
              : visible
                ? lastGrade.rawScore >= 1
                  ? "callout-success"
                  : "callout-error"
                : ""
          }`}
          role="status"
          aria-live="polite"
          data-testid="attempt-feedback"
        >
          {!lastCounted ? (
            <p>
              <strong>Not graded:</strong> some answers could not be read. This did not cost an
              attempt.
            </p>
          ) : visible ? (
            <p>
              <strong>Score {percent(lastScore)}</strong>
              {lastGrade.creditMultiplier < 1 &&
                ` (${percent(lastGrade.rawScore)} correct × ${percent(lastGrade.creditMultiplier)} credit after earlier attempts and hints)`}
              {lastRegraded &&
                lastRegraded.lateFactor < 1 &&
                ` · late ${lastRegraded.daysLate} day${lastRegraded.daysLate === 1 ? "" : "s"}: ${percent(lastRegraded.lateFactor)} of the score counts`}
              {status &&
                entry &&
                ` · best so far ${points(status.points)} of ${points(entry.points)} points`}
            </p>
          ) : (
            <p>
              <strong>Answer recorded</strong> ({attemptsCounted} of {assignment.attempts}{" "}
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
      )}
      {assignment.hints && <HintList hints={exercise.hints} used={hintsUsed} />}
      {showSolution && (
        <details className="directive directive-example exercise-solution">
          <summary>
            <strong>Worked solution</strong>
          </summary>
          <TextView markdown={exercise.solution(instance)} />
        </details>
      )}
    </article>
  );
});
