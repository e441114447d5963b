/**
 * Normal-mixture confidence sequences (Robbins 1970; Howard et al. 2021): intervals for a mean that
 * stay valid however often the data are looked at, the fix for peeking in canary analysis
 * (Lesson 9).
 */
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";

/**
 * Options of the normal-mixture confidence sequence. The mixture parameter ρ (in units of
 * σ² × observations) sets the time where the sequence is tightest; give `rho` directly or let
 * `optimizedAt` (default 100 observations) choose it.
 */
export interface ConfidenceSequenceOptions {
  /** known standard deviation σ of one observation (default 1) */
  standardDeviation?: number;
  /** error level α: the sequence covers the mean at all times with probability ≥ 1 − α (default 0.05) */
  alpha?: number;
  rho?: number;
  optimizedAt?: number;
}

function resolveOptions(fnName: string, options: ConfidenceSequenceOptions) {
  const standardDeviation = options.standardDeviation ?? 1;
  const alpha = options.alpha ?? 0.05;
  if (!(standardDeviation > 0) || !Number.isFinite(standardDeviation)) {
    throw new LabError(
      `${fnName} requires a positive finite standardDeviation (got ${standardDeviation})`,
    );
  }
  if (!(alpha > 0 && alpha < 1))
    throw new LabError(`${fnName} requires alpha in (0, 1) (got ${alpha})`);
  const rho = options.rho ?? mixtureRho(options.optimizedAt ?? 100, standardDeviation, alpha);
  if (!(rho > 0) || !Number.isFinite(rho)) {
    throw new LabError(`${fnName} requires a positive finite rho (got ${rho})`);
  }
  return { standardDeviation, alpha, rho };
}

/**
 * The mixture parameter ρ that makes the normal-mixture boundary narrowest after `optimizedAt`
 * observations. With m = σ²·optimizedAt, the width (m + ρ)·ln((m + ρ)/(ρ·α²)) is smallest when
 * u = m/ρ solves u = 2·ln(1/α) + ln(1 + u) (solved here by fixed-point iteration).
 *
 * @param optimizedAt number of observations where the sequence should be tightest
 * @param standardDeviation σ of one observation
 * @param alpha error level
 * @returns ρ in units of σ² × observations
 * @throws LabError when optimizedAt is not positive or alpha ∉ (0, 1)
 * @example
 * mixtureRho(100, 1, 0.05); // ≈ 12.18 (u ≈ 8.21)
 */
export function mixtureRho(optimizedAt: number, standardDeviation: number, alpha: number): number {
  if (!(optimizedAt > 0) || !Number.isFinite(optimizedAt)) {
    throw new LabError(`mixtureRho requires a positive optimizedAt (got ${optimizedAt})`);
  }
  if (!(alpha > 0 && alpha < 1))
    throw new LabError(`mixtureRho requires alpha in (0, 1) (got ${alpha})`);
  const base = 2 * Math.log(1 / alpha);
  let ratio = base;
  // The map u → base + ln(1 + u) is a contraction (slope < 1/2 for u > 1): 60 steps reach 1e-15.
  for (let step = 0; step < 60; step += 1) ratio = base + Math.log1p(ratio);
  return (standardDeviation * standardDeviation * optimizedAt) / ratio;
}

/**
 * Radius of the two-sided normal-mixture confidence sequence (Robbins 1970; Howard et al. 2021)
 * for the mean of i.i.d. N(μ, σ²) observations with known σ, after `samples` observations:
 * with V = samples·σ², the running mean is within sqrt((V + ρ)·ln((V + ρ)/(ρ·α²))) / samples of μ
 * at every time simultaneously with probability ≥ 1 − α (Ville's inequality applied to the
 * Gaussian-mixture martingale). Unlike a fixed-sample interval it stays valid under peeking.
 *
 * @param samples number of observations so far (≥ 1)
 * @param options σ, α and ρ (or optimizedAt)
 * @returns half-width around the running mean, in the units of the observations
 * @throws LabError when samples < 1 or options are out of range
 * @example
 * normalMixtureRadius(100, { optimizedAt: 100 }); // ≈ 0.3035, wider than the fixed 1.96/10 = 0.196
 */
export function normalMixtureRadius(
  samples: number,
  options: ConfidenceSequenceOptions = {},
): number {
  if (!(samples >= 1) || !Number.isFinite(samples)) {
    throw new LabError(`normalMixtureRadius requires samples ≥ 1 (got ${samples})`);
  }
  const { standardDeviation, alpha, rho } = resolveOptions("normalMixtureRadius", options);
  const intrinsicTime = samples * standardDeviation * standardDeviation;
  const width = (intrinsicTime + rho) * Math.log((intrinsicTime + rho) / (rho * alpha * alpha));
  return Math.sqrt(width) / samples;
}

/**
 * The normal-mixture confidence sequence along a stream: after each observation, the running
 * mean and its always-valid lower and upper bounds (see `normalMixtureRadius`).
 *
 * @param values observations in time order
 * @param options σ, α and ρ (or optimizedAt)
 * @returns running mean, lower and upper bounds, one entry per observation
 * @throws LabError when values are empty or not finite, or options are out of range
 * @example
 * confidenceSequence(createRng(1).normals(500, 0.3)).lower.at(-1); // > 0 most of the time
 */
export function confidenceSequence(
  values: ArrayLike<number>,
  options: ConfidenceSequenceOptions = {},
): { mean: number[]; lower: number[]; upper: number[] } {
  requireNonEmpty("confidenceSequence", "values", values);
  requireFinite("confidenceSequence", "values", values);
  const resolved = resolveOptions("confidenceSequence", options);
  const result = { mean: [] as number[], lower: [] as number[], upper: [] as number[] };
  let sum = 0;
  for (let index = 0; index < values.length; index += 1) {
    sum += values[index] ?? NaN;
    const samples = index + 1;
    const runningMean = sum / samples;
    const radius = normalMixtureRadius(samples, resolved);
    result.mean.push(runningMean);
    result.lower.push(runningMean - radius);
    result.upper.push(runningMean + radius);
  }
  return result;
}
