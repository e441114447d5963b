/**
 * The regularized incomplete beta function and its inverse, used for Clopper-Pearson
 * intervals (the quantiles of Beta distributions).
 */
import { LabError } from "../core/errors";
import { logGamma } from "./gamma-functions";

const EPSILON = 2.220446049250313e-16;
const TINY = 1e-300;

function requireShapes(fnName: string, a: number, b: number): void {
  if (!(a > 0) || !Number.isFinite(a) || !(b > 0) || !Number.isFinite(b)) {
    throw new LabError(`${fnName} requires positive finite shapes a and b (found ${a} and ${b})`);
  }
}

/** log B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Continued fraction for I_x(a, b) (modified Lentz; converges fast for x < (a+1)/(a+b+2)). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const sum = a + b;
  const plus = a + 1;
  const minus = a - 1;
  let c = 1;
  let d = 1 - (sum * x) / plus;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let fraction = d;
  for (let m = 1; m <= 100000; m += 1) {
    const twoM = 2 * m;
    // Even step of the fraction.
    let coefficient = (m * (b - m) * x) / ((minus + twoM) * (a + twoM));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    fraction *= d * c;
    // Odd step.
    coefficient = (-(a + m) * (sum + m) * x) / ((a + twoM) * (plus + twoM));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    fraction *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return fraction;
}

/** xᵃ(1−x)ᵇ / (a·B(a, b)) style front factor, without the 1/a. */
function betaFrontFactor(x: number, a: number, b: number): number {
  return Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
}

/**
 * Regularized incomplete beta function I_x(a, b), as `scipy.special.betainc(a, b, x)` and the
 * CDF of a Beta(a, b) distribution at x.
 *
 * @param x point in [0, 1]
 * @param a first shape, > 0
 * @param b second shape, > 0
 * @throws {LabError} when x is outside [0, 1] or a shape is not positive
 * @example regularizedBeta(0.5, 2, 3); // 0.6875
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  requireShapes("regularizedBeta", a, b);
  if (!(x >= 0 && x <= 1)) throw new LabError(`regularizedBeta requires x in [0, 1] (found ${x})`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  // The fraction converges quickly only on the left of the mean; use the symmetry
  // I_x(a, b) = 1 − I_{1−x}(b, a) on the right.
  if (x < (a + 1) / (a + b + 2)) {
    return (betaFrontFactor(x, a, b) * betaContinuedFraction(x, a, b)) / a;
  }
  return 1 - (betaFrontFactor(1 - x, b, a) * betaContinuedFraction(1 - x, b, a)) / b;
}

/** Beta(a, b) density at x, for Newton steps. */
function betaDensity(x: number, a: number, b: number): number {
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta(a, b));
}

/** Starting point of Numerical Recipes' `invbetai` (Abramowitz & Stegun 26.5.22 or tails). */
function initialGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const tail = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(tail));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w =
      (z * Math.sqrt(al + h)) / h -
      (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const left = Math.exp(a * Math.log(a / (a + b))) / a;
  const right = Math.exp(b * Math.log(b / (a + b))) / b;
  const total = left + right;
  if (p < left / total) return Math.pow(a * total * p, 1 / a);
  return 1 - Math.pow(b * total * (1 - p), 1 / b);
}

/**
 * Quantile of the Beta(a, b) distribution: the x with I_x(a, b) = p, as
 * `scipy.stats.beta.ppf(p, a, b)`. Safeguarded Newton iteration inside a shrinking bracket, to
 * a relative tolerance of a few ulps.
 *
 * @param p probability in [0, 1]
 * @throws {LabError} when p is outside [0, 1] or a shape is not positive
 * @example betaQuantile(0.025, 3, 8); // 0.06021506...
 */
export function betaQuantile(p: number, a: number, b: number): number {
  requireShapes("betaQuantile", a, b);
  if (!(p >= 0 && p <= 1)) throw new LabError(`betaQuantile requires p in [0, 1] (found ${p})`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  let low = 0;
  let high = 1;
  let x = Math.min(Math.max(initialGuess(p, a, b), 1e-300), 1 - EPSILON);
  for (let iteration = 0; iteration < 500; iteration += 1) {
    const error = regularizedBeta(x, a, b) - p;
    if (error === 0) return x;
    if (error < 0) low = x;
    else high = x;
    const density = betaDensity(x, a, b);
    let next = density > 0 && Number.isFinite(density) ? x - error / density : Number.NaN;
    // Fall back to bisection whenever Newton would leave the bracket.
    if (!(next > low && next < high)) next = 0.5 * (low + high);
    if (Math.abs(next - x) <= 4 * EPSILON * Math.abs(next) || high - low <= 4 * EPSILON * high) {
      return next;
    }
    x = next;
  }
  return x;
}
