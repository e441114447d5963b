import { useSyncExternalStore } from "react";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { createGuardedStorage } from "./guarded-storage";
import type { Salvage, ThemePreference } from "./persisted-schema";
import {
  emptyPersistedState,
  persistedVersion,
  savedProgressWords,
  type PersistedState,
} from "./persisted-state";
import { progressStorageKey as storageKey } from "./storage-keys";
import { createProgressSlice, type ProgressSlice } from "./progress-slice";
import { createExerciseSlice, type ExerciseSlice } from "./exercise-slice";
import { createNotebookSlice, type NotebookSlice } from "./notebook-slice";
import { createSettingsSlice, type SettingsSlice } from "./settings-slice";

export type AppState = ProgressSlice & SettingsSlice & NotebookSlice & ExerciseSlice;

/** The key under which progress is saved in the browser (defined with the others). */
export { storageKey };

/**
 * The validator of saved progress (its zod schemas), loaded only when this browser has saved
 * progress to read: a first visit needs none of it before the page is interactive.
 */
let salvageSaved: ((value: unknown) => Salvage) | undefined;

function salvage(value: unknown): Salvage {
  if (!salvageSaved) throw new Error("saved progress was read before its validator loaded");
  return salvageSaved(value);
}

function hasSavedProgress(): boolean {
  try {
    return globalThis.localStorage.getItem(storageKey) !== null;
  } catch {
    // No browser storage: the guarded storage keeps this visit's progress in memory, unvalidated.
    return false;
  }
}

/**
 * Loads what reading saved progress needs (its validator, when there is saved progress), so that
 * `rehydrateSavedState` then reads it synchronously. The page calls this before it hydrates.
 */
export function prepareSavedStateRead(): Promise<void> {
  if (salvageSaved || !hasSavedProgress()) return Promise.resolve();
  return loadValidator();
}

function loadValidator(): Promise<void> {
  return import("./persisted-schema").then((schema) => {
    salvageSaved = schema.salvageState;
  });
}

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
      storage: createGuardedStorage({ ...savedProgressWords, salvage }),
      partialize: persistedPart,
      // Version 1 is the first format: anything older is salvaged entry by entry.
      migrate: (persisted) => salvage(persisted).state,
      merge: (persisted, current) => ({ ...current, ...(persisted as PersistedState | undefined) }),
      // Pages are prerendered with the default state and hydrated with it; the app reads saved
      // progress right after hydration (`rehydrateSavedState`), so both renders match.
      skipHydration: true,
    },
  ),
);

/**
 * Reads saved progress into the store, once the prerendered page has been hydrated. The browser's
 * storage answers synchronously, so after `prepareSavedStateRead` the store holds the saved state
 * when this returns; otherwise the validator loads first.
 */
export function rehydrateSavedState(): Promise<void> {
  if (salvageSaved || !hasSavedProgress()) return Promise.resolve(useAppStore.persist.rehydrate());
  return prepareSavedStateRead().then(() => useAppStore.persist.rehydrate());
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
    if (event.key === storageKey) void rehydrateSavedState();
  };
  window.addEventListener("storage", onStorage);
  // A first visit has no validator yet. Load it once the page has settled (a few seconds, then
  // idle time: it is not part of the first visit's startup), so that when another tab saves,
  // this tab re-reads in the same task as the event: a save of its own in between would
  // otherwise overwrite the other tab's progress.
  const whenIdle = (run: () => void) =>
    typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(run) : run();
  const timer = setTimeout(
    () =>
      whenIdle(() => {
        if (!salvageSaved) void loadValidator();
      }),
    3000,
  );
  return () => {
    clearTimeout(timer);
    window.removeEventListener("storage", onStorage);
  };
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
