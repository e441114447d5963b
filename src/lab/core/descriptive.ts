/**
 * Descriptive statistics with numpy's conventions: population variance by default (ddof 0),
 * quantiles by linear interpolation (Hyndman-Fan type 7, numpy's default `method="linear"`).
 * All functions reject empty input and non-finite values with a LabError.
 */
import { LabError, requireFinite, requireNonEmpty } from "./errors";
import {
  copyToFloat64,
  minimumFrom,
  scratchCopy,
  selectInPlace,
  sortFloat64InPlace,
} from "./sorting";

function checked(fnName: string, values: ArrayLike<number>): void {
  requireNonEmpty(fnName, "values", values);
  requireFinite(fnName, "values", values);
}

/**
 * Arithmetic mean Σx/n.
 *
 * @throws {LabError} on empty input or NaN/±Infinity
 * @example mean([1, 2, 3, 4]); // 2.5
 */
export function mean(values: ArrayLike<number>): number {
  requireNonEmpty("mean", "values", values);
  const total = sumOf(values);
  // A finite sum proves every value finite (NaN and ±Infinity propagate): the full check only
  // runs to name the culprit, so validation costs nothing in hot loops such as the bootstrap.
  if (!Number.isFinite(total)) requireFinite("mean", "values", values);
  return total / values.length;
}

/** Sum with four interleaved accumulators: faster, and less rounding than one running sum. */
function sumOf(values: ArrayLike<number>): number {
  const n = values.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += values[i] as number;
    s1 += values[i + 1] as number;
    s2 += values[i + 2] as number;
    s3 += values[i + 3] as number;
  }
  for (; i < n; i += 1) s0 += values[i] as number;
  return s0 + s1 + (s2 + s3);
}

/**
 * Variance Σ(x − mean)²/(n − ddof), two-pass as numpy.var. ddof 0 (default) is the population
 * variance numpy and Evidently use; ddof 1 is the sample (Bessel-corrected) variance.
 *
 * @param ddof delta degrees of freedom, 0 ≤ ddof < n
 * @throws {LabError} on empty input, non-finite values, or ddof ≥ n
 * @example variance([1, 2, 3, 4]); // 1.25
 */
export function variance(values: ArrayLike<number>, ddof = 0): number {
  checked("variance", values);
  const n = values.length;
  if (!(ddof >= 0) || ddof >= n) {
    throw new LabError(
      `variance requires 0 <= ddof < number of values (found ddof ${ddof}, n ${n})`,
    );
  }
  const center = sumOf(values) / n;
  let squares = 0;
  for (let i = 0; i < n; i += 1) {
    const deviation = (values[i] as number) - center;
    squares += deviation * deviation;
  }
  return squares / (n - ddof);
}

/**
 * Standard deviation √variance (numpy.std; ddof 0 by default).
 *
 * @throws {LabError} as {@link variance}
 * @example standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]); // 2
 */
export function standardDeviation(values: ArrayLike<number>, ddof = 0): number {
  return Math.sqrt(variance(values, ddof));
}

/**
 * A sorted (ascending) Float64Array copy of `values`; the input is left untouched.
 *
 * @throws {LabError} on NaN/±Infinity
 * @example sortedCopy([3, 1, 2]); // Float64Array [1, 2, 3]
 */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  requireFinite("sortedCopy", "values", values);
  return sortFloat64InPlace(copyToFloat64(values));
}

function requireQuantileLevel(fnName: string, q: number): void {
  if (!(q >= 0 && q <= 1)) throw new LabError(`${fnName} requires q in [0, 1] (found ${q})`);
}

/** numpy's `_lerp`: a + (b − a)·t, computed from the nearer end so that t = 1 gives b exactly. */
function interpolate(lower: number, upper: number, fraction: number): number {
  const difference = upper - lower;
  return fraction >= 0.5 ? upper - difference * (1 - fraction) : lower + difference * fraction;
}

/**
 * Type 7 quantile of values already sorted ascending (no checks, no copy): the shared
 * core of {@link quantile}, {@link quantiles} and the bootstrap.
 *
 * @example quantileOfSorted([1, 2, 3, 4], 0.25); // 1.75
 */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const position = q * (sorted.length - 1);
  const lowerIndex = Math.floor(position);
  const lower = sorted[lowerIndex] as number;
  if (lowerIndex + 1 >= sorted.length) return lower;
  return interpolate(lower, sorted[lowerIndex + 1] as number, position - lowerIndex);
}

/**
 * The q-quantile with linear interpolation between order statistics (Hyndman-Fan type 7), as
 * `numpy.quantile(values, q)`: position h = q·(n − 1), value x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 * O(n) by selection; the input is not modified.
 *
 * @param q level in [0, 1]
 * @throws {LabError} on empty input, non-finite values, or q outside [0, 1]
 * @example quantile([1, 2, 3, 4], 0.25); // 1.75
 */
export function quantile(values: ArrayLike<number>, q: number): number {
  checked("quantile", values);
  requireQuantileLevel("quantile", q);
  const buffer = scratchCopy(values);
  const position = q * (buffer.length - 1);
  const lowerIndex = Math.floor(position);
  const lower = selectInPlace(buffer, lowerIndex);
  if (lowerIndex + 1 >= buffer.length) return lower;
  return interpolate(lower, minimumFrom(buffer, lowerIndex + 1), position - lowerIndex);
}

/**
 * Several type-7 quantiles at once (one sort), as `numpy.quantile(values, qs)`.
 *
 * @throws {LabError} on empty input, non-finite values, or any q outside [0, 1]
 * @example quantiles([1, 2, 3, 4, 5], [0, 0.5, 1]); // [1, 3, 5]
 */
export function quantiles(values: ArrayLike<number>, qs: readonly number[]): number[] {
  checked("quantiles", values);
  for (const q of qs) requireQuantileLevel("quantiles", q);
  const sorted = sortFloat64InPlace(scratchCopy(values));
  return qs.map((q) => quantileOfSorted(sorted, q));
}

/**
 * The median, as `numpy.median`: the middle value, or the mean of the two middle values.
 *
 * @throws {LabError} on empty input or non-finite values
 * @example median([4, 1, 3, 2]); // 2.5
 */
export function median(values: ArrayLike<number>): number {
  checked("median", values);
  const buffer = scratchCopy(values);
  const half = buffer.length >>> 1;
  const upper = selectInPlace(buffer, half);
  if (buffer.length % 2 === 1) return upper;
  // After selection everything below index `half` is ≤ upper: the lower middle is their max.
  let lower = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < half; i += 1) {
    const value = buffer[i] as number;
    if (value > lower) lower = value;
  }
  return (lower + upper) / 2;
}

/**
 * Number of distinct values (numbers compared by value, so 0 and −0 are one value; strings
 * compared exactly), as pandas `Series.nunique()` on clean data. NaN is rejected.
 *
 * @throws {LabError} when a number is NaN or ±Infinity
 * @example uniqueCount([1, 2, 2, 3]); // 3
 */
export function uniqueCount(values: ArrayLike<number | string>): number {
  const seen = new Set<number | string>();
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number | string;
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new LabError(
        `uniqueCount requires finite values in values (found ${value} at index ${i})`,
      );
    }
    seen.add(value);
  }
  return seen.size;
}
