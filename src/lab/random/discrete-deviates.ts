/**
 * Poisson and binomial deviates from a uniform source, used by {@link Rng.poisson} and
 * {@link Rng.binomial}. Both use W. Hörmann's transformed rejection with squeeze (PTRS and
 * BTRS, 1993), the methods numpy (Poisson) and TensorFlow/JAX (binomial) use for large means,
 * and exact simple methods for small means.
 */
import { LabError } from "../core/errors";
import { logGamma } from "../special/gamma-functions";

/** Anything that produces uniforms on [0, 1). */
export interface UniformSource {
  uniform(): number;
}

/**
 * A Poisson(λ) deviate: Knuth's multiplication method for λ < 10, PTRS (Hörmann 1993, as in
 * numpy's `random_poisson_ptrs`) for λ ≥ 10. Expected O(1) uniforms for any λ.
 *
 * @param lambda mean number of events, finite and ≥ 0
 * @throws {LabError} when λ is negative or not finite
 * @example poissonDeviate(createRng(1), 3.5); // a count such as 4
 */
export function poissonDeviate(source: UniformSource, lambda: number): number {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) {
    throw new LabError(
      `poisson requires lambda to be a non-negative finite number (found ${lambda})`,
    );
  }
  if (lambda === 0) return 0;
  if (lambda < 10) {
    const limit = Math.exp(-lambda);
    let count = -1;
    let product = 1;
    do {
      count += 1;
      product *= source.uniform();
    } while (product > limit);
    return count;
  }
  const rootLambda = Math.sqrt(lambda);
  const logLambda = Math.log(lambda);
  const b = 0.931 + 2.53 * rootLambda;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const acceptLimit = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = source.uniform() - 0.5;
    const v = source.uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
    // Squeeze: most draws are accepted here without any logarithm.
    if (us >= 0.07 && v <= acceptLimit) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const logAcceptance = Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b);
    if (logAcceptance <= -lambda + k * logLambda - logGamma(k + 1)) return k;
  }
}

/**
 * A Binomial(n, p) deviate: sequential inversion when n·min(p, 1−p) < 10, BTRS (Hörmann 1993)
 * otherwise; p > 0.5 uses the mirror n − Binomial(n, 1 − p).
 *
 * @param n number of trials, a non-negative integer
 * @param p success probability in [0, 1]
 * @throws {LabError} when n is not a non-negative integer or p is outside [0, 1]
 * @example binomialDeviate(createRng(1), 100, 0.3); // about 30
 */
export function binomialDeviate(source: UniformSource, n: number, p: number): number {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new LabError(`binomial requires n to be an integer >= 0 (found ${n})`);
  }
  if (!(p >= 0 && p <= 1)) throw new LabError(`binomial requires p in [0, 1] (found ${p})`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - binomialDeviate(source, n, 1 - p);
  if (n * p < 10) return binomialInversion(source, n, p);
  return binomialBtrs(source, n, p);
}

function binomialInversion(source: UniformSource, n: number, p: number): number {
  const q = 1 - p;
  const ratio = p / q;
  const scaled = (n + 1) * ratio;
  const start = Math.pow(q, n);
  for (;;) {
    let probability = start;
    let u = source.uniform();
    let count = 0;
    // Walk up the pmf, P(k) = P(k−1)·((n+1)/k − 1)·p/q, until the uniform is used up.
    while (u > probability && count <= n) {
      u -= probability;
      count += 1;
      probability *= scaled / count - ratio;
    }
    if (count <= n) return count;
  }
}

function binomialBtrs(source: UniformSource, n: number, p: number): number {
  const q = 1 - p;
  const spread = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spread;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const acceptLimit = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spread;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((n + 1) * p);
  const logModeTerm = logGamma(mode + 1) + logGamma(n - mode + 1);
  for (;;) {
    const u = source.uniform() - 0.5;
    let v = source.uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= acceptLimit) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    const logRatio = logModeTerm - logGamma(k + 1) - logGamma(n - k + 1) + (k - mode) * logOdds;
    if (v <= logRatio) return k;
  }
}
