/**
 * Maximum mean discrepancy (Gretton et al., 2012) between two multivariate samples, with a
 * Gaussian kernel and a permutation test: a drift test that sees the joint distribution, so it
 * notices a changed correlation that leaves every marginal, and every univariate test, unmoved.
 *
 * It serves Lesson 7 (multivariate drift).
 */

import { LabError } from "../core/errors";
import type { Rng } from "../random/rng";

/** A result of {@link mmdPermutationTest}. */
export interface MmdResult {
  /** The unbiased estimate MMD²_u of the squared discrepancy (can be slightly negative). */
  statistic: number;
  /** (1 + #permutations with a statistic ≥ the observed one) / (1 + permutations). */
  pValue: number;
  /** The Gaussian kernel's bandwidth σ used. */
  bandwidth: number;
  permutations: number;
}

function checkSample(fnName: string, sample: readonly (readonly number[])[], what: string): number {
  if (!Array.isArray(sample) || sample.length < 2)
    throw new LabError(`${fnName} requires at least 2 rows in ${what}`);
  const dimension = sample[0]?.length ?? 0;
  if (dimension === 0) throw new LabError(`${fnName} requires rows with at least one column`);
  for (const row of sample) {
    if (row.length !== dimension)
      throw new LabError(`${fnName} requires every row of ${what} to have ${dimension} columns`);
    if (!row.every(Number.isFinite))
      throw new LabError(`${fnName} requires finite values in ${what}`);
  }
  return dimension;
}

function squaredDistance(a: readonly number[], b: readonly number[]): number {
  let total = 0;
  for (let index = 0; index < a.length; index += 1) {
    const difference = a[index]! - b[index]!;
    total += difference * difference;
  }
  return total;
}

/**
 * Alibi Detect's median heuristic for the Gaussian kernel's bandwidth (`sigma_median`):
 * σ = sqrt(0.5 · median squared distance), where the median is taken as Alibi takes it, the entry
 * at index n + (n² − n)/2 − 1 of the sorted n × n matrix of squared distances of the pooled rows,
 * which is the lower median of the squared distances between distinct rows. The kernel
 * exp(−‖a − b‖² / (2σ²)) is then exp(−‖a − b‖² / median).
 *
 * @param pooled - the rows of both samples together
 * @returns the bandwidth σ (> 0)
 * @throws {LabError} when fewer than two rows are given or every row is identical
 * @example
 * medianHeuristicBandwidth([[0, 0], [3, 4], [6, 8]]); // sqrt(0.5 · 25) = 3.5355…
 */
export function medianHeuristicBandwidth(pooled: readonly (readonly number[])[]): number {
  checkSample("medianHeuristicBandwidth", pooled, "the pooled sample");
  const squared: number[] = [];
  for (let i = 0; i < pooled.length; i += 1)
    for (let j = i + 1; j < pooled.length; j += 1)
      squared.push(squaredDistance(pooled[i]!, pooled[j]!));
  squared.sort((a, b) => a - b);
  const median = squared[Math.floor((squared.length - 1) / 2)]!;
  if (!(median > 0)) throw new LabError("medianHeuristicBandwidth found every row identical");
  return Math.sqrt(0.5 * median);
}

/** MMD²_u from the pooled kernel matrix, with the first m indices of `order` as sample X. */
function unbiasedStatistic(
  kernel: Float64Array,
  size: number,
  order: Int32Array,
  m: number,
): number {
  const n = size - m;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let a = 0; a < size; a += 1) {
    const row = order[a]! * size;
    for (let b = a + 1; b < size; b += 1) {
      const value = kernel[row + order[b]!]!;
      if (b < m) xx += value;
      else if (a >= m) yy += value;
      else xy += value;
    }
  }
  // Off-diagonal sums counted once above: each appears twice in the full double sums.
  return (2 * xx) / (m * (m - 1)) + (2 * yy) / (n * (n - 1)) - (2 * xy) / (m * n);
}

/**
 * Two-sample test of equal distributions with the unbiased squared maximum mean discrepancy
 *
 *   MMD²_u = Σ_{i≠j} k(x_i, x_j) / (m(m−1)) + Σ_{i≠j} k(y_i, y_j) / (n(n−1)) − 2 Σ_{i,j} k(x_i, y_j) / (mn),
 *
 * with the Gaussian kernel k(a, b) = exp(−‖a − b‖² / (2σ²)), σ by Alibi Detect's median heuristic
 * on the pooled sample unless given. The p-value comes from `permutations` random relabellings of the
 * pooled rows: (1 + #{permuted statistic ≥ observed}) / (1 + permutations), which is a valid
 * p-value for any number of permutations.
 *
 * Cost: O((m + n)² · d) for the kernel matrix, then O((m + n)²) per permutation.
 *
 * @param reference - rows of the reference sample (each an array of d numbers)
 * @param current - rows of the current sample (same d)
 * @param options - the random generator for the permutations, their number (default 100, as Alibi Detect) and an optional fixed bandwidth
 * @returns the statistic, its permutation p-value and the bandwidth used
 * @throws {LabError} on fewer than 2 rows per side, ragged or non-finite rows, a non-positive bandwidth or a bad permutation count
 * @example
 * mmdPermutationTest(reference, current, { rng: createRng(1) }).pValue; // e.g. 0.0099
 */
export function mmdPermutationTest(
  reference: readonly (readonly number[])[],
  current: readonly (readonly number[])[],
  options: { rng: Rng; permutations?: number; bandwidth?: number },
): MmdResult {
  const fnName = "mmdPermutationTest";
  const dimension = checkSample(fnName, reference, "the reference");
  if (checkSample(fnName, current, "the current sample") !== dimension)
    throw new LabError(`${fnName} requires both samples to have the same number of columns`);
  const permutations = options.permutations ?? 100;
  if (!Number.isInteger(permutations) || permutations < 0 || permutations > 100_000)
    throw new LabError(`${fnName} requires 0 to 100000 permutations (got ${permutations})`);
  const pooled = [...reference, ...current];
  const bandwidth = options.bandwidth ?? medianHeuristicBandwidth(pooled);
  if (!(bandwidth > 0) || !Number.isFinite(bandwidth))
    throw new LabError(`${fnName} requires a positive finite bandwidth (got ${bandwidth})`);
  const size = pooled.length;
  const kernel = new Float64Array(size * size);
  const scale = 1 / (2 * bandwidth * bandwidth);
  for (let i = 0; i < size; i += 1) {
    kernel[i * size + i] = 1;
    for (let j = i + 1; j < size; j += 1) {
      const value = Math.exp(-squaredDistance(pooled[i]!, pooled[j]!) * scale);
      kernel[i * size + j] = value;
      kernel[j * size + i] = value;
    }
  }
  const m = reference.length;
  const order = Int32Array.from({ length: size }, (_, index) => index);
  const statistic = unbiasedStatistic(kernel, size, order, m);
  let atLeast = 0;
  const shuffled = Array.from(order);
  for (let run = 0; run < permutations; run += 1) {
    options.rng.shuffle(shuffled);
    if (unbiasedStatistic(kernel, size, Int32Array.from(shuffled), m) >= statistic) atLeast += 1;
  }
  return { statistic, pValue: (1 + atLeast) / (1 + permutations), bandwidth, permutations };
}
