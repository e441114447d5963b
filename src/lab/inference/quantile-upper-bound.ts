/**
 * Distribution-free one-sided upper confidence bound for a quantile: an order statistic whose
 * rank comes from the binomial distribution (Lesson 9, order-statistic bound for a quantile).
 */
import { regularizedBeta } from "../special/beta-functions";
import { requireFinite, requireInteger, requireNonEmpty, requireProbability } from "../core/errors";
import { sortedCopy } from "../core/descriptive";

/**
 * P(Bin(n, p) ≤ k − 1), the probability that fewer than k of n draws fall below the p-quantile,
 * through the identity P(Bin(n, p) ≤ k − 1) = I_{1−p}(n − k + 1, k) (regularized beta).
 */
function binomialCdfBelow(rank: number, n: number, level: number): number {
  if (rank > n) return 1;
  return regularizedBeta(1 - level, n - rank + 1, rank);
}

/**
 * The rank k of the order statistic X_(k) that is a one-sided upper confidence bound for the
 * `level` quantile of n i.i.d. values: the smallest k in 1..n with
 * P(Bin(n, level) ≤ k − 1) ≥ confidence. In scipy terms k = binom.ppf(confidence, n, level) + 1.
 * Returns null when even k = n does not reach the confidence (1 − level^n < confidence): n values
 * are then too few to bound that quantile at all (n ≥ 59 for a 95% bound on a p95).
 *
 * O(log n) evaluations of the regularized incomplete beta function (a binary search on k).
 *
 * @param n sample size, an integer ≥ 1
 * @param level the quantile's level p, in (0, 1) (0.95 for the p95)
 * @param confidence the one-sided confidence 1 − α, in (0, 1)
 * @returns the 1-based rank k, or null when no order statistic is a bound
 * @throws {LabError} when n is not a positive integer, or level or confidence is outside (0, 1)
 * @example
 * orderStatisticRank(500, 0.95, 0.95); // 484 (scipy: binom.ppf(0.95, 500, 0.95) + 1)
 * orderStatisticRank(58, 0.95, 0.95); // null: 1 − 0.95^58 = 0.949 < 0.95
 */
export function orderStatisticRank(n: number, level: number, confidence: number): number | null {
  requireInteger("orderStatisticRank", "n", n, 1);
  requireProbability("orderStatisticRank", "level", level);
  requireProbability("orderStatisticRank", "confidence", confidence);
  if (binomialCdfBelow(n, n, level) < confidence) return null;
  // The CDF grows with k, so the smallest qualifying k is found by bisection on [1, n].
  let low = 1;
  let high = n;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (binomialCdfBelow(middle, n, level) >= confidence) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Result of {@link quantileUpperBound}. */
export interface QuantileUpperBound {
  /** the 1-based rank k of the order statistic used, or null when none is a bound */
  rank: number | null;
  /** X_(k), or +Infinity when the sample is too small to bound the quantile */
  bound: number;
  /**
   * P(Bin(n, level) ≤ k − 1): the exact coverage for a continuous distribution (≥ confidence);
   * when rank is null, the coverage 1 − level^n that X_(n) would reach, below the confidence
   */
  coverage: number;
}

/**
 * Distribution-free one-sided upper confidence bound for the `level` quantile: the order
 * statistic X_(k) with k from {@link orderStatisticRank}. For every distribution
 * P(X_(k) ≥ ξ_level) ≥ P(Bin(n, level) ≤ k − 1) ≥ confidence, with equality in the first step
 * when the distribution is continuous. When n is too small the bound is +Infinity, so a gate
 * comparing it with a threshold holds.
 *
 * O(n log n) for the sort.
 *
 * @param values the sample (e.g. latencies in ms), finite, at least one
 * @param level the quantile's level p, in (0, 1)
 * @param confidence the one-sided confidence 1 − α, in (0, 1)
 * @returns the rank, the bound and its exact binomial coverage
 * @throws {LabError} when values is empty or not finite, or level or confidence is outside (0, 1)
 * @example
 * quantileUpperBound(latencies, 0.95, 0.95).bound; // the 484th smallest of 500 latencies
 */
export function quantileUpperBound(
  values: ArrayLike<number>,
  level: number,
  confidence: number,
): QuantileUpperBound {
  requireNonEmpty("quantileUpperBound", "values", values);
  requireFinite("quantileUpperBound", "values", values);
  const rank = orderStatisticRank(values.length, level, confidence);
  if (rank === null) {
    return { rank, bound: Number.POSITIVE_INFINITY, coverage: 1 - level ** values.length };
  }
  const sorted = sortedCopy(values);
  return {
    rank,
    bound: sorted[rank - 1] as number,
    coverage: binomialCdfBelow(rank, values.length, level),
  };
}
