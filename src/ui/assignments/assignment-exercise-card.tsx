import { memo } from "react";
import type { Assignment } from "../../course/assignment-schema";
import type { RegradedExercise } from "../../course/regrade-types";
import { toCsv } from "../../exercises/practice";
import type { AssignmentExerciseWork } from "../../store/assignment-schema";
import { HintList } from "../shared/exercise-card/hints";
import { InstanceTables } from "../shared/exercise-card/instance-tables";
import { TextView } from "../shared/outputs/text-view";
import { AnswerForm } from "./answer-form";
import { AttemptFeedback } from "./attempt-feedback";
import { AssignmentExerciseHeader } from "./exercise-header";
import { ExerciseScratch } from "./exercise-scratch";
import { useAssignmentExercise } from "./use-assignment-exercise";

const noWork: AssignmentExerciseWork = { draft: {}, attempts: [], hints: [] };

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
  const state = useAssignmentExercise({
    assignment,
    rosterId,
    exerciseId,
    work,
    status,
    now,
    lastSubmittedAt,
  });
  const { exercise, instance } = state;
  return (
    <article
      className="exercise assignment-exercise"
      id={exerciseId}
      aria-labelledby={`${exerciseId}-title`}
      data-seed={state.seed}
    >
      <AssignmentExerciseHeader
        assignment={assignment}
        exerciseId={exerciseId}
        number={number}
        status={status}
        state={state}
      />
      <div className="prose exercise-prompt">
        <TextView markdown={state.prompt} />
      </div>
      <InstanceTables exerciseId={exerciseId} tables={instance.tables} toCsv={toCsv} />
      <ExerciseScratch assignmentId={assignment.id} exerciseId={exerciseId} instance={instance} />
      <AnswerForm
        assignment={assignment}
        exerciseId={exerciseId}
        draft={work.draft}
        state={state}
        onDraft={onDraft}
        onAttempt={onAttempt}
        onHint={onHint}
      />
      <AttemptFeedback
        assignment={assignment}
        exerciseId={exerciseId}
        status={status}
        state={state}
      />
      {assignment.hints && <HintList hints={exercise.hints} used={state.hintsUsed} />}
      {state.showSolution && (
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
