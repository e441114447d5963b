import type { StateCreator } from "zustand";
import type { ExerciseProgress } from "./persisted-schema";

type RawAnswer = Record<string, string | string[]>;

const fresh: ExerciseProgress = {
  variant: 0,
  draft: {},
  attempts: 0,
  hintsUsed: 0,
  best: 0,
  solutionOpen: false,
};

/** Practice on the exercises notebook: drafts autosave; grading results are recorded per exercise. */
export interface ExerciseSlice {
  exercises: Record<string, ExerciseProgress>;
  studentId: string;
  /** Gives this browser a pseudonym the first time exercises are opened. */
  ensureStudentId(): string;
  saveDraft(exerciseId: string, part: string, value: string | string[]): void;
  /** Records a graded (valid) submission. */
  recordAttempt(
    exerciseId: string,
    answer: RawAnswer,
    score: number,
    solutionUnlocked: boolean,
  ): void;
  takeHint(exerciseId: string): void;
  /**
   * A new variant: a fresh seed and a clean slate (draft, attempts, hints, solution) for this
   * exercise, keeping the best score earned on any earlier variant.
   */
  newVariant(exerciseId: string): void;
}

export const createExerciseSlice: StateCreator<ExerciseSlice, [], [], ExerciseSlice> = (
  set,
  get,
) => {
  const update = (id: string, change: (progress: ExerciseProgress) => ExerciseProgress) =>
    set((state) => ({
      exercises: { ...state.exercises, [id]: change(state.exercises[id] ?? fresh) },
    }));
  return {
    exercises: {},
    studentId: "",
    ensureStudentId: () => {
      const existing = get().studentId;
      if (existing) return existing;
      const created = `student-${Math.random().toString(36).slice(2, 10)}`;
      set({ studentId: created });
      return created;
    },
    saveDraft: (id, part, value) =>
      update(id, (progress) => ({ ...progress, draft: { ...progress.draft, [part]: value } })),
    recordAttempt: (id, answer, score, solutionUnlocked) =>
      update(id, (progress) => ({
        ...progress,
        attempts: progress.attempts + 1,
        best: Math.max(progress.best, score),
        submitted: answer,
        solutionOpen: progress.solutionOpen || solutionUnlocked,
      })),
    takeHint: (id) =>
      update(id, (progress) => ({ ...progress, hintsUsed: progress.hintsUsed + 1 })),
    newVariant: (id) =>
      update(id, (progress) => ({ ...fresh, variant: progress.variant + 1, best: progress.best })),
  };
};
