/**
 * Minimal double-double arithmetic (a value is hi + lo with |lo| ≤ ulp(hi)/2, about 32
 * significant digits), the same representation scipy's `xsf/cephes/dd_real.h` uses. Only the
 * operations the one-sided Smirnov distribution needs are here. Internal helper.
 */

/** A double-double number hi + lo. */
export interface DoubleDouble {
  readonly hi: number;
  readonly lo: number;
}

// Dekker's splitter 2^27 + 1 cuts a double into two 26-bit halves whose products are exact.
const SPLITTER = 134217729;

/**
 * hi + lo from a plain double.
 *
 * @example fromNumber(0.1); // { hi: 0.1, lo: 0 }
 */
export function fromNumber(value: number): DoubleDouble {
  return { hi: value, lo: 0 };
}

function quickTwoSum(a: number, b: number): DoubleDouble {
  const sum = a + b;
  return { hi: sum, lo: b - (sum - a) };
}

function twoSum(a: number, b: number): DoubleDouble {
  const sum = a + b;
  const bVirtual = sum - a;
  return { hi: sum, lo: a - (sum - bVirtual) + (b - bVirtual) };
}

/**
 * The rounding error of a product (Dekker): a·b − product exactly, given product = a·b rounded.
 * Allocation-free, for hot loops that keep their double-doubles in plain variables.
 *
 * @example twoProductError(0.1, 3, 0.1 * 3); // -2.7755575615628914e-17
 */
export function twoProductError(a: number, b: number, product: number): number {
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

function twoProduct(a: number, b: number): DoubleDouble {
  const product = a * b;
  return { hi: product, lo: twoProductError(a, b, product) };
}

/**
 * a + b (accurate "IEEE" addition).
 *
 * @example toNumber(add(fromNumber(1), 1e-20)); // 1, with lo = 1e-20 kept
 */
export function add(a: DoubleDouble, b: DoubleDouble | number): DoubleDouble {
  const other = typeof b === "number" ? fromNumber(b) : b;
  const high = twoSum(a.hi, other.hi);
  const low = twoSum(a.lo, other.lo);
  let step = quickTwoSum(high.hi, high.lo + low.hi);
  step = quickTwoSum(step.hi, step.lo + low.lo);
  return step;
}

/**
 * a − b.
 *
 * @example subtract(fromNumber(1), 1e-20).lo; // -1e-20
 */
export function subtract(a: DoubleDouble, b: DoubleDouble | number): DoubleDouble {
  const other = typeof b === "number" ? fromNumber(b) : b;
  return add(a, { hi: -other.hi, lo: -other.lo });
}

/**
 * a × b.
 *
 * @example multiply(fromNumber(3), 0.1); // 0.30000000000000004 with its rounding error in lo
 */
export function multiply(a: DoubleDouble, b: DoubleDouble | number): DoubleDouble {
  const other = typeof b === "number" ? fromNumber(b) : b;
  const product = twoProduct(a.hi, other.hi);
  return quickTwoSum(product.hi, product.lo + (a.hi * other.lo + a.lo * other.hi));
}

/**
 * a ÷ b (three-step long division, as dd_real's accurate division).
 *
 * @example divide(1, 3); // hi 0.3333333333333333, lo 1.850371707708594e-17
 */
export function divide(a: DoubleDouble | number, b: DoubleDouble | number): DoubleDouble {
  const numerator = typeof a === "number" ? fromNumber(a) : a;
  const denominator = typeof b === "number" ? fromNumber(b) : b;
  const q1 = numerator.hi / denominator.hi;
  let remainder = subtract(numerator, multiply(denominator, q1));
  const q2 = remainder.hi / denominator.hi;
  remainder = subtract(remainder, multiply(denominator, q2));
  const q3 = remainder.hi / denominator.hi;
  return add(quickTwoSum(q1, q2), q3);
}

/**
 * Largest integer ≤ a.
 *
 * @example floor({ hi: 3, lo: -1e-20 }); // { hi: 2, lo: 0 }
 */
export function floor(a: DoubleDouble): DoubleDouble {
  const high = Math.floor(a.hi);
  if (high !== a.hi) return { hi: high, lo: 0 };
  return quickTwoSum(high, Math.floor(a.lo));
}

/**
 * The nearest double to a.
 *
 * @example toNumber({ hi: 1, lo: 1e-20 }); // 1
 */
export function toNumber(a: DoubleDouble): number {
  return a.hi + a.lo;
}

/**
 * x · 2^exponent without overflow in the power of two itself.
 *
 * @example scaleByPowerOfTwo(2 ** 600, -1100); // 2^-500, although 2^-1100 alone underflows
 */
export function scaleByPowerOfTwo(x: number, exponent: number): number {
  if (exponent >= -1022 && exponent <= 1023) return x * 2 ** exponent;
  let result = x;
  let remaining = exponent;
  while (remaining > 1000) {
    result *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    result *= 2 ** -1000;
    remaining += 1000;
  }
  return result * 2 ** remaining;
}
