/**
 * The learner's work as the LMS keeps it (`cmi.suspend_data`'s progress) and back: what the stores
 * hold for one learner, and the merge of progress read at a launch into the stores.
 */

import type { SuspendProgress } from "../../course/suspend-data";
import { useAppStore } from "../app-store";
import { workKey, type AssignmentWork } from "../assignment-schema";
import { useAssignmentStore } from "../assignment-store";
import type { ExerciseProgress } from "../persisted-schema";

/** Lessons read, practice and the learner's assignment work, as suspend_data's progress. */
export function progressOf(
  learnerId: string,
  reported: SuspendProgress["reported"],
): SuspendProgress {
  const app = useAppStore.getState();
  return {
    lessonsRead: Object.entries(app.lessons)
      .filter(([, lesson]) => lesson.readAt !== undefined)
      .map(([id]) => id),
    practice: practiceOf(app.exercises),
    assignments: assignmentsOf(useAssignmentStore.getState().work, learnerId),
    reported,
  };
}

function practiceOf(exercises: Record<string, ExerciseProgress>): SuspendProgress["practice"] {
  return Object.fromEntries(
    Object.entries(exercises)
      .filter(([, entry]) => entry.attempts > 0 || entry.variant > 0 || entry.hintsUsed > 0)
      .map(([id, entry]) => [
        id,
        {
          variant: entry.variant,
          attempts: entry.attempts,
          hintsUsed: entry.hintsUsed,
          best: entry.best,
          solutionOpen: entry.solutionOpen,
        },
      ]),
  );
}

function assignmentsOf(
  work: Record<string, AssignmentWork>,
  learnerId: string,
): SuspendProgress["assignments"] {
  return Object.fromEntries(
    Object.values(work)
      .filter((entry) => entry.rosterId === learnerId)
      .map((entry) => [
        entry.assignmentId,
        {
          exercises: Object.fromEntries(
            Object.entries(entry.exercises)
              .filter(([, exercise]) => exercise.attempts.length > 0 || exercise.hints.length > 0)
              .map(([id, exercise]) => [
                id,
                { attempts: exercise.attempts, hints: exercise.hints },
              ]),
          ),
          submittedAt: entry.submittedAt,
        },
      ]),
  );
}

/** Merges progress read from the LMS into the stores: whatever holds more work wins, per entry. */
export function restore(progress: SuspendProgress, learnerId: string, now: number): void {
  const app = useAppStore.getState();
  const lessons = { ...app.lessons };
  for (const id of progress.lessonsRead) {
    if (lessons[id]?.readAt === undefined) lessons[id] = { progress: 1, readAt: now };
  }
  const exercises = { ...app.exercises };
  for (const [id, saved] of Object.entries(progress.practice)) {
    const local = exercises[id];
    if (!local || local.attempts < saved.attempts || local.variant < saved.variant) {
      exercises[id] = {
        draft: local?.draft ?? {},
        ...saved,
        best: Math.max(saved.best, local?.best ?? 0),
      };
    }
  }
  useAppStore.setState({ lessons, exercises });

  const assignments = useAssignmentStore.getState();
  const work = { ...assignments.work };
  for (const [assignmentId, saved] of Object.entries(progress.assignments)) {
    const key = workKey(assignmentId, learnerId);
    const local = work[key] ?? {
      assignmentId,
      rosterId: learnerId,
      exercises: {},
      submittedAt: [],
    };
    const merged = { ...local.exercises };
    for (const [exerciseId, exercise] of Object.entries(saved.exercises)) {
      const mine = merged[exerciseId];
      if (!mine || mine.attempts.length < exercise.attempts.length) {
        merged[exerciseId] = { draft: mine?.draft ?? {}, ...exercise };
      }
    }
    const submittedAt =
      saved.submittedAt.length > local.submittedAt.length ? saved.submittedAt : local.submittedAt;
    work[key] = { ...local, exercises: merged, submittedAt };
  }
  useAssignmentStore.setState({ work });
}
