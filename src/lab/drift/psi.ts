/**
 * Population Stability Index exactly as Evidently computes it (legacy `psi_stat_test`).
 */
import { binSamples } from "./evidently-bins";
import type { EvidentlyBinsOptions } from "./evidently-bins";
import { LabError, requireNonNegativeCounts, requireSameLength } from "../core/errors";

export { evidentlyBins } from "./evidently-bins";
export type { EvidentlyBins, EvidentlyBinsOptions } from "./evidently-bins";

/** Result of {@link psi}. */
export interface PsiResult {
  /** PSI = Σ (r − c)·ln(r/c), natural log, ≥ 0. Evidently flags drift when ≥ 0.1. */
  value: number;
  /** Sturges bin edges when the feature was binned as numeric. */
  edges?: number[];
  /** Raw reference share per bin (before the zero rule). */
  referenceShares: number[];
  /** Raw current share per bin (before the zero rule). */
  currentShares: number[];
  /** The bin values when the feature was binned per value. */
  bins?: (string | number)[];
}

/**
 * Evidently's zero rule for one side: a zero share becomes 0.0001, or (the smallest non-zero
 * share)/10^6 when that smallest share is itself ≤ 0.0001, so the logarithm stays finite.
 */
function fillZeros(fnName: string, what: string, shares: readonly number[]): number[] {
  let smallest = Number.POSITIVE_INFINITY;
  for (const share of shares) if (share > 0 && share < smallest) smallest = share;
  if (smallest === Number.POSITIVE_INFINITY) {
    throw new LabError(`${fnName} requires at least one non-zero share in ${what}`);
  }
  const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
  return shares.map((share) => (share === 0 ? fill : share));
}

function psiSum(fnName: string, expected: readonly number[], actual: readonly number[]): number {
  const filledExpected = fillZeros(fnName, "expected", expected);
  const filledActual = fillZeros(fnName, "actual", actual);
  let total = 0;
  for (let i = 0; i < filledExpected.length; i += 1) {
    const e = filledExpected[i] as number;
    const a = filledActual[i] as number;
    total += (e - a) * Math.log(e / a);
  }
  return total;
}

/**
 * PSI from two share vectors over the same bins: Σ (a − e)·ln(a/e) (symmetric in e and a),
 * after Evidently's zero rule on each side. Shares are used as given (not renormalised).
 *
 * @param expected reference shares (non-negative)
 * @param actual current shares (non-negative, same length)
 * @throws {LabError} on mismatched lengths, negative or non-finite shares, or a side with no
 *   non-zero share
 * @example psiFromShares([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]); // 0.22821740957339184
 */
export function psiFromShares(expected: readonly number[], actual: readonly number[]): number {
  requireSameLength("psiFromShares", "expected", expected, "actual", actual);
  requireNonNegativeCounts("psiFromShares", "expected", expected);
  requireNonNegativeCounts("psiFromShares", "actual", actual);
  return psiSum("psiFromShares", expected, actual);
}

/**
 * Evidently's PSI drift score between a reference and a current sample: bins from
 * {@link evidentlyBins} (Sturges edges on the union for numeric features with more than 20
 * distinct reference values, else one bin per value), zero shares replaced per side, then
 * Σ (r − c)·ln(r/c). O(n) plus the binning.
 *
 * @param reference reference sample (numbers or strings)
 * @param current current sample
 * @param options `categorical: true` bins numbers per value
 * @throws {LabError} on empty samples or NaN/±Infinity (drop them first with `dropNonFinite`)
 * @example psi(["a", "a", "b"], ["a", "b", "b"]).value; // 0.4620981203732969
 */
export function psi(
  reference: ArrayLike<number | string>,
  current: ArrayLike<number | string>,
  options: EvidentlyBinsOptions = {},
): PsiResult {
  const binning = binSamples("psi", reference, current, options);
  const value = psiSum("psi", binning.referenceShares, binning.currentShares);
  const result: PsiResult = {
    value,
    referenceShares: binning.referenceShares,
    currentShares: binning.currentShares,
  };
  if (binning.edges) result.edges = binning.edges;
  if (binning.bins) result.bins = binning.bins;
  return result;
}
