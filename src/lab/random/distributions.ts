/**
 * Vectorised sampling helpers over a seeded {@link Rng}: the raw material of every simulated
 * feature, drift scenario and exercise variant.
 */
import { LabError, requireInteger } from "../core/errors";
import type { Rng } from "./rng";

function requireCount(fnName: string, n: number): void {
  requireInteger(fnName, "n", n, 0);
}

/**
 * n draws from Normal(mean, sd).
 *
 * @throws {LabError} when n is not a non-negative integer or sd is negative/non-finite
 * @example sampleNormal(createRng(1), 1000, 50, 10); // Float64Array of 1000 values around 50
 */
export function sampleNormal(rng: Rng, n: number, mean = 0, sd = 1): Float64Array {
  requireCount("sampleNormal", n);
  return rng.normals(n, mean, sd);
}

/**
 * n draws from a lognormal distribution: exp(Normal(mu, sigma)).
 *
 * @throws {LabError} when n is invalid or sigma is negative
 * @example sampleLognormal(createRng(1), 100, 0, 0.5); // skewed positive values (latencies)
 */
export function sampleLognormal(rng: Rng, n: number, mu = 0, sigma = 1): Float64Array {
  requireCount("sampleLognormal", n);
  if (!(sigma >= 0) || !Number.isFinite(sigma)) {
    throw new LabError(
      `sampleLognormal requires sigma to be a non-negative finite number (found ${sigma})`,
    );
  }
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) result[i] = rng.lognormal(mu, sigma);
  return result;
}

/**
 * n draws from Exponential(rate) (mean 1/rate).
 *
 * @throws {LabError} when n is invalid or rate ≤ 0
 * @example sampleExponential(createRng(1), 100, 2); // waiting times with mean 0.5
 */
export function sampleExponential(rng: Rng, n: number, rate = 1): Float64Array {
  requireCount("sampleExponential", n);
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) result[i] = rng.exponential(rate);
  return result;
}

/**
 * n draws from Poisson(lambda).
 *
 * @throws {LabError} when n is invalid or lambda is negative
 * @example samplePoisson(createRng(1), 100, 4); // counts around 4
 */
export function samplePoisson(rng: Rng, n: number, lambda: number): Float64Array {
  requireCount("samplePoisson", n);
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) result[i] = rng.poisson(lambda);
  return result;
}

/**
 * n draws from Binomial(trials, p).
 *
 * @throws {LabError} when n or trials is invalid or p is outside [0, 1]
 * @example sampleBinomial(createRng(1), 100, 20, 0.1); // successes out of 20
 */
export function sampleBinomial(rng: Rng, n: number, trials: number, p: number): Float64Array {
  requireCount("sampleBinomial", n);
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) result[i] = rng.binomial(trials, p);
  return result;
}

/**
 * n category labels drawn with probabilities proportional to `weights`.
 *
 * @throws {LabError} when n is invalid, categories and weights differ in length, or the
 *   weights are negative or sum to 0
 * @example sampleCategorical(createRng(1), 5, ["web", "ios"], [3, 1]); // e.g. ["web","web","ios","web","web"]
 */
export function sampleCategorical(
  rng: Rng,
  n: number,
  categories: readonly string[],
  weights: readonly number[],
): string[] {
  requireCount("sampleCategorical", n);
  if (categories.length === 0)
    throw new LabError("sampleCategorical requires at least one value in categories");
  if (categories.length !== weights.length) {
    throw new LabError(
      `sampleCategorical requires categories and weights of equal length (found ${categories.length} and ${weights.length})`,
    );
  }
  // Cumulative weights once, then a binary search per draw: O(n log k).
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new LabError(
        `sampleCategorical requires non-negative finite weights (found ${weight})`,
      );
    }
    total += weight;
    cumulative.push(total);
  }
  if (!(total > 0))
    throw new LabError("sampleCategorical requires weights to sum to a positive number");
  const result: string[] = new Array<string>(n);
  for (let i = 0; i < n; i += 1) {
    const target = rng.uniform() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    result[i] = categories[low] as string;
  }
  return result;
}

/**
 * n draws from a mixture: each draw picks a component with probability proportional to its
 * weight, then calls that component's sampler.
 *
 * @throws {LabError} when n is invalid, there are no components, or the weights are negative
 *   or sum to 0
 * @example sampleMixture(rng, 1000, [{ weight: 0.9, sample: (r) => r.normal(0, 1) }, { weight: 0.1, sample: (r) => r.normal(8, 1) }]);
 */
export function sampleMixture(
  rng: Rng,
  n: number,
  components: readonly { weight: number; sample: (rng: Rng) => number }[],
): Float64Array {
  requireCount("sampleMixture", n);
  if (components.length === 0)
    throw new LabError("sampleMixture requires at least one value in components");
  const weights = components.map((component) => component.weight);
  let total = 0;
  for (const weight of weights) {
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new LabError(`sampleMixture requires non-negative finite weights (found ${weight})`);
    }
    total += weight;
  }
  if (!(total > 0))
    throw new LabError("sampleMixture requires weights to sum to a positive number");
  const result = new Float64Array(n);
  for (let i = 0; i < n; i += 1) result[i] = rng.choice(components, weights).sample(rng);
  return result;
}
