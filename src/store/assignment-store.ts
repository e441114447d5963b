import { create, type StateCreator } from "zustand";
import { persist, type PersistStorage, type StorageValue } from "zustand/middleware";
import {
  assignmentWorkVersion,
  emptyAssignmentState,
  salvageAssignmentState,
  workKey,
  type AssignmentExerciseWork,
  type AssignmentPersisted,
  type AssignmentWork,
} from "./assignment-schema";
import { useStorageHealth } from "./storage-health";

type RawAnswer = Record<string, string | string[]>;

/** The key under which assignment work is saved, apart from practice progress. */
export const assignmentStorageKey = "feature-stores-chapter:assignments";

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

function setAside(storage: Storage, raw: string, message: string, details: string[]): void {
  const quarantineKey = `${assignmentStorageKey}:set-aside:${new Date().toISOString()}`;
  try {
    storage.setItem(quarantineKey, raw);
  } catch {
    // Storage is full: the raw text stays downloadable from the message for this visit.
  }
  useStorageHealth.getState().report({ message, details, raw, quarantineKey });
}

/**
 * Browser storage for assignment work that never lets bad data blank the page: unreadable,
 * foreign or newer data is set aside under a side key and reported; valid entries are kept.
 * Without browser storage the work is kept in memory for the visit.
 */
function createAssignmentStorage(): PersistStorage<AssignmentPersisted> {
  let storage: Storage | undefined;
  try {
    storage = globalThis.localStorage;
    storage.getItem(assignmentStorageKey);
  } catch {
    storage = undefined;
  }
  const memory = new Map<string, string>();
  return {
    getItem(name): StorageValue<AssignmentPersisted> | null {
      const raw = storage ? storage.getItem(name) : (memory.get(name) ?? null);
      if (raw === null) return null;
      let envelope: { state?: unknown; version?: unknown };
      try {
        envelope = JSON.parse(raw) as { state?: unknown; version?: unknown };
      } catch {
        if (storage) {
          setAside(storage, raw, "Saved assignment work could not be read and was set aside.", [
            "the saved text is not valid JSON",
          ]);
          storage.removeItem(name);
        }
        return null;
      }
      if (typeof envelope?.version !== "number" || envelope.version > assignmentWorkVersion) {
        if (storage) {
          setAside(storage, raw, "Assignment work in an unknown or newer format was set aside.", [
            `saved format ${String(envelope?.version)}, this app reads up to ${assignmentWorkVersion}`,
          ]);
          storage.removeItem(name);
        }
        return null;
      }
      const { state, rejected } = salvageAssignmentState(envelope.state);
      if (rejected.length > 0 && storage) {
        setAside(
          storage,
          raw,
          "Some saved assignment work was damaged: the valid parts were kept.",
          rejected,
        );
      }
      return { state, version: envelope.version };
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      if (!storage) {
        memory.set(name, text);
        return;
      }
      try {
        storage.setItem(name, text);
      } catch (error) {
        useStorageHealth.getState().report({
          message:
            "Assignment work could not be saved (browser storage is full). Download your submission to keep it.",
          details: [error instanceof Error ? error.message : String(error)],
          raw: text,
          quarantineKey: undefined,
        });
      }
    },
    removeItem(name) {
      if (storage) storage.removeItem(name);
      else memory.delete(name);
    },
  };
}

/**
 * Assignment work, persisted and versioned under its own key so graded work never mixes with
 * practice attempts (and a practice reset or import never touches it).
 */
export const useAssignmentStore = create<AssignmentSlice>()(
  persist((...args) => ({ ...createAssignmentSlice(...args) }), {
    name: assignmentStorageKey,
    version: assignmentWorkVersion,
    storage: createAssignmentStorage(),
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
