import * as z from "zod/mini";
import {
  persistedVersion,
  salvageState,
  type ExerciseProgress,
  type PersistedState,
} from "./persisted-schema";
import { progressFileFormat } from "./progress-export";

export { exportProgress, progressFileFormat } from "./progress-export";

const envelopeSchema = z.object({
  format: z.literal(progressFileFormat),
  version: z.number(),
  exportedAt: z.string(),
  state: z.unknown(),
});

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

/**
 * Whose student identity the merged progress should carry. "same": both sides share it (or the
 * file has none); "adopt": this browser has no exercise work, so the file's identity is restored
 * (its drafts and scores belong to that identity's variants); "ask": both sides have exercise work
 * under different identities, so the reader chooses.
 */
export function identityChoice(
  current: PersistedState,
  incoming: PersistedState,
): "same" | "adopt" | "ask" {
  if (!incoming.studentId || incoming.studentId === current.studentId) return "same";
  if (!current.studentId || Object.keys(current.exercises).length === 0) return "adopt";
  return "ask";
}

/** One exercise's work from one identity merged field by field with the same identity's work. */
function mergeExercise(mine: ExerciseProgress, theirs: ExerciseProgress): ExerciseProgress {
  const best = Math.max(mine.best, theirs.best);
  // Work on a later variant replaces the earlier variant's draft, attempts and hints.
  if (mine.variant !== theirs.variant) {
    return { ...(mine.variant > theirs.variant ? mine : theirs), best };
  }
  // The same variant: two copies of one history, one possibly further along. Their union has as
  // many attempts and hints as the longer one; the draft and last submission come from it too.
  const further = theirs.attempts > mine.attempts ? theirs : mine;
  return {
    ...further,
    best,
    attempts: Math.max(mine.attempts, theirs.attempts),
    hintsUsed: Math.max(mine.hintsUsed, theirs.hintsUsed),
    solutionOpen: mine.solutionOpen || theirs.solutionOpen,
  };
}

/** Work from another identity keeps only its best score: its drafts belong to other variants. */
function bestOnly(kept: ExerciseProgress | undefined, other: ExerciseProgress): ExerciseProgress {
  if (kept) return { ...kept, best: Math.max(kept.best, other.best) };
  return {
    variant: 0,
    draft: {},
    attempts: 0,
    hintsUsed: 0,
    best: other.best,
    solutionOpen: false,
  };
}

/**
 * Merges imported progress into existing progress: the furthest reading, the newest restatement,
 * and exercise work field by field (best score of both; attempts and hints of the longer history;
 * the later variant's work). `identity` says whose student id the result carries when they differ
 * ("incoming" restores the file's); the other identity's exercise work keeps only its best scores.
 */
export function mergeProgress(
  current: PersistedState,
  incoming: PersistedState,
  identity: "current" | "incoming" = identityChoice(current, incoming) === "adopt"
    ? "incoming"
    : "current",
): PersistedState {
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
  const sameIdentity =
    !incoming.studentId || !current.studentId || incoming.studentId === current.studentId;
  const [kept, other] = identity === "incoming" ? [incoming, current] : [current, incoming];
  const exercises: Record<string, ExerciseProgress> = { ...kept.exercises };
  for (const [id, entry] of Object.entries(other.exercises)) {
    const mine = exercises[id];
    exercises[id] = sameIdentity
      ? mine
        ? mergeExercise(mine, entry)
        : entry
      : bestOnly(mine, entry);
  }
  return {
    lessons,
    restate,
    cells: { ...current.cells, ...incoming.cells },
    exercises,
    studentId:
      (identity === "incoming" ? incoming.studentId : current.studentId) ||
      current.studentId ||
      incoming.studentId,
    theme: current.theme,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * What an imported file holds, every kind counted, for the message after an import.
 *
 * @example describeImport(state); // "2 lesson positions, 1 restatement, 3 notebook cells, 1 exercise and the student identity student-ab12"
 */
export function describeImport(state: PersistedState): string {
  const counts = [
    [Object.keys(state.lessons).length, "lesson position", "lesson positions"],
    [Object.keys(state.restate).length, "restatement", "restatements"],
    [Object.keys(state.cells).length, "notebook cell", "notebook cells"],
    [Object.keys(state.exercises).length, "exercise", "exercises"],
  ] as const;
  const parts = counts
    .filter(([count]) => count > 0)
    .map(([count, one, many]) => plural(count, one, many));
  if (state.studentId) parts.push(`the student identity ${state.studentId}`);
  if (parts.length === 0) return "nothing";
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)!}`;
}
