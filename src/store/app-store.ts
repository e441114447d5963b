import { useSyncExternalStore } from "react";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { createGuardedStorage } from "./guarded-storage";
import {
  emptyPersistedState,
  persistedVersion,
  salvageState,
  savedProgressFormat,
  type PersistedState,
  type ThemePreference,
} from "./persisted-schema";
import { progressStorageKey as storageKey } from "./storage-keys";
import { createProgressSlice, type ProgressSlice } from "./progress-slice";
import { createExerciseSlice, type ExerciseSlice } from "./exercise-slice";
import { createNotebookSlice, type NotebookSlice } from "./notebook-slice";
import { createSettingsSlice, type SettingsSlice } from "./settings-slice";

export type AppState = ProgressSlice & SettingsSlice & NotebookSlice & ExerciseSlice;

/** The key under which progress is saved in the browser (defined with the others). */
export { storageKey };

/** The parts of the state that are saved: data only, never functions. */
export function persistedPart(state: AppState): PersistedState {
  return {
    lessons: state.lessons,
    restate: state.restate,
    cells: state.cells,
    exercises: state.exercises,
    studentId: state.studentId,
    theme: state.theme,
  };
}

/**
 * The app's one store: slices combined, with `persist` on the combined store only.
 * Saved data is versioned; `migrate` upgrades older formats and salvages what it can.
 */
export const useAppStore = create<AppState>()(
  persist(
    (...args) => ({
      ...createProgressSlice(...args),
      ...createSettingsSlice(...args),
      ...createNotebookSlice(...args),
      ...createExerciseSlice(...args),
    }),
    {
      name: storageKey,
      version: persistedVersion,
      storage: createGuardedStorage(savedProgressFormat),
      partialize: persistedPart,
      // Version 1 is the first format: anything older is salvaged entry by entry.
      migrate: (persisted) => salvageState(persisted).state,
      merge: (persisted, current) => ({ ...current, ...(persisted as PersistedState | undefined) }),
      // Pages are prerendered with the default state and hydrated with it; the app reads saved
      // progress right after hydration (`rehydrateSavedState`), so both renders match.
      skipHydration: true,
    },
  ),
);

/**
 * Reads saved progress into the store, once the prerendered page has been hydrated. The browser's
 * storage answers synchronously, so the store holds the saved state when this returns.
 */
export function rehydrateSavedState(): Promise<void> {
  return Promise.resolve(useAppStore.persist.rehydrate());
}

/** Whether saved progress has been read into the store (false while the page hydrates). */
export function useSavedStateRead(): boolean {
  return useSyncExternalStore(
    (onChange) => useAppStore.persist.onFinishHydration(onChange),
    () => useAppStore.persist.hasHydrated(),
    () => false,
  );
}

/** Re-reads saved progress when another tab changes it, so tabs stay in step. */
export function syncAcrossTabs(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey) void useAppStore.persist.rehydrate();
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}

/** Replaces all progress (used by import and reset). */
export function replaceProgress(state: PersistedState): void {
  useAppStore.setState(state);
}

/** The kinds of progress the reader can erase one by one (the theme is a setting, kept). */
export type ProgressKind = "lessons" | "restate" | "cells" | "exercises" | "studentId";

/** Erases these kinds of progress and nothing else. */
export function eraseProgress(kinds: ProgressKind[]): void {
  useAppStore.setState(Object.fromEntries(kinds.map((kind) => [kind, emptyPersistedState[kind]])));
}

export function resetProgress(theme: ThemePreference): void {
  replaceProgress({ ...emptyPersistedState, theme });
}
