/**
 * The assignment: which exercises, for how many points, when, and under which attempt, feedback,
 * hint, solution, credit and late policies. Validated with zod wherever an assignment enters:
 * a YAML file at build time, a file on the command line, a shared link, the in-app builder.
 */

import * as z from "zod/mini";

/** The version of the assignment format; a file with another version is refused by name. */
export const assignmentVersion = 1;

const slug = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ISO 8601 date-time with a zone (Z or ±hh:mm), e.g. "2026-03-09T23:59:00-05:00". */
export const zonedDateTimeSchema = z.iso.datetime({
  offset: true,
  local: false,
  error: "must be an ISO date-time with a zone, e.g. 2026-03-09T23:59:00-05:00",
});

/** One exercise of an assignment. */
export const assignmentExerciseSchema = z.strictObject({
  /** An exercise id of the catalogue (`npm run exercise -- list`). */
  id: z.string().check(z.regex(kebab, "must be a kebab-case exercise id")),
  /** Points it is worth (partial credit gives a share of them). */
  points: z.number().check(z.positive("must be more than 0"), z.lte(1000)),
  /**
   * The variant number fed into the seed (default 0). Each student still gets their own data;
   * changing it gives everyone fresh data (e.g. for a retake).
   */
  variant: z.optional(z.number().check(z.int("must be a whole number"), z.gte(0))),
});

/** What happens to work after the due time. */
export const latePolicySchema = z.discriminatedUnion("kind", [
  /** Late work counts in full (the submission is still listed as late). */
  z.strictObject({ kind: z.literal("none") }),
  /** Each started day late takes `percentPerDay` % of the exercise's score, down to 0. */
  z.strictObject({
    kind: z.literal("penalty-per-day"),
    percentPerDay: z.number().check(z.gt(0, "must be more than 0"), z.lte(100)),
  }),
  /** Attempts made after the due time earn nothing. */
  z.strictObject({ kind: z.literal("closed") }),
]);

/** How the earlier-attempt and hint credit multiplier is set (the grader's GradingOptions). */
export const creditPolicySchema = z.strictObject({
  /** Credit lost per earlier counted attempt (0.1 = 10 percentage points). */
  decayPerAttempt: z.number().check(z.gte(0), z.lte(1)),
  /** Credit lost per hint used. */
  hintPenalty: z.number().check(z.gte(0), z.lte(1)),
  /** The multiplier never falls below this. */
  minimumCredit: z.number().check(z.gte(0), z.lte(1)),
});

/** The assignment, as written in `content/assignments/*.yaml` or built in the app. */
export const assignmentSchema = z.strictObject({
  /** The format version: 1. */
  version: z.literal(assignmentVersion, `must be ${assignmentVersion}`),
  /** The assignment id, also the seed context: lower case letters, digits, - _ . */
  id: z
    .string()
    .check(
      z.regex(slug, "must be lower case letters and digits joined by - _ or ."),
      z.maxLength(80),
    ),
  title: z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(200)),
  /** Instructions in Markdown with $…$ and $$…$$ math. */
  instructions: z.string(),
  exercises: z
    .array(assignmentExerciseSchema)
    .check(z.minLength(1, "an assignment has at least one exercise"), z.maxLength(100)),
  /** When students may start (ISO date-time with zone). */
  opens: zonedDateTimeSchema,
  /** When work is due (ISO date-time with zone), after `opens`. */
  due: zonedDateTimeSchema,
  late: latePolicySchema,
  /** Counted (graded) attempts per exercise; blank or invalid submissions do not count. */
  attempts: z.number().check(z.int("must be a whole number"), z.gte(1), z.lte(100)),
  /**
   * immediate: correctness and score after each attempt (as in practice); on-submit: only after
   * the student presses Submit for the assignment; after-due: inputs are validated (invalid is
   * still not wrong) but correctness, score and solution stay hidden until the due time.
   */
  feedback: z.enum(["immediate", "on-submit", "after-due"]),
  /** Whether hints may be revealed (each costs `credit.hintPenalty`). */
  hints: z.boolean(),
  /** When a worked solution may be shown. */
  solutions: z.enum(["after-correct", "after-due", "never"]),
  /** The credit multiplier for earlier attempts and hints; the grader's defaults when absent. */
  credit: z.optional(creditPolicySchema),
});

/** A validated assignment. */
export type Assignment = z.infer<typeof assignmentSchema>;
/** One exercise entry of an assignment. */
export type AssignmentExercise = z.infer<typeof assignmentExerciseSchema>;
/** The late policy of an assignment. */
export type LatePolicy = z.infer<typeof latePolicySchema>;
/** The credit policy of an assignment. */
export type CreditPolicy = z.infer<typeof creditPolicySchema>;
/** The feedback mode of an assignment. */
export type FeedbackMode = Assignment["feedback"];
/** The solution policy of an assignment. */
export type SolutionPolicy = Assignment["solutions"];
