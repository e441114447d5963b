/**
 * Two-sample Kolmogorov-Smirnov test, a port of `scipy.stats.ks_2samp` (two-sided), including
 * its exact lattice-path p-values and its asymptotic p-value from the finite-n distribution.
 */
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";
import { kolmogorovSmirnovSurvival } from "../special/kolmogorov-smirnov-distribution";
import { copyToFloat64, sortFloat64InPlace } from "../core/sorting";

/** Result of {@link ks2samp}. */
export interface KsResult {
  /** D = sup |F_x − F_y|, in [0, 1]. */
  statistic: number;
  /** Two-sided p-value. Evidently flags drift when p ≤ 0.05. */
  pvalue: number;
  /** How the p-value was computed. */
  method: "exact" | "asymp";
}

const MAX_AUTO_N = 10000;
const INT32_MAX = 2147483647;

function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** numpy.round: halves go to the even neighbour. */
function roundHalfEven(value: number): number {
  const rounded = Math.round(value);
  return Math.abs(value % 1) === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
}

/** P(D_{n,n} ≥ h/n) for equal sizes (scipy `_compute_prob_outside_square`, Horner form). */
function probabilityOutsideSquare(n: number, h: number): number {
  let probability = 0;
  for (let k = Math.floor(n / h); k >= 0; k -= 1) {
    let term = 1;
    for (let j = 0; j < h; j += 1) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    probability = term * (1 - probability);
  }
  return 2 * probability;
}

/**
 * Proportion of lattice paths from (0,0) to (m,n) leaving the band |x/m − y/n| < h/lcm, with
 * Viehmann's recursion for 1 − p (scipy `_compute_outer_prob_inside_method`).
 */
function probabilityOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const column = new Float64Array(Math.min(2 * maxJ + 2, n + 1)).fill(1);
  column.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i += 1) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ) return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj += 1) {
      const j = jj + minJ;
      value = ((column[jj + minJ - lastMinJ] as number) * i + value * j) / (i + j);
      column[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength) {
      column.fill(1, maxJ - minJ, maxJ - minJ + (lastLength - currentLength));
    }
  }
  return column[maxJ - minJ - 1] as number;
}

/** D from two sorted samples, evaluating both empirical CDFs after each distinct value. */
function ksStatistic(x: Float64Array, y: Float64Array): number {
  const n1 = x.length;
  const n2 = y.length;
  let i = 0;
  let j = 0;
  let largest = Number.NEGATIVE_INFINITY;
  let smallest = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    const value = Math.min(
      i < n1 ? (x[i] as number) : Infinity,
      j < n2 ? (y[j] as number) : Infinity,
    );
    while (i < n1 && (x[i] as number) <= value) i += 1;
    while (j < n2 && (y[j] as number) <= value) j += 1;
    const difference = i / n1 - j / n2;
    if (difference > largest) largest = difference;
    if (difference < smallest) smallest = difference;
  }
  const minS = Math.min(Math.max(-smallest, 0), 1);
  return minS > largest ? minS : largest;
}

/**
 * Two-sided two-sample Kolmogorov-Smirnov test, as `scipy.stats.ks_2samp(x, y, method=...)`.
 *
 * - statistic D = max over all observations of |F_x − F_y| (ties handled as scipy does);
 * - "exact": P(D ≥ d) by counting lattice paths (Hodges 1958; Viehmann's 1 − p recursion);
 *   `auto` uses it when max(n₁, n₂) ≤ 10000; it falls back to "asymp" when it fails, as scipy;
 * - "asymp": `kstwo.sf(d, round(n₁n₂/(n₁+n₂)))`, the finite-n Kolmogorov distribution.
 * O((n₁ + n₂) log) for the sorts; the exact p-value adds O(max(n) · band width).
 *
 * @param x first sample (e.g. reference)
 * @param y second sample (e.g. current)
 * @param options `method`: "auto" (default), "exact" or "asymp"
 * @throws {LabError} on an empty sample, NaN/±Infinity, or an unknown method
 * @example ks2samp([1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 5.5, 6.1], [2.0, 3.5, 4.1, 4.4, 5.9, 6.3, 7.2, 7.7, 8.0, 9.1]);
 * // { statistic: 0.5, pvalue: 0.1659582247817542, method: "exact" }
 */
export function ks2samp(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { method?: "auto" | "exact" | "asymp" } = {},
): KsResult {
  const requested = options.method ?? "auto";
  if (requested !== "auto" && requested !== "exact" && requested !== "asymp") {
    throw new LabError(
      `ks2samp requires method "auto", "exact" or "asymp" (found ${String(requested)})`,
    );
  }
  requireNonEmpty("ks2samp", "x", x);
  requireNonEmpty("ks2samp", "y", y);
  requireFinite("ks2samp", "x", x);
  requireFinite("ks2samp", "y", y);
  const n1 = x.length;
  const n2 = y.length;
  let d = ksStatistic(sortFloat64InPlace(copyToFloat64(x)), sortFloat64InPlace(copyToFloat64(y)));
  const g = greatestCommonDivisor(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let method: "exact" | "asymp" =
    requested === "auto" ? (Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp") : requested;
  if (requested === "exact" && n1g >= INT32_MAX / n2g) method = "asymp";
  let probability = Number.NaN;
  if (method === "exact") {
    const lcm = n1g * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) probability = 1;
    else
      probability =
        n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
    // scipy gives up on the exact value when rounding pushed it outside [0, 1].
    if (!(probability >= 0 && probability <= 1)) method = "asymp";
  }
  if (method === "asymp") {
    const en = (n1 * n2) / (n1 + n2);
    probability = kolmogorovSmirnovSurvival(roundHalfEven(en), d);
  }
  return { statistic: d, pvalue: Math.min(1, Math.max(0, probability)), method };
}
