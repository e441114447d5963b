/**
 * What re-grading returns: per attempt, per exercise and per submission, with every number the
 * gradebook, the item analysis and the page's status need.
 */

/** One attempt as the re-grader saw it. */
export interface RegradedAttempt {
  /** When it was made (from the log). */
  at: string;
  /** Whether the grader counted it (blank or invalid answers never count). */
  countsAsAttempt: boolean;
  /** Counted but beyond the assignment's attempts limit: graded, earns nothing. */
  overLimit: boolean;
  /** Made before the assignment opened: earns nothing. */
  early: boolean;
  /** Days late (started days after the due time); 0 when on time. */
  daysLate: number;
  /** Weighted part credit in [0, 1] (the grader's rawScore). */
  rawScore: number;
  /** The grader's credit multiplier (earlier attempts and hints). */
  creditMultiplier: number;
  /** The late factor in [0, 1] (1 on time; 0 when the late policy is closed). */
  lateFactor: number;
  /** rawScore × creditMultiplier × lateFactor, 0 when over the limit, early or not counted. */
  score: number;
  /** Whether every part was correct. */
  correct: boolean;
  /** The known mistakes this answer matched: the grader's targeted messages with their ids. */
  mistakes: { id: string; message: string }[];
  /** The grader's feedback lines. */
  feedback: string[];
}

/** One exercise of one student, re-graded. */
export interface RegradedExercise {
  /** The exercise id. */
  id: string;
  /** The seed the instance was re-created from. */
  seed: number;
  /** Points available. */
  maxPoints: number;
  /** Points earned: best attempt score × maxPoints. */
  points: number;
  /** The best attempt score in [0, 1]. */
  score: number;
  /** Counted attempts (within and over the limit). */
  attemptsCounted: number;
  /** Attempts the assignment still allows (0 when used up). */
  attemptsLeft: number;
  /** Whether the first counted attempt was fully correct. */
  firstAttemptCorrect: boolean;
  /** Whether some counted attempt within the limit was fully correct. */
  solved: boolean;
  /** Hints revealed. */
  hintsUsed: number;
  /** Whether any counted attempt was late. */
  late: boolean;
  attempts: RegradedAttempt[];
  /** What was wrong with this exercise's record (e.g. a seed that does not match its inputs). */
  problems: string[];
}

/** A whole submission, re-graded. */
export interface RegradeResult {
  rosterId: string;
  submittedAt: string;
  /** Points earned across the assignment. */
  points: number;
  /** Points available across the assignment. */
  maxPoints: number;
  /** One entry per exercise of the assignment, in assignment order (missing ones score 0). */
  exercises: RegradedExercise[];
  /** Whether the submission was made after the due time. */
  late: boolean;
  /** Plain sentences about anything wrong that did not stop grading. */
  problems: string[];
}
