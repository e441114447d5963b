/**
 * The submission file: what a student's browser downloads on Submit and what the instructor
 * re-grades. It carries the seed inputs and the full attempt log; its scores are informational
 * only, since grading always re-creates the instance and re-grades every attempt.
 */

import type { RawAnswer } from "../exercises/types";

/** The format name written in every submission file. */
export const submissionFormat = "fsdc-submission";

/** The version of the submission format; other versions are refused by name. */
export const submissionVersion = 1;

/** One graded-or-not attempt as the student made it: the answer as typed, when, hints used. */
export interface AttemptRecord {
  /** The raw answer per part, exactly as typed (strings; lists for multiple, table, ordering). */
  answer: RawAnswer;
  /** When the student pressed Check, ISO 8601 with zone (e.g. new Date().toISOString()). */
  at: string;
  /** Hints revealed on this exercise before this attempt. */
  hintsUsed: number;
}

/** The inputs of `deriveSeed` for one exercise of one student. */
export interface SubmissionSeedInputs {
  /** The assignment id. */
  context: string;
  /** The roster id. */
  student: string;
  /** The exercise id. */
  exercise: string;
  /** The variant number. */
  variant: number;
}

/** One exercise's record in a submission. */
export interface SubmittedExercise {
  /** The exercise id. */
  id: string;
  /** What the seed was derived from. */
  seedInputs: SubmissionSeedInputs;
  /** The derived seed (re-derived and compared when re-grading). */
  seed: number;
  /** Every attempt, in the order made (blank or invalid ones included: they never count). */
  attempts: AttemptRecord[];
  /** When each hint was revealed, ISO 8601, in order. */
  hints: string[];
  /** The score the page showed, in [0, 1]; informational only, never trusted. */
  score?: number;
}

/** The content of a submission file (everything except the checksum). */
export interface SubmissionContent {
  format: typeof submissionFormat;
  version: typeof submissionVersion;
  assignment: {
    id: string;
    title: string;
    /** `assignmentHash` of the assignment the student worked on. */
    specHash: string;
  };
  /** The student's roster id (as validated by `checkRosterId`). */
  rosterId: string;
  /** The app build that produced the file (informational). */
  build: string;
  /** When the student pressed Submit, ISO 8601 with zone. */
  submittedAt: string;
  exercises: SubmittedExercise[];
  /** Points the page showed in total; informational only, never trusted. */
  points?: number;
}

/** A submission file: the content plus `checksum` = "sha256:" + SHA-256 of its canonical JSON. */
export interface Submission extends SubmissionContent {
  checksum: string;
}
