/**
 * Survival function of the one-sided Kolmogorov-Smirnov statistic Dₙ⁺, ported from scipy's
 * `xsf/cephes/kolmogorov.h` (`_smirnov`, van Mulbregt 2018): same special cases, same choice
 * between the lower and upper sums, same early stop. As in xsf, the bases (x + v/n) and
 * (1 − x − v/n) and the binomial coefficients are carried in double-double and the powers are
 * kept as mantissa and exponent; unlike xsf, the (positive) terms are added with Neumaier
 * compensation in doubles. Agreement with `scipy.special.smirnov` is about 1e-13 relative.
 *
 * P(Dₙ⁺ ≥ x) = Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) · x · (x + v/n)^(v−1) · (1 − x − v/n)^(n−v).
 * Cost: up to n(1 − x) terms, about 1 µs each (Math.pow dominates), so 0.5 s at n = 5·10^5.
 */
import * as dd from "./double-double";
import type { DoubleDouble } from "./double-double";

const MINLOG = -7.451332191019412076235e2;
const MAX_EXPONENT = 960;
const MAX_COMPUTE_N = 1000000;
const UPPER_MAX_TERMS = 3;
const UPPERSUM_MIN_N = 10;
const EPSILON = 2.220446049250313e-16;

/** (hi + lo)^m for a double-double base, trading a little accuracy for speed as xsf does. */
function powerDD(base: DoubleDouble, m: number): DoubleDouble {
  if (m <= 0) return m === 0 ? dd.fromNumber(1) : dd.divide(1, powerDD(base, -m));
  if (base.hi === 0) return dd.fromNumber(0);
  const answer = Math.pow(base.hi, m);
  const ratio = base.lo / base.hi;
  let adjustment = m * ratio;
  if (Math.abs(adjustment) > 1e-8) {
    adjustment =
      Math.abs(adjustment) < 1e-4
        ? adjustment + m * ratio * (((m - 1) / 2) * ratio)
        : Math.expm1(m * Math.log1p(ratio));
  }
  return dd.add(dd.fromNumber(answer), answer * adjustment);
}

// Allocation-free double-double helpers for the hot loop: results land in these variables.
let quotientHigh = 0;
let quotientLow = 0;
let sumHigh = 0;
let sumLow = 0;

/** numerator/denominator of two doubles as a double-double (quotientHigh + quotientLow). */
function divideInto(numerator: number, denominator: number): void {
  const first = numerator / denominator;
  const product = first * denominator;
  const remainder = numerator - product - dd.twoProductError(first, denominator, product);
  const second = remainder / denominator;
  quotientHigh = first + second;
  quotientLow = second - (quotientHigh - first);
}

/** (high + low) + value as a double-double (sumHigh + sumLow). */
function addInto(high: number, low: number, value: number): void {
  const sum = high + value;
  const virtual = sum - high;
  const error = high - (sum - virtual) + (value - virtual) + low;
  sumHigh = sum + error;
  sumLow = error - (sumHigh - sum);
}

// powerScaledInto and frexpInto write their results here, so the hot loop allocates nothing.
let powerMantissa = 1;
let powerExponent = 0;
let frexpMantissa = 0;
let frexpExponent = 0;
const scratchFloat = new Float64Array(1);
const scratchWords = new Uint32Array(scratchFloat.buffer);
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** C's frexp for a finite double, into frexpMantissa (0.5 ≤ |m| < 1) and frexpExponent. */
function frexpInto(x: number): void {
  scratchFloat[0] = x;
  const high = scratchWords[HIGH_WORD] as number;
  const biased = (high >>> 20) & 0x7ff;
  if (biased === 0) {
    if (x === 0) {
      frexpMantissa = 0;
      frexpExponent = 0;
      return;
    }
    // Subnormal: scale into the normal range first.
    frexpInto(x * 2 ** 64);
    frexpExponent -= 64;
    return;
  }
  scratchWords[HIGH_WORD] = ((high & 0x800fffff) | (1022 << 20)) >>> 0;
  frexpMantissa = scratchFloat[0] as number;
  frexpExponent = biased - 1022;
}

/**
 * (hi + lo)^m as powerMantissa · 2^powerExponent, never overflowing or underflowing: the
 * mantissa is raised in chunks whose results stay above 2^−960 (the role of xsf's
 * `pow2Scaled_D`), and the low word enters through (1 + lo/hi)^m as in xsf's `pow_D`.
 */
function powerScaledInto(hi: number, lo: number, m: number): void {
  if (m === 0) {
    powerMantissa = 1;
    powerExponent = 0;
    return;
  }
  const ratio = lo / hi;
  let adjustment = m * ratio;
  if (Math.abs(adjustment) > 1e-8) {
    adjustment =
      Math.abs(adjustment) < 1e-4
        ? adjustment + m * ratio * (((m - 1) / 2) * ratio)
        : Math.expm1(m * Math.log1p(ratio));
  }
  frexpInto(hi);
  const baseMantissa = frexpMantissa;
  let exponent = m * frexpExponent;
  const log2Base = Math.log2(baseMantissa);
  let mantissa: number;
  if (m * log2Base > -MAX_EXPONENT) {
    mantissa = Math.pow(baseMantissa, m);
  } else {
    const chunk = Math.max(1, Math.floor(-MAX_EXPONENT / log2Base));
    const quotient = Math.floor(m / chunk);
    const remainder = m - quotient * chunk;
    frexpInto(Math.pow(baseMantissa, chunk));
    const chunkExponent = frexpExponent;
    powerScaledInto(frexpMantissa, 0, quotient);
    mantissa = Math.pow(baseMantissa, remainder) * powerMantissa;
    exponent += chunkExponent * quotient + powerExponent;
  }
  frexpInto(mantissa + mantissa * adjustment);
  powerMantissa = frexpMantissa;
  powerExponent = exponent + frexpExponent;
}

/** ((a + b)/(c + d))^m in double-double (xsf `pow4_D`). */
function powerOfRatio(a: number, b: number, c: number, d: number, m: number): DoubleDouble {
  if (m <= 0) return m === 0 ? dd.fromNumber(1) : powerOfRatio(c, d, a, b, -m);
  const numerator = dd.add(dd.fromNumber(a), b);
  const denominator = dd.add(dd.fromNumber(c), d);
  if (numerator.hi === 0) return dd.fromNumber(denominator.hi === 0 ? Number.NaN : 0);
  if (denominator.hi === 0) return dd.fromNumber(numerator.hi < 0 ? -Infinity : Infinity);
  return powerDD(dd.divide(numerator, denominator), m);
}

/**
 * P(Dₙ⁺ ≥ x), the survival function of the one-sided KS statistic for sample size n
 * (`scipy.special.smirnov`). Internal helper of the two-sided distribution.
 *
 * @param n sample size, integer ≥ 1
 * @param x deviation in [0, 1]
 * @example smirnovSurvival(4, 0.5); // 0.09375
 */
export function smirnovSurvival(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  // floor(n·x) and its remainder computed exactly in double-double.
  const nxD = dd.multiply(dd.fromNumber(x), n);
  const nxFloorD = dd.floor(nxD);
  let alpha = dd.subtract(nxD, nxFloorD).hi;
  let nxFloor = Math.trunc(dd.toNumber(nxFloorD));
  if (alpha === 1) {
    nxFloor += 1;
    alpha = 0;
  }
  let lowerLast = n - nxFloor - (alpha === 0 ? 0 : 1);
  let upperFirst = n - nxFloor;
  if (alpha === 0) {
    lowerLast -= 1;
    upperFirst += 1;
  }

  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    const t = dd.toNumber(powerDD(dd.add(dd.fromNumber(1), x), n - 1));
    return clamp(1 - x * t);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  if (nxFloor >= n - 1) return clamp(dd.toNumber(powerDD(dd.add(dd.fromNumber(1), -x), n)));
  if (n > MAX_COMPUTE_N) {
    const logP = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    // Approximation p ≈ e^(−(6nx+1)²/18n), written to keep small p-values precise.
    return clamp(logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP));
  }
  const upperTerms = n - upperFirst + 1;
  const useUpperSum =
    (upperTerms <= 1 && x < 0.5) ||
    (n >= UPPERSUM_MIN_N && upperTerms <= UPPER_MAX_TERMS && x <= 0.5 / Math.sqrt(n));

  let start = 0;
  let step = 1;
  let termCount = lowerLast + 1;
  let sum: DoubleDouble;
  if (useUpperSum) {
    start = n;
    step = -1;
    termCount = n - upperFirst + 1;
    sum = powerOfRatio(1, x, 1, 0, n - 1);
  } else {
    sum = dd.divide(powerOfRatio(1, -x, 1, 0, n), x);
  }
  // C(n, v) as a double-double mantissa times 2^binomialExponent, updated by (n − j)/(j + 1).
  let binomialHigh = 0.5;
  let binomialLow = 0;
  let binomialExponent = 1;
  const updateBinomial = (j: number): void => {
    divideInto(n - j, j + 1);
    const ratioHigh = quotientHigh;
    const ratioLow = quotientLow;
    const productHigh = binomialHigh * ratioHigh;
    const productLow =
      dd.twoProductError(binomialHigh, ratioHigh, productHigh) +
      (binomialHigh * ratioLow + binomialLow * ratioHigh);
    const high = productHigh + productLow;
    const low = productLow - (high - productHigh);
    frexpInto(high);
    binomialExponent += frexpExponent;
    binomialHigh = frexpMantissa;
    binomialLow = dd.scaleByPowerOfTwo(low, -frexpExponent);
  };
  updateBinomial(0);
  // Positive terms: a compensated (Neumaier) double sum is as good as a double-double sum.
  let total = dd.toNumber(sum);
  let compensation = sum.lo - (total - sum.hi);
  const middle = Math.trunc(n / 2);
  for (let j = 1; j < termCount; j += 1) {
    const v = start + j * step;
    // A_v = C(n, v)·(1 − x − v/n)^(n−v)·(x + v/n)^(v−1), kept as mantissa and exponent.
    divideInto(n - v, n);
    addInto(quotientHigh, quotientLow, -x);
    powerScaledInto(sumHigh, sumLow, n - v);
    const secondMantissa = powerMantissa;
    const secondExponent = powerExponent;
    divideInto(v, n);
    addInto(quotientHigh, quotientLow, x);
    powerScaledInto(sumHigh, sumLow, v - 1);
    const product = powerMantissa * secondMantissa * (binomialHigh + binomialLow);
    const term = dd.scaleByPowerOfTwo(product, binomialExponent + powerExponent + secondExponent);
    if (Number.isFinite(term) && term !== 0) {
      const updated = total + term;
      compensation +=
        Math.abs(total) >= Math.abs(term) ? total - updated + term : term - updated + total;
      total = updated;
    }
    if (term !== 0) {
      // Stop once the remaining terms cannot change the sum.
      if (
        4 * (termCount - j) * Math.abs(term) < EPSILON * (total + compensation) &&
        j !== termCount - 1
      ) {
        break;
      }
    } else if (j > middle) {
      break;
    }
    updateBinomial(j);
  }
  sum = dd.fromNumber(total + compensation);
  const probability = dd.toNumber(dd.multiply(sum, x));
  return clamp(step < 0 ? 1 - probability : probability);
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
