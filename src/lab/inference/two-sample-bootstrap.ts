/**
 * Percentile bootstrap lower bound for a difference of means of two independent samples, the
 * unpaired quality check of the release gate (Lesson 9).
 */
import { quantile } from "../core/descriptive";
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";
import type { Rng } from "../random/rng";

/** Options of `differenceOfMeansLowerBound`. */
export interface TwoSampleBootstrapOptions {
  /** number of bootstrap resamples (e.g. 1000) */
  resamples: number;
  /** ONE-SIDED confidence of the lower bound, e.g. 0.95 → 5th percentile */
  confidence: number;
  rng: Rng;
}

/** Draws one bootstrap resample's mean; 0/1 samples take a binomial shortcut. */
function resampler(values: readonly number[], rng: Rng): () => number {
  const size = values.length;
  let ones = 0;
  const binary = values.every((value) => {
    if (value === 1) ones += 1;
    return value === 0 || value === 1;
  });
  // Resampling n items with replacement from a 0/1 sample with k ones draws Binomial(n, k/n) ones:
  // the same bootstrap distribution at O(1) cost per resample instead of O(n).
  if (binary) return () => rng.binomial(size, ones / size) / size;
  return () => {
    let sum = 0;
    for (let draw = 0; draw < size; draw += 1) sum += values[rng.int(size)] ?? NaN;
    return sum / size;
  };
}

/**
 * One-sided percentile-bootstrap lower bound of mean(treated) − mean(control) for two independent
 * samples: each resample draws both arms with replacement at their own sizes, and the bound is the
 * (1 − confidence) quantile (numpy type 7) of the resampled differences. For 0/1 scores a
 * resample's count of ones is drawn directly from its binomial distribution (same distribution,
 * much faster).
 *
 * @param treated candidate scores per item
 * @param control baseline scores per item
 * @param options resamples, one-sided confidence and the Rng
 * @returns the lower bound, in the units of the scores
 * @throws LabError when a sample is empty or not finite, resamples < 1, or confidence ∉ (0, 1)
 * @example
 * differenceOfMeansLowerBound([1, 1, 0, 1], [1, 0, 0, 1], { resamples: 1000, confidence: 0.95, rng: createRng(1) });
 */
export function differenceOfMeansLowerBound(
  treated: readonly number[],
  control: readonly number[],
  options: TwoSampleBootstrapOptions,
): number {
  const fnName = "differenceOfMeansLowerBound";
  requireNonEmpty(fnName, "treated", treated);
  requireNonEmpty(fnName, "control", control);
  requireFinite(fnName, "treated", treated);
  requireFinite(fnName, "control", control);
  const { resamples, confidence, rng } = options;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new LabError(`${fnName} requires resamples to be a positive integer (got ${resamples})`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new LabError(`${fnName} requires confidence in (0, 1) (got ${confidence})`);
  }
  const treatedMean = resampler(treated, rng);
  const controlMean = resampler(control, rng);
  const differences = new Float64Array(resamples);
  for (let resample = 0; resample < resamples; resample += 1) {
    differences[resample] = treatedMean() - controlMean();
  }
  return quantile(differences, 1 - confidence);
}
