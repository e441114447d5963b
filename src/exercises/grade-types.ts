/**
 * The types of a grade and the grading options, shared by the grader, the page and the CLI.
 */

import type { PartStatus } from "./part-outcome";

export type { PartStatus } from "./part-outcome";

/** How credit decays and when the worked solution unlocks. */
export interface GradingOptions {
  /** Credit lost per earlier counted attempt (0.1 = 10 percentage points). */
  decayPerAttempt: number;
  /** Credit lost per hint used. */
  hintPenalty: number;
  /** The multiplier never falls below this. */
  minimumCredit: number;
  /** The solution unlocks once this many attempts (including this one) have been made. */
  solutionAfterAttempts: number;
}

/** The defaults: 10 % per earlier attempt, 5 % per hint, at least 40 %, solution after 3 attempts. */
export const defaultGradingOptions: GradingOptions = {
  decayPerAttempt: 0.1,
  hintPenalty: 0.05,
  minimumCredit: 0.4,
  solutionAfterAttempts: 3,
};

/** The student's history on this exercise before this submission. */
export interface GradeHistory {
  /** Counted attempts made before this one. */
  attempts: number;
  hintsUsed: number;
}

/** One part's grade. `accepted` is present once the part is correct or the solution is unlocked. */
export interface PartGrade {
  status: PartStatus;
  credit: number;
  message?: string;
  accepted?: string;
}

/** The grade of one submission. */
export interface GradeResult {
  /** rawScore × creditMultiplier, in [0, 1]; 0 when not graded. */
  score: number;
  /** Weighted part credit in [0, 1]; 0 when not graded. */
  rawScore: number;
  /** max(minimumCredit, 1 − decayPerAttempt·attempts − hintPenalty·hintsUsed). */
  creditMultiplier: number;
  parts: Record<string, PartGrade>;
  feedback: string[];
  countsAsAttempt: boolean;
  solutionUnlocked: boolean;
}
