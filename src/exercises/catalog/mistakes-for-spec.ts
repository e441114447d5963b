/**
 * The known-mistake filter for exercises with table, selection or ordering parts: a planted
 * mistake is kept only when the grader would tell it apart from the reference answer and from
 * the mistakes already kept, comparing with each part's own tolerance (a mistake that scores full
 * marks teaches nothing). The simpler filter for scalar parts is `distinctMistakes` in
 * exercise-helpers.ts.
 */
import { defaultTolerance, withinTolerance } from "../tolerance";
import type { AnswerSpec, KnownMistake, ReferenceAnswer, Tolerance } from "../types";

type MistakeValue = KnownMistake["value"];

function sameCell(a: unknown, b: unknown, tolerance: Tolerance): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "number" && typeof b === "number") return withinTolerance(a, b, tolerance);
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

function sameAnswer(
  kind: AnswerSpec[string]["kind"],
  value: MistakeValue,
  reference: MistakeValue,
  tolerance: Tolerance,
): boolean {
  if (!Array.isArray(value) || !Array.isArray(reference)) {
    return sameCell(value, reference, tolerance);
  }
  if (value.length !== reference.length) return false;
  if (kind === "multiple") {
    const chosen = new Set(value.map(String));
    return reference.every((item) => chosen.has(String(item)));
  }
  return value.every((item, index) => sameCell(item, reference[index], tolerance));
}

/**
 * Keeps the planted mistakes whose value differs from the reference answer (with the part's
 * tolerance) and from every mistake kept before it on the same part.
 *
 * @param answer the exercise's answer spec (gives each part's kind and tolerance)
 * @param reference the reference answer of this instance
 * @param candidates the mistakes as computed for this instance
 * @returns the mistakes a student can actually be told about
 * @example distinctMistakesForSpec(spec, { d: 0.2 }, [{ part: "d", value: 0.2, id: "x", message: "…" }]); // []
 */
export function distinctMistakesForSpec(
  answer: AnswerSpec,
  reference: ReferenceAnswer,
  candidates: KnownMistake[],
): KnownMistake[] {
  const kept: KnownMistake[] = [];
  for (const mistake of candidates) {
    const part = answer[mistake.part];
    const expected = reference[mistake.part];
    if (!part || expected === undefined) continue;
    // An empty selection is blank, never graded: no message could ever be shown for it.
    if (part.kind === "multiple" && Array.isArray(mistake.value) && mistake.value.length === 0)
      continue;
    const tolerance =
      part.kind === "number"
        ? part.tolerance
        : part.kind === "table"
          ? (part.tolerance ?? defaultTolerance)
          : defaultTolerance;
    const clashes = [expected, ...kept.filter((k) => k.part === mistake.part).map((k) => k.value)];
    if (clashes.some((value) => sameAnswer(part.kind, mistake.value, value, tolerance))) continue;
    kept.push(mistake);
  }
  return kept;
}
