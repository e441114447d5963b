/**
 * Evidently's tests for categorical columns, with its edge cases: the chi-square test on the union
 * of categories and the two-proportion z-test for binary columns (Lesson 7).
 */
import { LabError } from "../core/errors";
import { chiSquareSurvival } from "../special/special-functions";
import { zTestProportions } from "../inference/z-test";

function countCategories(values: readonly (number | string)[]): Map<number | string, number> {
  const counts = new Map<number | string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Evidently's chi-square drift test: categories are the union of both samples, observed =
 * current counts, expected = reference counts × n_current / n_reference, dof = categories − 1.
 * A category never seen in the reference has expected 0, so the statistic is infinite and p = 0.
 * A single category cannot drift: p = 1 (scipy returns NaN there, which Evidently reads as no drift).
 *
 * @param reference cleaned reference values
 * @param current cleaned current values
 * @returns the chi-square statistic, its p-value and the degrees of freedom
 * @throws LabError when either sample is empty
 * @example
 * // scipy 1.17.1 chisquare([40, 30, 30], [50, 30, 20]): a×50 b×30 c×20 vs a×40 b×30 c×30 → 7.0,
 * // p 0.0301973834223185
 */
export function evidentlyChiSquare(
  reference: readonly (number | string)[],
  current: readonly (number | string)[],
): { statistic: number; pvalue: number; dof: number } {
  if (reference.length === 0 || current.length === 0) {
    throw new LabError("evidentlyChiSquare requires at least one value in each sample");
  }
  const referenceCounts = countCategories(reference);
  const currentCounts = countCategories(current);
  const categories = new Set([...referenceCounts.keys(), ...currentCounts.keys()]);
  const scale = current.length / reference.length;
  let statistic = 0;
  for (const category of categories) {
    const observed = currentCounts.get(category) ?? 0;
    const expected = (referenceCounts.get(category) ?? 0) * scale;
    statistic +=
      expected === 0 ? Infinity : ((observed - expected) * (observed - expected)) / expected;
  }
  const dof = categories.size - 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof };
  return { statistic, pvalue: statistic === Infinity ? 0 : chiSquareSurvival(statistic, dof), dof };
}

/**
 * Evidently's two-proportion z-test for a binary column: the "success" indicator is "value is not
 * the first category" (categories in sorted order, so for 0/1 or "no"/"yes" it is the share of
 * the second), pooled standard error, z = (p_reference − p_current)/se, p = 2(1 − Φ(|z|)).
 * When both samples hold the same single value, p = 1.
 *
 * @param reference cleaned reference values
 * @param current cleaned current values
 * @returns z and the two-sided p-value
 * @throws LabError when either sample is empty
 * @example
 * // pooled two-proportion z (numpy): no×70 yes×30 vs no×55 yes×45 → z −2.19089, p 0.0284597
 */
export function evidentlyZTest(
  reference: readonly (number | string)[],
  current: readonly (number | string)[],
): { z: number; pvalue: number } {
  if (reference.length === 0 || current.length === 0) {
    throw new LabError("evidentlyZTest requires at least one value in each sample");
  }
  const categories = [...new Set([...reference, ...current])].sort((a, b) =>
    typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : 1,
  );
  if (categories.length === 1) return { z: 0, pvalue: 1 };
  const first = categories[0];
  const successes = (values: readonly (number | string)[]) =>
    values.filter((value) => value !== first).length;
  return zTestProportions(
    successes(reference),
    reference.length,
    successes(current),
    current.length,
  );
}
