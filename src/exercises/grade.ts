/**
 * The grader: one pure function used by the page and the command line. It parses every part,
 * treats a submission with any blank or invalid part as not graded (it does not count as an
 * attempt), gives weighted partial credit, applies a credit multiplier for earlier attempts and
 * hints, and attaches the targeted messages of known mistakes.
 */

import { gradePart } from "./grade-part";
import { defaultGradingOptions } from "./grade-types";
import type { GradeHistory, GradeResult, GradingOptions, PartGrade } from "./grade-types";
import type { PartOutcome } from "./part-outcome";
import type {
  AnswerPart,
  Exercise,
  Instance,
  KnownMistake,
  RawAnswer,
  ReferenceAnswer,
} from "./types";

export { defaultGradingOptions } from "./grade-types";
export type {
  GradeHistory,
  GradeResult,
  GradingOptions,
  PartGrade,
  PartStatus,
} from "./grade-types";

/** Checks that a count is a non-negative integer. */
function requireCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`grade requires ${name} to be a non-negative integer, got ${value}`);
  }
}

/**
 * Grades a submission for an exercise instance that is already generated (the fast path for
 * re-grading many submissions of one seed). Same rules as `grade`.
 *
 * @param exercise - the exercise
 * @param instance - `exercise.generate(seed)`
 * @param answer - the raw answer per part
 * @param history - counted attempts and hints before this submission
 * @param options - overrides of `defaultGradingOptions`
 * @returns the grade
 * @throws {Error} "grade requires ..." for negative or fractional history counts, or when the
 *   exercise's reference does not fit its answer spec
 * @example
 * gradeInstance(exercise, exercise.generate(7), { psi: "0.21" }, { attempts: 0, hintsUsed: 0 }).score;
 */
export function gradeInstance<P>(
  exercise: Exercise<P>,
  instance: Instance<P>,
  answer: RawAnswer,
  history: GradeHistory,
  options: Partial<GradingOptions> = {},
): GradeResult {
  const settings = { ...defaultGradingOptions, ...options };
  requireCount(history.attempts, "attempts");
  requireCount(history.hintsUsed, "hintsUsed");
  const reference: ReferenceAnswer = exercise.solve(instance);
  const entries = Object.entries(exercise.answer);
  const outcomes = new Map<string, PartOutcome>();
  for (const [name, part] of entries) {
    outcomes.set(name, gradePart(name, part, answer[name], reference[name]));
  }
  const unknownParts = Object.keys(answer).filter((name) => !(name in exercise.answer));
  const notes = unknownParts.map(
    (name) => `'${name}' is not a part of this exercise; it was ignored.`,
  );
  const multiplier = Math.max(
    settings.minimumCredit,
    Math.min(
      1,
      1 - settings.decayPerAttempt * history.attempts - settings.hintPenalty * history.hintsUsed,
    ),
  );
  const unreadableParts = entries.filter(([name]) => {
    const status = outcomes.get(name)?.status;
    return status === "blank" || status === "invalid";
  });
  if (unreadableParts.length > 0) {
    return notGraded(
      entries,
      outcomes,
      notes,
      multiplier,
      history.attempts >= settings.solutionAfterAttempts,
    );
  }
  const totalWeight = entries.reduce((sum, [, part]) => sum + part.weight, 0);
  const allCorrect = entries.every(([name]) => outcomes.get(name)?.status === "correct");
  const weighted = entries.reduce(
    (sum, [name, part]) => sum + part.weight * (outcomes.get(name)?.credit ?? 0),
    0,
  );
  // Weights should sum to 1; dividing by their sum keeps the score in [0, 1] even if they do not.
  const rawScore = allCorrect
    ? 1
    : totalWeight > 0
      ? Math.min(1, Math.max(0, weighted / totalWeight))
      : 0;
  const solutionUnlocked = allCorrect || history.attempts + 1 >= settings.solutionAfterAttempts;
  const feedback: string[] = [];
  // Known mistakes are computed only when some part is not correct (they can cost a solve each).
  let mistakes: KnownMistake[] | undefined;
  const parts: Record<string, PartGrade> = {};
  for (const [name] of entries) {
    const outcome = outcomes.get(name) as PartOutcome;
    parts[name] = {
      status: outcome.status,
      credit: outcome.credit,
      ...(outcome.message === undefined ? {} : { message: outcome.message }),
      ...(outcome.status === "correct" || solutionUnlocked ? { accepted: outcome.accepted } : {}),
    };
    if (outcome.status === "correct") continue;
    mistakes ??= exercise.mistakes(instance);
    for (const mistake of mistakes) {
      if (mistake.part === name && outcome.matches(mistake.value)) feedback.push(mistake.message);
    }
    feedback.push(...outcome.notes);
  }
  feedback.push(...notes);
  return {
    score: rawScore * multiplier,
    rawScore,
    creditMultiplier: multiplier,
    parts,
    feedback,
    countsAsAttempt: true,
    solutionUnlocked,
  };
}

/** The result for a submission with a blank or invalid part: nothing is graded or revealed. */
function notGraded(
  entries: [string, AnswerPart][],
  outcomes: Map<string, PartOutcome>,
  notes: string[],
  multiplier: number,
  solutionUnlocked: boolean,
): GradeResult {
  const parts: Record<string, PartGrade> = {};
  const feedback = [
    "Not graded, and not counted as an attempt: complete or fix the parts marked blank or invalid.",
  ];
  for (const [name, part] of entries) {
    const outcome = outcomes.get(name) as PartOutcome;
    if (outcome.status === "blank" || outcome.status === "invalid") {
      parts[name] = {
        status: outcome.status,
        credit: 0,
        message: outcome.message ?? outcome.status,
      };
      feedback.push(`${part.label}: ${outcome.message ?? outcome.status}`);
    } else {
      // Grading the readable parts would let a student probe answers without spending attempts.
      parts[name] = {
        status: "not-graded",
        credit: 0,
        message: "another part is blank or invalid",
      };
    }
  }
  feedback.push(...notes);
  return {
    score: 0,
    rawScore: 0,
    creditMultiplier: multiplier,
    parts,
    feedback,
    countsAsAttempt: false,
    solutionUnlocked,
  };
}

/**
 * Grades a submission: generates the instance from the seed, then `gradeInstance`.
 *
 * @param exercise - the exercise
 * @param seed - the instance seed (e.g. from `deriveSeed`)
 * @param answer - the raw answer per part (strings; lists for multiple, table and ordering parts)
 * @param history - counted attempts and hints before this submission
 * @param options - overrides of `defaultGradingOptions`
 * @returns score = rawScore × creditMultiplier, per-part status and credit, feedback lines,
 *   whether it counts as an attempt, whether the solution is unlocked
 * @throws {Error} as `gradeInstance`
 * @example
 * grade(exercise, 42, { decision: "drift" }, { attempts: 1, hintsUsed: 0 }).score; // 0.9 when correct
 */
export function grade<P>(
  exercise: Exercise<P>,
  seed: number,
  answer: RawAnswer,
  history: GradeHistory,
  options: Partial<GradingOptions> = {},
): GradeResult {
  return gradeInstance(exercise, exercise.generate(seed), answer, history, options);
}
