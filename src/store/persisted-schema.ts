import * as z from "zod/mini";
import type { SavedFormat } from "./guarded-storage";
import { issueReason } from "./issue-reason";
import { emptyPersistedState, savedProgressWords, type PersistedState } from "./persisted-state";

// The saved state's shape, defaults and version live apart from its schemas, which only reading
// saved data needs; they are re-exported here for the modules that validate.
export { emptyPersistedState, persistedVersion, type PersistedState } from "./persisted-state";

export const lessonProgressSchema = z.object({
  /** Furthest reading position reached, 0..1. */
  progress: z.number().check(z.gte(0), z.lte(1)),
  /** When the lesson was first read to the end (epoch milliseconds). */
  readAt: z.optional(z.number()),
  /** The reader unticked "read": scrolling no longer marks the lesson read by itself. */
  unmarked: z.optional(z.boolean()),
});

export const restateAnswerSchema = z.object({
  text: z.string(),
  updatedAt: z.number(),
});

export const themeSchema = z.enum(["system", "light", "dark"]);

/** A notebook cell's local state: the reader's edited source and parameter values. */
export const cellStateSchema = z.object({
  source: z.optional(z.string()),
  params: z.optional(z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]))),
});

export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type RestateAnswer = z.infer<typeof restateAnswerSchema>;
const rawAnswerSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** A student's work on one exercise: variant, draft, attempts, hints and best score. */
export const exerciseProgressSchema = z.object({
  variant: z.number().check(z.int(), z.gte(0)),
  draft: rawAnswerSchema,
  attempts: z.number().check(z.int(), z.gte(0)),
  hintsUsed: z.number().check(z.int(), z.gte(0)),
  best: z.number().check(z.gte(0), z.lte(1)),
  /** The last graded submission (drafts that differ from it are "unsubmitted"). */
  submitted: z.optional(rawAnswerSchema),
  solutionOpen: z.boolean(),
});

export type ThemePreference = z.infer<typeof themeSchema>;
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;
export type CellState = z.infer<typeof cellStateSchema>;

/** Why parts of saved data were not kept, for the message shown to the user. */
export interface Salvage {
  state: PersistedState;
  rejected: string[];
}

function salvageRecord<T>(
  value: unknown,
  schema: z.ZodMiniType<T>,
  what: string,
  rejected: string[],
): Record<string, T> {
  const kept: Record<string, T> = {};
  if (value === undefined) return kept;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    rejected.push(`${what}: not a map of entries`);
    return kept;
  }
  for (const [key, entry] of Object.entries(value)) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) kept[key] = parsed.data;
    else {
      const issue = parsed.error.issues[0];
      rejected.push(`${what} "${key}": ${issue ? issueReason(issue, entry) : "not valid"}`);
    }
  }
  return kept;
}

/**
 * Keeps every valid entry of possibly damaged saved state and lists what it had to reject,
 * so one bad entry never costs the rest of a student's work.
 */
export function salvageState(value: unknown): Salvage {
  const rejected: string[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { state: { ...emptyPersistedState }, rejected: ["the saved data is not an object"] };
  }
  const record = value as Record<string, unknown>;
  const theme = themeSchema.safeParse(record["theme"] ?? "system");
  if (!theme.success)
    rejected.push(`theme: "${String(record["theme"])}" is not system, light or dark`);
  for (const key of Object.keys(record)) {
    if (!["lessons", "restate", "cells", "exercises", "studentId", "theme"].includes(key))
      rejected.push(`unknown field "${key}"`);
  }
  return {
    state: {
      lessons: salvageRecord(record["lessons"], lessonProgressSchema, "lesson progress", rejected),
      restate: salvageRecord(record["restate"], restateAnswerSchema, "restatement", rejected),
      // Format 1 had no notebook cells: a missing map is simply empty.
      cells: salvageRecord(record["cells"], cellStateSchema, "notebook cell", rejected),
      exercises: salvageRecord(record["exercises"], exerciseProgressSchema, "exercise", rejected),
      studentId: typeof record["studentId"] === "string" ? record["studentId"] : "",
      theme: theme.success ? theme.data : "system",
    },
    rejected,
  };
}

/** Saved progress as the guarded storage reads it, and how its parts are named to the reader. */
export const savedProgressFormat: SavedFormat<PersistedState> = {
  ...savedProgressWords,
  salvage: salvageState,
};
