/**
 * Small pieces every exercise shares: the default tolerance, option lists, rounding and number
 * formatting for prompts and worked solutions, clock times after midnight, and the rule that drops
 * a planted scalar mistake when it coincides with the reference answer (mistakes-for-spec.ts holds
 * the per-part-tolerance rule for table, selection and ordering parts).
 */
import type { KnownMistake } from "../types";

/** The default numeric tolerance (PrairieLearn's `relabs`), from the grading engine. */
export { defaultTolerance } from "../tolerance";

/** Options of a drift decision part. */
export const driftOptions = [
  { id: "drift", label: "Drift detected" },
  { id: "no-drift", label: "No drift" },
];

/** Options of a release decision part. */
export const shipHoldOptions = [
  { id: "ship", label: "Ship" },
  { id: "hold", label: "Hold" },
];

/**
 * A number rounded to `digits` decimals, as a number (for data shown to the student).
 *
 * @param value any finite number
 * @param digits decimals to keep (0 or more)
 * @returns the rounded number
 * @example roundTo(0.123456, 3); // 0.123
 */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Numbers in prompts and worked solutions: the chapter's one formatter (4 significant figures). */
export { formatNumber } from "../../lab/core/format-number";

/**
 * A clock time "HH:MM" for a number of seconds after midnight.
 *
 * @param seconds seconds after midnight, 0 to 86399
 * @returns the time as "HH:MM"
 * @example timeOfDay(39600); // "11:00"
 */
export function timeOfDay(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function sameValue(reference: KnownMistake["value"], value: KnownMistake["value"]): boolean {
  if (typeof reference === "number" && typeof value === "number") {
    // Twice the default tolerance: a mistake this close would be graded as correct anyway.
    return Math.abs(value - reference) <= 1e-8 + 2e-2 * Math.abs(reference);
  }
  if (Array.isArray(reference) && Array.isArray(value)) {
    return (
      reference.length === value.length &&
      reference.every((item, index) => sameValue(item as number, value[index] as number))
    );
  }
  return reference === value;
}

/**
 * Drops the planted mistakes whose value coincides with the reference answer of their part for
 * this instance (a mistake the student cannot be told about without marking a right answer wrong).
 * Sets (`multiple` parts) are compared as sorted lists; an empty set is dropped too, since an
 * empty selection is blank and never graded.
 *
 * @param mistakes the candidate mistakes
 * @param reference the reference answer per part
 * @param unordered parts whose values are sets (compared sorted)
 * @returns the mistakes that differ from the reference
 * @example distinctMistakes([{ part: "psi", value: 0.2, id: "log-base-2", message: "…" }], { psi: 0.2 }); // []
 */
export function distinctMistakes(
  mistakes: KnownMistake[],
  reference: Record<string, KnownMistake["value"]>,
  unordered: string[] = [],
): KnownMistake[] {
  const normalise = (part: string, value: KnownMistake["value"]) =>
    unordered.includes(part) && Array.isArray(value) ? [...value].map(String).sort() : value;
  return mistakes.filter((mistake) => {
    const expected = reference[mistake.part];
    if (expected === undefined) return false;
    const value = mistake.value;
    if (typeof value === "number" && !Number.isFinite(value)) return false;
    if (unordered.includes(mistake.part) && Array.isArray(value) && value.length === 0)
      return false;
    return !sameValue(normalise(mistake.part, expected), normalise(mistake.part, value));
  });
}
