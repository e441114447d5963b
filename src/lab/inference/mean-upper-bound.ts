/**
 * One-sided upper confidence bounds for the mean of a positive, right-skewed quantity such as the
 * cost of a request (Lesson 9, the cost check).
 */
import { bootstrapInterval } from "./bootstrap";
import { mean, variance } from "../core/descriptive";
import { LabError, requireFinite, requireNonEmpty, requireProbability } from "../core/errors";
import { normalQuantile } from "../special/normal-distribution";
import type { Rng } from "../random/rng";

/**
 * Cox's log-scale upper bound for the mean of a log-normal sample (Land 1972; Zhou and Gao 1997):
 * with ℓ = ln x, mean ℓ̄ and variance s² (ddof 1),
 * U = exp(ℓ̄ + s²/2 + z_c · sqrt(s²/n + s⁴/(2(n − 1)))), since the log of the log-normal mean is
 * μ + σ²/2 and that estimate has this standard error. Right-skewed costs are close to
 * log-normal; when the tail is heavier than log-normal the bound under-covers.
 *
 * @param values positive finite values (costs per request), at least two
 * @param confidence the one-sided confidence, in (0, 1) (default 0.95)
 * @returns the upper bound, in the units of the values
 * @throws {LabError} when fewer than two values are given, or one is not finite and positive
 * @example
 * logNormalMeanUpperBound([0.0012, 0.0021, 0.0018, 0.0035, 0.0016], 0.95); // 0.0028022
 */
export function logNormalMeanUpperBound(values: ArrayLike<number>, confidence = 0.95): number {
  const fnName = "logNormalMeanUpperBound";
  requireFinite(fnName, "values", values);
  requireProbability(fnName, "confidence", confidence);
  if (values.length < 2) throw new LabError(`${fnName} requires at least two values`);
  const logs = new Float64Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    if (!(value > 0)) {
      throw new LabError(`${fnName} requires positive values (found ${value} at index ${index})`);
    }
    logs[index] = Math.log(value);
  }
  const n = values.length;
  const logMean = mean(logs);
  const logVariance = variance(logs, 1);
  const standardError = Math.sqrt(logVariance / n + (logVariance * logVariance) / (2 * (n - 1)));
  return Math.exp(logMean + logVariance / 2 + normalQuantile(confidence) * standardError);
}

/** Options of {@link bootstrapMeanUpperBound}. */
export interface MeanUpperBoundOptions {
  /** the one-sided confidence, in (0.5, 1) (default 0.95) */
  confidence?: number;
  /** bootstrap resamples (default 1000) */
  resamples?: number;
  /** seeded stream for the resamples */
  rng: Rng;
}

/**
 * Percentile-bootstrap one-sided upper bound for a mean: the `confidence` quantile (type 7) of
 * the means of `resamples` resamples, i.e. the upper end of a two-sided interval at level
 * 2·confidence − 1. It assumes nothing about the shape, but with a heavy right tail and few
 * values the resamples rarely contain the rare large values, and the bound under-covers.
 *
 * O(resamples · n).
 *
 * @param values finite values (costs per request), at least one
 * @param options confidence, resamples and the Rng
 * @returns the upper bound, in the units of the values
 * @throws {LabError} when values is empty or not finite, or confidence ∉ (0.5, 1)
 * @example
 * bootstrapMeanUpperBound(costs, { rng: createRng(1) }); // a little above mean(costs)
 */
export function bootstrapMeanUpperBound(
  values: ArrayLike<number>,
  options: MeanUpperBoundOptions,
): number {
  const fnName = "bootstrapMeanUpperBound";
  requireNonEmpty(fnName, "values", values);
  requireFinite(fnName, "values", values);
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0.5 && confidence < 1)) {
    throw new LabError(`${fnName} requires a one-sided confidence in (0.5, 1) (got ${confidence})`);
  }
  return bootstrapInterval(values, mean, {
    resamples: options.resamples ?? 1000,
    confidence: 2 * confidence - 1,
    rng: options.rng,
  }).upper;
}
