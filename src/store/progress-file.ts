import * as z from "zod/mini";
import { persistedVersion, salvageState, type PersistedState } from "./persisted-schema";

/** The format tag of exported progress files. */
export const progressFileFormat = "feature-stores-chapter-progress";

const envelopeSchema = z.object({
  format: z.literal(progressFileFormat),
  version: z.number(),
  exportedAt: z.string(),
  state: z.unknown(),
});

/** Serialises all progress as a JSON file a student can keep or move to another browser. */
export function exportProgress(state: PersistedState, now = new Date()): string {
  return JSON.stringify(
    { format: progressFileFormat, version: 1, exportedAt: now.toISOString(), state },
    null,
    2,
  );
}

/** The outcome of reading a progress file: what was kept and what was rejected, with reasons. */
export type ImportResult =
  { ok: true; state: PersistedState; rejected: string[] } | { ok: false; error: string };

/** Validates an exported progress file; invalid entries are rejected one by one, not the whole file. */
export function importProgress(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return {
      ok: false,
      error: `This is not a progress file of this chapter (expected "format": "${progressFileFormat}").`,
    };
  }
  if (envelope.data.version > persistedVersion) {
    return {
      ok: false,
      error: `The file was written by a newer version (format ${envelope.data.version}).`,
    };
  }
  const { state, rejected } = salvageState(envelope.data.state);
  return { ok: true, state, rejected };
}

/** Merges imported progress into existing progress: furthest reading, newest restatement wins. */
export function mergeProgress(current: PersistedState, incoming: PersistedState): PersistedState {
  const lessons = { ...current.lessons };
  for (const [id, entry] of Object.entries(incoming.lessons)) {
    const mine = lessons[id];
    lessons[id] = !mine || entry.progress > mine.progress ? entry : mine;
  }
  const restate = { ...current.restate };
  for (const [id, entry] of Object.entries(incoming.restate)) {
    const mine = restate[id];
    restate[id] = !mine || entry.updatedAt > mine.updatedAt ? entry : mine;
  }
  const exercises = { ...current.exercises };
  for (const [id, entry] of Object.entries(incoming.exercises)) {
    const mine = exercises[id];
    exercises[id] =
      !mine || entry.best > mine.best || entry.attempts > mine.attempts ? entry : mine;
  }
  return {
    lessons,
    restate,
    cells: { ...current.cells, ...incoming.cells },
    exercises,
    studentId: current.studentId || incoming.studentId,
    theme: current.theme,
  };
}
