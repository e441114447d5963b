import { useMemo } from "react";
import type { Assignment } from "../../course/assignment-schema";
import { feedbackVisible, solutionVisible } from "../../course/assignment-clock";
import { assignmentInstance } from "../../course/instances";
import type { RegradedExercise } from "../../course/regrade-types";
import { gradeInstance, type GradeResult } from "../../exercises/grade";
import type { AssignmentExerciseWork } from "../../store/assignment-schema";

/**
 * One student's exercise in an assignment, and what the page may show of it: the instance
 * (seeded by assignment id, roster id, exercise and variant) and its prompt, the grade of the latest logged
 * attempt, attempts and hints used, and whether feedback and the solution are visible under the
 * assignment's policies.
 */
export function useAssignmentExercise({
  assignment,
  rosterId,
  exerciseId,
  work,
  status,
  now,
  lastSubmittedAt,
}: {
  assignment: Assignment;
  rosterId: string;
  exerciseId: string;
  work: AssignmentExerciseWork;
  status: RegradedExercise | undefined;
  now: number;
  lastSubmittedAt: string | undefined;
}) {
  const { exercise, instance, seed } = useMemo(
    () => assignmentInstance(assignment, rosterId, exerciseId),
    [assignment, rosterId, exerciseId],
  );
  const prompt = useMemo(() => exercise.prompt(instance), [exercise, instance]);
  const credit = assignment.credit;
  const gradingOptions = useMemo(
    () => ({
      ...(credit ?? {}),
      // The assignment's solution policy decides what is revealed, not the attempt count.
      solutionAfterAttempts: Number.POSITIVE_INFINITY,
    }),
    [credit],
  );
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
  const showSolution = solutionVisible(assignment, {
    now,
    submitted: submittedSinceLast,
    solved: status?.solved ?? false,
  });
  const lastCounted = lastGrade?.countsAsAttempt ?? false;
  // The re-grader's view of the latest attempt: its score includes the late policy.
  const lastRegraded = status?.attempts[status.attempts.length - 1];
  const attemptsLeft = status?.attemptsLeft ?? assignment.attempts;
  return {
    exercise,
    instance,
    seed,
    prompt,
    hintsUsed: work.hints.length,
    attemptsCounted: status?.attemptsCounted ?? 0,
    attemptsLeft,
    outOfAttempts: attemptsLeft <= 0,
    lastGrade,
    lastCounted,
    lastRegraded,
    lastScore: lastRegraded?.score ?? lastGrade?.score ?? 0,
    /** Whether correctness and score may be shown now. */
    visible,
    /** Whether each answer part's verdict is shown: when visible, or when nothing counted. */
    showParts: lastGrade !== undefined && (visible || !lastCounted),
    showSolution,
  };
}

/** An assignment exercise as `useAssignmentExercise` works it out. */
export type AssignmentExerciseState = ReturnType<typeof useAssignmentExercise>;
