/** Evidently's names of the drift tests the lab reproduces. */
export type DriftTestName = "ks" | "chisquare" | "z" | "psi" | "jensenshannon" | "wasserstein";

/** One cell of a column: numbers or category labels; null, undefined, NaN and ±Infinity are missing. */
export type DriftValue = number | string | null | undefined;

/** How a drift test turns its score into a decision. */
export interface DriftTestInfo {
  name: DriftTestName;
  /** "p-value": drift when the p-value is small; "distance": drift when the score is large */
  kind: "p-value" | "distance";
  defaultThreshold: number;
  comparison: "p ≤ threshold" | "p < threshold" | "score ≥ threshold";
}

/**
 * Evidently's drift tests with their default thresholds and comparisons: KS drifts when
 * p ≤ 0.05, chi-square and z-test when p < 0.05, PSI, Jensen-Shannon and normed Wasserstein when
 * the score ≥ 0.1.
 *
 * @example
 * driftTests.ks.comparison; // "p ≤ threshold"
 */
export const driftTests: Readonly<Record<DriftTestName, DriftTestInfo>> = Object.freeze({
  ks: { name: "ks", kind: "p-value", defaultThreshold: 0.05, comparison: "p ≤ threshold" },
  chisquare: {
    name: "chisquare",
    kind: "p-value",
    defaultThreshold: 0.05,
    comparison: "p < threshold",
  },
  z: { name: "z", kind: "p-value", defaultThreshold: 0.05, comparison: "p < threshold" },
  psi: { name: "psi", kind: "distance", defaultThreshold: 0.1, comparison: "score ≥ threshold" },
  jensenshannon: {
    name: "jensenshannon",
    kind: "distance",
    defaultThreshold: 0.1,
    comparison: "score ≥ threshold",
  },
  wasserstein: {
    name: "wasserstein",
    kind: "distance",
    defaultThreshold: 0.1,
    comparison: "score ≥ threshold",
  },
});

/**
 * Removes missing cells the way Evidently does before a drift test (NaN and ±Infinity become
 * missing, then missing values are dropped; null and undefined count as missing too).
 *
 * @param values a column
 * @returns the present values, in order
 * @example
 * cleanDriftColumn([1, NaN, null, Infinity, 2]); // [1, 2]
 */
export function cleanDriftColumn(values: readonly DriftValue[]): (number | string)[] {
  return values.filter(
    (value): value is number | string =>
      typeof value === "string" || (typeof value === "number" && Number.isFinite(value)),
  );
}

/**
 * Evidently's default drift test for a column (after missing values are dropped). With n_u the
 * number of unique values in reference ∪ current: reference ≤ 1000 rows → numeric with n_u > 5
 * uses KS, otherwise chi-square when n_u > 2 and the z-test when n_u ≤ 2; reference > 1000 rows →
 * numeric with n_u > 5 uses normed Wasserstein, otherwise Jensen-Shannon.
 *
 * @param reference cleaned reference values
 * @param current cleaned current values
 * @param categorical whether the column is categorical (strings always are)
 * @returns the test's name
 * @example
 * selectDriftTest([1, 2, 3, 4, 5, 6], [2, 3], false); // "ks"
 */
export function selectDriftTest(
  reference: readonly (number | string)[],
  current: readonly (number | string)[],
  categorical: boolean,
): DriftTestName {
  const uniqueCount = new Set([...reference, ...current]).size;
  const numeric = !categorical && uniqueCount > 5;
  if (reference.length <= 1000) {
    if (numeric) return "ks";
    return uniqueCount > 2 ? "chisquare" : "z";
  }
  return numeric ? "wasserstein" : "jensenshannon";
}
