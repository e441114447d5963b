import { create, type StateCreator } from "zustand";
import { persist } from "zustand/middleware";
import {
  assignmentWorkVersion,
  emptyAssignmentState,
  salvageAssignmentState,
  workKey,
  type AssignmentExerciseWork,
  type AssignmentPersisted,
  type AssignmentWork,
} from "./assignment-schema";
import { createGuardedStorage, type SavedFormat } from "./guarded-storage";
import { assignmentStorageKey } from "./storage-keys";

type RawAnswer = Record<string, string | string[]>;

const freshExercise: AssignmentExerciseWork = { draft: {}, attempts: [], hints: [] };

/** Work on assignments: roster ids, drafts, attempt logs, hints and submissions. */
export interface AssignmentSlice extends AssignmentPersisted {
  /** Sets (or changes) the roster id used for an assignment. */
  setRosterId(assignmentId: string, rosterId: string): void;
  saveAssignmentDraft(
    assignmentId: string,
    rosterId: string,
    exerciseId: string,
    part: string,
    value: string | string[],
  ): void;
  /** Appends an attempt (answer as typed, ISO time, hints used by then) to the log. */
  recordAssignmentAttempt(
    assignmentId: string,
    rosterId: string,
    exerciseId: string,
    answer: RawAnswer,
    at: string,
  ): void;
  takeAssignmentHint(assignmentId: string, rosterId: string, exerciseId: string, at: string): void;
  /** Notes that the submission file was downloaded at `at` (ISO 8601). */
  recordSubmission(assignmentId: string, rosterId: string, at: string): void;
}

function emptyWork(assignmentId: string, rosterId: string): AssignmentWork {
  return { assignmentId, rosterId, exercises: {}, submittedAt: [] };
}

export const createAssignmentSlice: StateCreator<AssignmentSlice, [], [], AssignmentSlice> = (
  set,
) => {
  const updateWork = (
    assignmentId: string,
    rosterId: string,
    change: (work: AssignmentWork) => AssignmentWork,
  ) =>
    set((state) => {
      const key = workKey(assignmentId, rosterId);
      return {
        work: {
          ...state.work,
          [key]: change(state.work[key] ?? emptyWork(assignmentId, rosterId)),
        },
      };
    });
  const updateExercise = (
    assignmentId: string,
    rosterId: string,
    exerciseId: string,
    change: (work: AssignmentExerciseWork) => AssignmentExerciseWork,
  ) =>
    updateWork(assignmentId, rosterId, (work) => ({
      ...work,
      exercises: {
        ...work.exercises,
        [exerciseId]: change(work.exercises[exerciseId] ?? freshExercise),
      },
    }));
  return {
    ...emptyAssignmentState,
    setRosterId: (assignmentId, rosterId) =>
      set((state) => ({ rosterIds: { ...state.rosterIds, [assignmentId]: rosterId } })),
    saveAssignmentDraft: (assignmentId, rosterId, exerciseId, part, value) =>
      updateExercise(assignmentId, rosterId, exerciseId, (work) => ({
        ...work,
        draft: { ...work.draft, [part]: value },
      })),
    recordAssignmentAttempt: (assignmentId, rosterId, exerciseId, answer, at) =>
      updateExercise(assignmentId, rosterId, exerciseId, (work) => ({
        ...work,
        attempts: [...work.attempts, { answer, at, hintsUsed: work.hints.length }],
      })),
    takeAssignmentHint: (assignmentId, rosterId, exerciseId, at) =>
      updateExercise(assignmentId, rosterId, exerciseId, (work) => ({
        ...work,
        hints: [...work.hints, at],
      })),
    recordSubmission: (assignmentId, rosterId, at) =>
      updateWork(assignmentId, rosterId, (work) => ({
        ...work,
        submittedAt: [...work.submittedAt, at],
      })),
  };
};

/** Saved assignment work as the guarded storage reads it, and how its parts are named. */
const savedAssignmentFormat: SavedFormat<AssignmentPersisted> = {
  version: assignmentWorkVersion,
  salvage: salvageAssignmentState,
  noun: "assignment work",
  kindNames: { rosterIds: "roster ids", work: "assignment answers, attempts and submissions" },
  keepAdvice:
    "To keep them, download your submission now, then free space: remove set-aside copies of damaged data (below, when there are any) or clear other sites' data in the browser's settings.",
};

/**
 * Assignment work, persisted and versioned under its own key so graded work never mixes with
 * practice attempts (and a practice reset or import never touches it).
 */
export const useAssignmentStore = create<AssignmentSlice>()(
  persist((...args) => ({ ...createAssignmentSlice(...args) }), {
    name: assignmentStorageKey,
    version: assignmentWorkVersion,
    storage: createGuardedStorage(savedAssignmentFormat),
    partialize: (state): AssignmentPersisted => ({ rosterIds: state.rosterIds, work: state.work }),
    migrate: (persisted) => salvageAssignmentState(persisted).state,
    merge: (persisted, current) => ({
      ...current,
      ...(persisted as AssignmentPersisted | undefined),
    }),
  }),
);

/** Re-reads saved assignment work when another tab changes it. */
export function syncAssignmentsAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === assignmentStorageKey) void useAssignmentStore.persist.rehydrate();
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}
