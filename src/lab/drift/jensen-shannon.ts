/**
 * Jensen-Shannon distance and Kullback-Leibler divergence with scipy's conventions
 * (`scipy.spatial.distance.jensenshannon`, `scipy.stats.entropy`).
 */
import { LabError, requirePositiveSum, requireSameLength } from "../core/errors";

/** Result of {@link jensenShannon}. */
export interface JensenShannonResult {
  /** √divergence: what scipy's `jensenshannon` and Evidently report (≤ √ln 2 in nats). */
  distance: number;
  /** JS divergence ½KL(p‖m) + ½KL(q‖m) with m = (p + q)/2, in the chosen log base. */
  divergence: number;
}

function requireBase(fnName: string, base: number): void {
  if (!(base > 0) || base === 1 || !Number.isFinite(base)) {
    throw new LabError(
      `${fnName} requires base to be a positive number other than 1 (found ${base})`,
    );
  }
}

function normalised(values: readonly number[]): number[] {
  let total = 0;
  for (const value of values) total += value;
  return values.map((value) => value / total);
}

/** scipy.special.rel_entr: x·ln(x/y), 0 when x = 0, +Infinity when y = 0 < x. */
function relativeEntropy(x: number, y: number): number {
  if (x === 0) return 0;
  if (y === 0) return Number.POSITIVE_INFINITY;
  return x * Math.log(x / y);
}

/** One bin's x·ln(x/m) against the mixture m = (x + y)/2; 0 when x = 0. */
function mixtureTerm(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log((2 * x) / (x + y));
}

/**
 * Jensen-Shannon distance between two distributions given as non-negative weights over the
 * same bins, as `scipy.spatial.distance.jensenshannon(p, q, base)`: each input is normalised
 * to sum 1, natural log by default, distance = √divergence. Zero entries need no filling.
 * Rounding can make the divergence a hair below 0 for identical inputs; it is clamped to 0
 * (scipy would return NaN there). Subnormal shares stay finite, where scipy's mixture
 * underflows to 0 and returns inf.
 *
 * @param p weights of the first distribution (e.g. reference shares)
 * @param q weights of the second, same length
 * @param options `base`: log base (default e; 2 gives a distance in [0, 1])
 * @throws {LabError} on mismatched lengths, negative/non-finite weights, a side summing to 0
 * @example jensenShannon([0.5, 0.3, 0.2, 0], [0.25, 0.25, 0.25, 0.25]).distance; // 0.33228071285271976
 */
export function jensenShannon(
  p: readonly number[],
  q: readonly number[],
  options: { base?: number } = {},
): JensenShannonResult {
  requireSameLength("jensenShannon", "p", p, "q", q);
  requirePositiveSum("jensenShannon", "p", p);
  requirePositiveSum("jensenShannon", "q", q);
  if (options.base !== undefined) requireBase("jensenShannon", options.base);
  const pn = normalised(p);
  const qn = normalised(q);
  let left = 0;
  let right = 0;
  for (let i = 0; i < pn.length; i += 1) {
    const x = pn[i] as number;
    const y = qn[i] as number;
    // x·ln(x/m) with m = (x + y)/2, written as x·ln(2x/(x + y)): halving a subnormal share
    // underflows m to 0, which would make a bounded divergence infinite (as scipy's does).
    left += mixtureTerm(x, y);
    right += mixtureTerm(y, x);
  }
  let sum = left + right;
  if (options.base !== undefined) sum /= Math.log(options.base);
  const divergence = Math.max(0, sum / 2);
  return { distance: Math.sqrt(divergence), divergence };
}

/**
 * Kullback-Leibler divergence KL(p‖q) = Σ pᵢ·ln(pᵢ/qᵢ) after normalising both, as
 * `scipy.stats.entropy(p, q, base)`. Infinite when q has a zero where p does not.
 *
 * @param base log base (default e)
 * @throws {LabError} on mismatched lengths, negative/non-finite weights, a side summing to 0
 * @example klDivergence([0.5, 0.3, 0.2, 0], [0.25, 0.25, 0.25, 0.25]); // 0.3566413470553171
 */
export function klDivergence(p: readonly number[], q: readonly number[], base?: number): number {
  requireSameLength("klDivergence", "p", p, "q", q);
  requirePositiveSum("klDivergence", "p", p);
  requirePositiveSum("klDivergence", "q", q);
  if (base !== undefined) requireBase("klDivergence", base);
  const pn = normalised(p);
  const qn = normalised(q);
  let sum = 0;
  for (let i = 0; i < pn.length; i += 1) sum += relativeEntropy(pn[i] as number, qn[i] as number);
  return base === undefined ? sum : sum / Math.log(base);
}
