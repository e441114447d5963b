import type { StateCreator } from "zustand";
import type { ThemePreference } from "./persisted-schema";

/** Reader preferences. */
export interface SettingsSlice {
  theme: ThemePreference;
  setTheme(theme: ThemePreference): void;
}

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  theme: "system",
  setTheme: (theme) => set({ theme }),
});
