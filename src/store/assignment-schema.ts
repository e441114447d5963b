import * as z from "zod/mini";

/**
 * Saved work on assignments, kept apart from practice: per assignment and roster id, each
 * exercise's draft, its log of graded attempts (answers as typed, time, hints used by then) and
 * the hints taken, plus when the submission file was last downloaded.
 */

/** The version of the saved assignment-work format. */
export const assignmentWorkVersion = 1;

const rawAnswerSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/**
 * One attempt (Check pressed): the answer as typed, when (ISO 8601) and the hints used by then.
 * Blank or invalid attempts are logged too; they never count.
 */
export const assignmentAttemptSchema = z.object({
  answer: rawAnswerSchema,
  at: z.string(),
  hintsUsed: z.number().check(z.int(), z.gte(0)),
});

/** A student's work on one exercise of an assignment. */
export const assignmentExerciseWorkSchema = z.object({
  draft: rawAnswerSchema,
  attempts: z.array(assignmentAttemptSchema),
  /** When each hint was taken (ISO 8601), in order. */
  hints: z.array(z.string()),
});

/** A student's work on one assignment under one roster id. */
export const assignmentWorkSchema = z.object({
  assignmentId: z.string(),
  rosterId: z.string(),
  exercises: z.record(z.string(), assignmentExerciseWorkSchema),
  /** When the submission file was downloaded (ISO 8601), oldest first (the latest counts). */
  submittedAt: z.array(z.string()),
});

export type AssignmentAttempt = z.infer<typeof assignmentAttemptSchema>;
export type AssignmentExerciseWork = z.infer<typeof assignmentExerciseWorkSchema>;
export type AssignmentWork = z.infer<typeof assignmentWorkSchema>;

/** What is saved: the roster id each assignment was opened with, and the work per key. */
export interface AssignmentPersisted {
  /** The roster id entered for each assignment id. */
  rosterIds: Record<string, string>;
  /** Work keyed by `workKey(assignmentId, rosterId)`. */
  work: Record<string, AssignmentWork>;
}

export const emptyAssignmentState: AssignmentPersisted = { rosterIds: {}, work: {} };

/** The key of one student's work on one assignment (a roster id never contains a newline). */
export function workKey(assignmentId: string, rosterId: string): string {
  return `${assignmentId}\n${rosterId}`;
}

/**
 * Keeps every valid entry of possibly damaged saved assignment work and names each rejected one,
 * so one bad entry never costs the rest.
 */
export function salvageAssignmentState(value: unknown): {
  state: AssignmentPersisted;
  rejected: string[];
} {
  const rejected: string[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { state: { rosterIds: {}, work: {} }, rejected: ["the saved data is not an object"] };
  }
  const record = value as Record<string, unknown>;
  const rosterIds: Record<string, string> = {};
  const work: Record<string, AssignmentWork> = {};
  const rawIds = record["rosterIds"];
  if (typeof rawIds === "object" && rawIds !== null && !Array.isArray(rawIds)) {
    for (const [key, entry] of Object.entries(rawIds)) {
      if (typeof entry === "string") rosterIds[key] = entry;
      else rejected.push(`roster id for "${key}": not text`);
    }
  } else if (rawIds !== undefined) rejected.push("roster ids: not a map of entries");
  const rawWork = record["work"];
  if (typeof rawWork === "object" && rawWork !== null && !Array.isArray(rawWork)) {
    for (const [key, entry] of Object.entries(rawWork)) {
      const parsed = assignmentWorkSchema.safeParse(entry);
      if (parsed.success) work[key] = parsed.data;
      else
        rejected.push(
          `assignment work "${key.replace("\n", " / ")}": ${parsed.error.issues[0]?.message ?? "invalid"}`,
        );
    }
  } else if (rawWork !== undefined) rejected.push("assignment work: not a map of entries");
  for (const key of Object.keys(record)) {
    if (key !== "rosterIds" && key !== "work") rejected.push(`unknown field "${key}"`);
  }
  return { state: { rosterIds, work }, rejected };
}
