/**
 * The gradebook of one assignment: rows per student, problems per file, item analysis per
 * exercise and mastery per learning objective.
 */

import type { RegradeResult } from "./regrade-types";

/** A submission file handed to the gradebook: its name (for messages) and its text. */
export interface SubmissionFile {
  name: string;
  text: string;
}

/** One student of a roster. */
export interface RosterEntry {
  /** The roster id students type (Canvas: SIS User ID). */
  id: string;
  /** Display name (Canvas: Student). */
  name: string;
  /** The LMS's own user id (Canvas: ID), when the roster has it. */
  lmsId: string;
  /** Login (Canvas: SIS Login ID), when the roster has it. */
  login: string;
  section: string;
}

/** A roster, in file order. */
export interface Roster {
  entries: RosterEntry[];
}

/** Why a file was refused or flagged. */
export type FileProblemKind =
  | "malformed"
  | "format"
  | "checksum"
  | "wrong-assignment"
  | "unknown-exercise"
  | "duplicate"
  | "not-on-roster"
  | "late"
  | "regrade";

/** One line of the problems report. */
export interface FileProblem {
  /** The file's name. */
  file: string;
  kind: FileProblemKind;
  /** One clear sentence. */
  message: string;
}

/** One student's row. `result` is undefined for a roster student with no submission. */
export interface GradebookRow {
  rosterId: string;
  /** From the roster, when there is one. */
  student?: RosterEntry;
  /** The file the grade comes from. */
  file?: string;
  result?: RegradeResult;
}

/** The most frequent wrong answers of an exercise, grouped by the grader's targeted mistake. */
export interface WrongAnswerGroup {
  /** The known mistake's id, or "other" for wrong answers no targeted message explains. */
  mistakeId: string;
  /** One of its messages (they differ between instances only in numbers). */
  message: string;
  /** Attempts that matched it. */
  count: number;
  /** Students who made it at least once. */
  students: number;
}

/** Item analysis of one exercise across the class. */
export interface ItemAnalysis {
  exerciseId: string;
  title: string;
  maxPoints: number;
  /** Students with a submission. */
  students: number;
  /** Mean score as a share of the points, in [0, 1]. */
  meanScore: number;
  /** Share of students whose first counted attempt was fully correct. */
  firstAttemptCorrect: number;
  /** Median counted attempts among students who attempted it. */
  medianAttempts: number;
  /** Mean hints revealed per student. */
  meanHints: number;
  /** Students who revealed at least one hint. */
  studentsUsingHints: number;
  /** Wrong answers grouped by targeted mistake, most frequent first. */
  wrongAnswers: WrongAnswerGroup[];
}

/** Mastery of one learning objective across the class. */
export interface ObjectiveMastery {
  objectiveId: string;
  /** Exercises of the assignment that practise it. */
  exerciseIds: string[];
  /** Points earned over points available on those exercises, across graded students, in [0, 1]. */
  mastery: number;
  /** Students who earned at least 80 % of those points. */
  studentsMastered: number;
  students: number;
}

/** The gradebook of one assignment. */
export interface Gradebook {
  assignmentId: string;
  title: string;
  maxPoints: number;
  /** Sorted by roster order when there is a roster (then extra ids), else by roster id. */
  rows: GradebookRow[];
  /** One line per problem, sorted by file name. */
  problems: FileProblem[];
  /** Roster ids with no submission (they get no grade, not zero). */
  missing: string[];
  items: ItemAnalysis[];
  mastery: ObjectiveMastery[];
}
