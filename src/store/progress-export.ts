import { persistedVersion, type PersistedState } from "./persisted-state";

/** The format tag of exported progress files. */
export const progressFileFormat = "feature-stores-chapter-progress";

/**
 * Serialises all progress as a JSON file a student can keep or move to another browser. Apart
 * from reading such files (progress-file.ts), so that saving one needs no validator.
 */
export function exportProgress(state: PersistedState, now = new Date()): string {
  return JSON.stringify(
    { format: progressFileFormat, version: persistedVersion, exportedAt: now.toISOString(), state },
    null,
    2,
  );
}
