/**
 * The self-check of one exercise instance: what every exercise must satisfy for every seed.
 * The registry's lifecycle test (catalog/lifecycle.test.ts) runs it over every exercise; the
 * CLI's `check` command runs it on demand.
 */

import { grade } from "./grade";
import { noneOptionId } from "./grade-choices";
import { sameSet } from "./part-outcome";
import { mathSegments } from "./math-segments";
import { formatReference, referenceAsRawAnswer } from "./practice";
import type { AnswerPart, Exercise, RawAnswer } from "./types";

/** Renders one TeX segment, throwing on a parse error (e.g. KaTeX with throwOnError). */
export type MathRenderer = (tex: string, display: boolean) => void;

/** An answer the grader must report as invalid for this kind of part. */
function invalidInput(part: AnswerPart): RawAnswer[string] {
  switch (part.kind) {
    case "number":
      return "abc";
    case "choice":
    case "decision":
      return "no-such-option";
    case "multiple":
    case "ordering":
      return ["no-such-option"];
    case "table":
      return part.rowLabels.map(() => "").concat(["extra"]);
  }
}

/** Problems with an instance's data tables: ragged rows or values outside the table types. */
function tableProblems(tables: { name: string; columns: string[]; rows: unknown[][] }[]): string[] {
  const problems: string[] = [];
  for (const table of tables) {
    table.rows.forEach((row, index) => {
      if (row.length !== table.columns.length) {
        problems.push(
          `table '${table.name}' row ${index + 1} has ${row.length} values for ${table.columns.length} columns`,
        );
      }
      const bad = row.find(
        (value) =>
          !(
            value === null ||
            typeof value === "string" ||
            typeof value === "boolean" ||
            (typeof value === "number" && Number.isFinite(value))
          ),
      );
      if (bad !== undefined)
        problems.push(`table '${table.name}' row ${index + 1} holds ${String(bad)}`);
    });
  }
  return problems;
}

/**
 * Checks one exercise on one seed: deterministic generation, rectangular tables of plain values,
 * math that renders, 2–4 hints, weights summing to 1, the reference answer scoring 1, each known
 * mistake scoring below 1 with its message, and invalid inputs reported invalid without counting.
 *
 * @param exercise - the exercise
 * @param seed - the seed to check
 * @param renderMath - renders a TeX segment and throws on error (omit to skip rendering)
 * @returns plain-sentence problems, prefixed with the exercise id and seed; empty when sound
 * Never throws: an exception from the exercise becomes a problem.
 * @example
 * checkExercise(exercise, 1); // []
 */
export function checkExercise<P>(
  exercise: Exercise<P>,
  seed: number,
  renderMath?: MathRenderer,
): string[] {
  const where = `${exercise.id} seed ${seed}`;
  try {
    return problemsOf(exercise, seed, renderMath).map((problem) => `${where}: ${problem}`);
  } catch (error) {
    return [`${where}: threw ${error instanceof Error ? error.message : String(error)}`];
  }
}

function problemsOf<P>(exercise: Exercise<P>, seed: number, renderMath?: MathRenderer): string[] {
  const problems: string[] = [];
  const instance = exercise.generate(seed);
  if (JSON.stringify(instance) !== JSON.stringify(exercise.generate(seed)))
    problems.push("generation is not deterministic");
  problems.push(...tableProblems(instance.tables));
  for (const [name, markdown] of [
    ["prompt", exercise.prompt(instance)],
    ["solution", exercise.solution(instance)],
  ] as const) {
    const { segments, problems: delimiterProblems } = mathSegments(markdown);
    problems.push(...delimiterProblems.map((problem) => `${name}: ${problem}`));
    for (const segment of renderMath ? segments : []) {
      try {
        renderMath?.(segment.tex, segment.display);
      } catch (error) {
        problems.push(
          `${name}: math '${segment.tex}' does not render: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  if (exercise.hints.length < 2 || exercise.hints.length > 4)
    problems.push(`has ${exercise.hints.length} hints, not 2–4`);
  const weights = Object.values(exercise.answer).reduce((sum, part) => sum + part.weight, 0);
  if (Math.abs(weights - 1) > 1e-9) problems.push(`weights sum to ${weights}, not 1`);
  const fresh = { attempts: 0, hintsUsed: 0 };
  const reference = referenceAsRawAnswer(exercise, instance);
  const referenceGrade = grade(exercise, seed, reference, fresh);
  if (referenceGrade.score !== 1)
    problems.push(
      `the reference answer scores ${referenceGrade.score}: ${JSON.stringify(referenceGrade.parts)}`,
    );
  for (const mistake of exercise.mistakes(instance)) {
    const part = exercise.answer[mistake.part];
    if (!part) {
      problems.push(`mistake '${mistake.id}' names unknown part '${mistake.part}'`);
      continue;
    }
    const result = grade(
      exercise,
      seed,
      { ...reference, [mistake.part]: formatReference(part, mistake.value) },
      fresh,
    );
    if (!(result.score < 1))
      problems.push(`mistake '${mistake.id}' scores ${result.score}, not below 1`);
    if (!result.feedback.includes(mistake.message))
      problems.push(`mistake '${mistake.id}' does not show its message`);
  }
  for (const [name, part] of Object.entries(exercise.answer)) {
    if (part.kind !== "multiple") continue;
    const wanted = reference[name];
    // An empty selection is blank, so "none" must be an option the student can tick.
    if (!Array.isArray(wanted) || wanted.length === 0)
      problems.push(`part '${name}' has an empty reference: offer an explicit "none" option`);
    // Ticking every option (but "none") must not earn credit, unless that is the answer.
    const everything = part.options.map((option) => option.id).filter((id) => id !== noneOptionId);
    if (Array.isArray(wanted) && !sameSet(everything, wanted)) {
      const credit = grade(exercise, seed, { ...reference, [name]: everything }, fresh).parts[name]
        ?.credit;
      if (credit !== 0) problems.push(`ticking every option of part '${name}' earns ${credit}`);
    }
  }
  for (const [name, part] of Object.entries(exercise.answer)) {
    const result = grade(exercise, seed, { ...reference, [name]: invalidInput(part) }, fresh);
    if (result.countsAsAttempt || result.parts[name]?.status !== "invalid") {
      problems.push(`an invalid answer to part '${name}' is not reported invalid`);
    }
  }
  return problems;
}
