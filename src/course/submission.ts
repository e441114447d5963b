/**
 * Submission files: created by the assignment page on Submit, read and checked by the gradebook
 * (page and CLI). The checksum is the SHA-256 of the content's canonical JSON, so a truncated or
 * hand-edited file is detected; it is not a signature (anyone with this code can recompute it).
 */

import * as z from "zod/mini";
import { canonicalJson, sha256 } from "../lab/index";
import type { Assignment } from "./assignment-schema";
import { assignmentHash } from "./assignment-hash";
import { issueMessage } from "./issue-message";
import { assignmentSeedInputs } from "./instances";
import { deriveSeed } from "../exercises/seeds";
import { regradeSubmission } from "./regrade";
import { submissionFormat, submissionVersion } from "./submission-types";
import type {
  AttemptRecord,
  Submission,
  SubmissionContent,
  SubmittedExercise,
} from "./submission-types";

const rawAnswerSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const attemptSchema = z.strictObject({
  answer: rawAnswerSchema,
  at: z.string(),
  hintsUsed: z.number().check(z.int(), z.gte(0)),
});
const exerciseSchema = z.strictObject({
  id: z.string(),
  seedInputs: z.strictObject({
    context: z.string(),
    student: z.string(),
    exercise: z.string(),
    variant: z.number().check(z.int(), z.gte(0)),
  }),
  seed: z.number().check(z.int()),
  attempts: z.array(attemptSchema),
  hints: z.array(z.string()),
  score: z.optional(z.number()),
});
const submissionSchema = z.strictObject({
  format: z.literal(submissionFormat),
  version: z.literal(submissionVersion),
  assignment: z.strictObject({ id: z.string(), title: z.string(), specHash: z.string() }),
  rosterId: z.string(),
  build: z.string(),
  submittedAt: z.string(),
  exercises: z.array(exerciseSchema),
  points: z.optional(z.number()),
  checksum: z.string(),
});

/** Why a submission file could not be read. */
export type SubmissionReadProblem = { kind: "malformed" | "format" | "checksum"; message: string };

/** The work on one exercise that the page hands to `createSubmission`. */
export interface ExerciseWork {
  attempts: AttemptRecord[];
  /** When each hint was revealed, ISO 8601. */
  hints: string[];
}

/**
 * The checksum of a submission's content: "sha256:" + hex SHA-256 of its canonical JSON
 * (everything but the `checksum` field).
 *
 * @param content - the submission without (or with, ignored) its checksum
 * @returns "sha256:" followed by 64 hex characters
 * @throws {Error} when the content holds values JSON cannot carry (NaN, undefined in arrays)
 * @example
 * submissionChecksum(submission) === submission.checksum; // true for an untouched file
 */
export function submissionChecksum(content: SubmissionContent | Submission): string {
  const { checksum: _ignored, ...rest } = content as Submission;
  return `sha256:${sha256(canonicalJson(rest))}`;
}

/**
 * Builds a submission file for a student: seed inputs and seeds for every exercise of the
 * assignment, the attempt and hint logs as given, the informational scores (re-graded with the
 * same function the gradebook uses), and the checksum.
 *
 * @param input - the assignment, roster id, build version, submit time, work per exercise id, and
 *   whether to write informational scores
 * @returns the submission, ready for `submissionToJson`
 * @throws {Error} when the roster id or an exercise is not usable for a seed
 * @example
 * createSubmission({ assignment, rosterId: "s1", build: "0.1.0", submittedAt: "2026-03-01T10:00:00Z", work: {} }).exercises.length; // assignment.exercises.length
 */
export function createSubmission(input: {
  assignment: Assignment;
  rosterId: string;
  build: string;
  submittedAt: string;
  work: Record<string, ExerciseWork | undefined>;
  /** Whether to write the informational scores (default true; they are never trusted). */
  informationalScores?: boolean;
}): Submission {
  const { assignment, rosterId } = input;
  const exercises: SubmittedExercise[] = assignment.exercises.map((entry) => {
    const seedInputs = assignmentSeedInputs(assignment, rosterId, entry.id);
    const work = input.work[entry.id];
    return {
      id: entry.id,
      seedInputs,
      seed: deriveSeed(seedInputs),
      attempts: (work?.attempts ?? []).map((attempt) => ({
        answer: { ...attempt.answer },
        at: attempt.at,
        hintsUsed: attempt.hintsUsed,
      })),
      hints: [...(work?.hints ?? [])],
    };
  });
  const content: SubmissionContent = {
    format: submissionFormat,
    version: submissionVersion,
    assignment: {
      id: assignment.id,
      title: assignment.title,
      specHash: assignmentHash(assignment),
    },
    rosterId,
    build: input.build,
    submittedAt: input.submittedAt,
    exercises,
  };
  if (input.informationalScores !== false) {
    const graded = regradeSubmission(assignment, content);
    content.exercises = exercises.map((exercise, index) => ({
      ...exercise,
      score: graded.exercises[index]?.score ?? 0,
    }));
    content.points = graded.points;
  }
  return { ...content, checksum: submissionChecksum(content) };
}

/**
 * A submission as the text of a `.json` file: two-space indentation, a final newline.
 *
 * @param submission - a submission
 * @returns the file's text
 * @example
 * JSON.parse(submissionToJson(submission)).format; // "fsdc-submission"
 */
export function submissionToJson(submission: Submission): string {
  return `${JSON.stringify(submission, null, 2)}\n`;
}

/**
 * Whether a submission's checksum matches its content.
 *
 * @param submission - a parsed submission
 * @returns true when untouched since it was created
 * @example
 * verifySubmission({ ...submission, points: 99 }); // false
 */
export function verifySubmission(submission: Submission): boolean {
  try {
    return submissionChecksum(submission) === submission.checksum;
  } catch {
    return false;
  }
}

/**
 * Reads a submission file: JSON, the format name and version, the shape, then the checksum.
 *
 * @param text - the file's text
 * @returns `{ submission }` or `{ problem }` with a kind and one plain sentence
 * @example
 * readSubmission("{").problem?.kind; // "malformed"
 */
export function readSubmission(
  text: string,
):
  | { submission: Submission; problem?: undefined }
  | { submission?: undefined; problem: SubmissionReadProblem } {
  let data: unknown;
  try {
    // A byte-order mark (added by some editors and unzip tools) is not part of the content.
    data = JSON.parse(text.startsWith("\ufeff") ? text.slice(1) : text);
  } catch {
    return {
      problem: {
        kind: "malformed",
        message: "not valid JSON (the file may be truncated or is not a submission)",
      },
    };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      problem: { kind: "malformed", message: "not a submission (the JSON is not an object)" },
    };
  }
  const record = data as Record<string, unknown>;
  if (record.format !== submissionFormat) {
    return {
      problem: {
        kind: "format",
        message: `not a submission file of this chapter (format ${JSON.stringify(record.format ?? null)}, expected "${submissionFormat}")`,
      },
    };
  }
  if (record.version !== submissionVersion) {
    return {
      problem: {
        kind: "format",
        message: `submission format version ${JSON.stringify(record.version ?? null)}; this gradebook reads version ${submissionVersion}`,
      },
    };
  }
  const parsed = submissionSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join(".") || "file" : "file";
    let input: unknown = data;
    for (const key of issue?.path ?? []) {
      input =
        typeof input === "object" && input !== null
          ? (input as Record<PropertyKey, unknown>)[key]
          : undefined;
    }
    const message = !issue
      ? "invalid"
      : issue.code === "invalid_type" && input === undefined
        ? "missing"
        : issue.code === "unrecognized_keys"
          ? `unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")}`
          : issueMessage({ ...issue, input });
    return {
      problem: { kind: "malformed", message: `damaged submission: ${where}: ${message}` },
    };
  }
  const submission = parsed.data as Submission;
  if (!verifySubmission(submission)) {
    return {
      problem: {
        kind: "checksum",
        message: "checksum mismatch: the file was edited or damaged after it was downloaded",
      },
    };
  }
  return { submission };
}
