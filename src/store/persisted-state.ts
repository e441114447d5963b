import type { SavedFormat } from "./guarded-storage";
import type {
  CellState,
  ExerciseProgress,
  LessonProgress,
  RestateAnswer,
  ThemePreference,
} from "./persisted-schema";

/**
 * What the app store needs of its saved format before anything has been read: the version, the
 * defaults and the words for the reader. The schemas that validate saved data (persisted-schema.ts,
 * with zod) load only when there are saved data to read, so a first visit's JavaScript has none.
 */

/**
 * The version of the saved progress format; bump it when the format changes. Older saved data go
 * through the store's `migrate` (app-store.ts), which keeps what `salvageState` accepts entry by
 * entry; data from a newer version are set aside by the guarded storage (guarded-storage.ts).
 */
export const persistedVersion = 2;

/** What is saved in the browser and written to an exported progress file. */
export interface PersistedState {
  lessons: Record<string, LessonProgress>;
  restate: Record<string, RestateAnswer>;
  /** Edited notebook cells and their parameter values (format 2 and later). */
  cells: Record<string, CellState>;
  /** Exercise attempts by exercise id (format 2 and later). */
  exercises: Record<string, ExerciseProgress>;
  /** A local pseudonym from which this browser's exercise variants are derived. */
  studentId: string;
  theme: ThemePreference;
}

export const emptyPersistedState: PersistedState = {
  lessons: {},
  restate: {},
  cells: {},
  exercises: {},
  studentId: "",
  theme: "system",
};

/** Saved progress as the guarded storage names it to the reader (all of its format but `salvage`). */
export const savedProgressWords: Omit<SavedFormat<PersistedState>, "salvage"> = {
  version: persistedVersion,
  noun: "progress",
  kindNames: {
    lessons: "reading progress",
    restate: "restatements",
    cells: "notebook edits and slider values",
    exercises: "exercise answers and scores",
    studentId: "student id",
    theme: "colour theme",
  },
  keepAdvice:
    "To keep them, export your progress now (the button below), then free space: remove set-aside copies of damaged data (below, when there are any) or clear other sites' data in the browser's settings.",
};
