/**
 * Hodges-Lehmann shift estimate and its confidence interval as Kayenta's `MannWhitney` class
 * computes them (spinnaker/kayenta, kayenta-mannwhitney, a port of R's
 * `wilcox.test(experiment, control, conf.int = TRUE, correct = TRUE)` normal-approximation
 * branch).
 */
import { LabError, requireFinite, requireNonEmpty, requireProbability } from "../core/errors";
import { normalQuantile } from "../special/normal-distribution";
import { rankSumAndTies } from "./rank-sums";
import { copyToFloat64, sortFloat64InPlace } from "../core/sorting";

/** Result of {@link hodgesLehmann}. */
export interface HodgesLehmannResult {
  /** Median of all pairwise differences experiment − control. */
  estimate: number;
  /** Lower end of the confidence interval for the shift. */
  lower: number;
  /** Upper end of the confidence interval for the shift. */
  upper: number;
}

const MAX_PAIRS = 20_000_000;

/** Σ(t³ − t) over tied blocks of one sorted sample. */
function tieTermOf(sorted: Float64Array): number {
  let term = 0;
  let start = 0;
  for (let i = 1; i <= sorted.length; i += 1) {
    if (i === sorted.length || sorted[i] !== sorted[start]) {
      const size = i - start;
      term += size * size * size - size;
      start = i;
    }
  }
  return term;
}

/**
 * Kayenta's `wilcoxonDiff(mu, zq)`: the continuity-corrected Wilcoxon z of (experiment − mu)
 * against control, minus zq, with ranks (and ties) recomputed at this exact mu.
 */
function wilcoxonDifference(
  experiment: Float64Array,
  control: Float64Array,
  mu: number,
  zq: number,
): number {
  const m = experiment.length;
  const n = control.length;
  const shifted = sortFloat64InPlace(experiment.map((value) => value - mu));
  const { rankSum, tieTerm } = rankSumAndTies(shifted, control);
  const dz = rankSum - (m * (m + 1)) / 2 - (m * n) / 2;
  const sigma = Math.sqrt(((m * n) / 12) * (m + n + 1 - tieTerm / ((m + n) * (m + n - 1))));
  if (sigma === 0) {
    throw new LabError("hodgesLehmann requires observations that are not all tied");
  }
  return (dz - Math.sign(dz) * 0.5) / sigma - zq;
}

/**
 * The point where Kayenta's root finder lands for target zq. Between two consecutive distinct
 * pairwise differences the rank sum is constant (U = number of differences above mu), so the
 * step function only changes sign at a pairwise difference: that difference is returned
 * exactly (Kayenta's Brent solver returns it to within 1e-6). If the function is exactly 0 on
 * a whole gap, the middle of the gap is returned.
 */
function rootOf(
  experiment: Float64Array,
  control: Float64Array,
  differences: Float64Array,
  sigma: number,
  zq: number,
): number {
  const total = differences.length;
  const lowest = differences[0] as number;
  const highest = differences[total - 1] as number;
  if (wilcoxonDifference(experiment, control, lowest, zq) <= 0) return lowest;
  if (wilcoxonDifference(experiment, control, highest, zq) >= 0) return highest;
  let index = 0;
  while (index < total) {
    const value = differences[index] as number;
    let end = index;
    while (end < total && differences[end] === value) end += 1;
    if (end >= total) break;
    const dz = total - end - total / 2;
    const gap = (dz - Math.sign(dz) * 0.5) / sigma - zq;
    if (gap < 0) return value;
    if (gap === 0) return (value + (differences[end] as number)) / 2;
    index = end;
  }
  return highest;
}

/**
 * Hodges-Lehmann estimate of the shift experiment − control with Kayenta's confidence
 * interval.
 *
 * - estimate: median of all n_e·n_c pairwise differences eᵢ − cⱼ;
 * - interval: with z = Φ⁻¹(1 − α/2), the bounds are the shifts mu where the
 *   continuity-corrected Wilcoxon statistic of (experiment − mu) versus control equals +z
 *   (lower) and −z (upper), σ including the tie correction. These are order statistics of the
 *   pairwise differences chosen by the normal approximation (no exact Wilcoxon quantiles),
 *   which is what Kayenta and R's `wilcox.test(..., exact = FALSE, correct = TRUE)` compute.
 *   If the statistic is already beyond z at the smallest (largest) difference, that extreme
 *   difference is the bound, as in Kayenta.
 * O(N log N) for N = n_e·n_c pairs (at most 2·10^7).
 *
 * @param control baseline sample
 * @param experiment canary sample
 * @param confidence level in (0, 1), Kayenta's default 0.98
 * @throws {LabError} on empty samples, non-finite values, too many pairs, or all values tied
 * @example
 * hodgesLehmann([100, 102, 98, 101, 99, 103, 100, 97, 102, 101],
 *               [110, 112, 108, 115, 109, 111, 113, 110, 114, 112]);
 * // { estimate: 11, lower: 8, upper: 14 }
 */
export function hodgesLehmann(
  control: ArrayLike<number>,
  experiment: ArrayLike<number>,
  confidence = 0.98,
): HodgesLehmannResult {
  requireNonEmpty("hodgesLehmann", "control", control);
  requireNonEmpty("hodgesLehmann", "experiment", experiment);
  requireFinite("hodgesLehmann", "control", control);
  requireFinite("hodgesLehmann", "experiment", experiment);
  requireProbability("hodgesLehmann", "confidence", confidence);
  const m = experiment.length;
  const n = control.length;
  if (m * n > MAX_PAIRS) {
    throw new LabError(`hodgesLehmann requires at most ${MAX_PAIRS} pairs (found ${m * n})`);
  }
  const sortedExperiment = sortFloat64InPlace(copyToFloat64(experiment));
  const sortedControl = sortFloat64InPlace(copyToFloat64(control));
  const differences = new Float64Array(m * n);
  for (let i = 0; i < m; i += 1) {
    for (let j = 0; j < n; j += 1) {
      differences[i * n + j] = (sortedExperiment[i] as number) - (sortedControl[j] as number);
    }
  }
  sortFloat64InPlace(differences);
  const total = differences.length;
  const half = total >>> 1;
  const estimate =
    total % 2 === 1
      ? (differences[half] as number)
      : ((differences[half - 1] as number) + (differences[half] as number)) / 2;
  // Between pairwise differences no experiment value ties a control value: only the ties
  // inside each sample remain in σ.
  const tieTerm = tieTermOf(sortedExperiment) + tieTermOf(sortedControl);
  const sigma = Math.sqrt(((m * n) / 12) * (m + n + 1 - tieTerm / ((m + n) * (m + n - 1))));
  if (sigma === 0) throw new LabError("hodgesLehmann requires observations that are not all tied");
  const z = -normalQuantile((1 - confidence) / 2);
  return {
    estimate,
    lower: rootOf(sortedExperiment, sortedControl, differences, sigma, z),
    upper: rootOf(sortedExperiment, sortedControl, differences, sigma, -z),
  };
}
