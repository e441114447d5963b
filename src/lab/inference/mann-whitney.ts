/**
 * Mann-Whitney U test, a port of `scipy.stats.mannwhitneyu` (two-sided), with average ranks for
 * ties, the tie-corrected normal approximation and scipy's exact null distribution.
 */
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";
import { normalCdf } from "../special/normal-distribution";
import { rankSumAndTies } from "./rank-sums";
import { copyToFloat64, sortFloat64InPlace } from "../core/sorting";

const EXACT_LIMIT = 20000;

/** Result of {@link mannWhitneyU}. */
export interface MannWhitneyResult {
  /** U of the first sample: #{(i, j): xᵢ > yⱼ} + ½·#{xᵢ = yⱼ}. */
  statistic: number;
  /** Two-sided p-value. */
  pvalue: number;
  /** How the p-value was computed. */
  method: "exact" | "asymp";
}

/**
 * Average ranks (1-based; tied values share the mean of their ranks), as
 * `scipy.stats.rankdata(values, method="average")`. O(n log n), the input is not modified.
 *
 * @throws {LabError} on NaN/±Infinity
 * @example rankWithTies([10, 20, 20, 5]); // Float64Array [2, 3.5, 3.5, 1]
 */
export function rankWithTies(values: ArrayLike<number>): Float64Array {
  requireFinite("rankWithTies", "values", values);
  const sorted = sortFloat64InPlace(copyToFloat64(values));
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    // Tied block [first, last) located by binary search; its average rank is (first+1+last)/2.
    const first = lowerBound(sorted, value);
    const last = upperBound(sorted, value);
    ranks[i] = (first + 1 + last) / 2;
  }
  return ranks;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function upperBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Exact null distribution of U (scipy's `_MWU`, Löffler's recursion): P(U ≥ u) for the larger
 * of U₁, U₂, computed as the lower tail P(U ≤ n₁n₂ − u) by symmetry.
 */
function exactUpperTail(u: number, n1: number, n2: number): number {
  const small = Math.min(n1, n2);
  const large = Math.max(n1, n2);
  const k = n1 * n2 - Math.trunc(u);
  if (k < 0) return 0;
  // sigma(a) = Σ_{d | a, d ≤ small} d − Σ_{d | a, large < d ≤ large + small} d
  const sigma = new Float64Array(k + 1);
  for (let d = 1; d <= small; d += 1)
    for (let a = d; a <= k; a += d) sigma[a] = (sigma[a] as number) + d;
  for (let d = large + 1; d <= large + small; d += 1) {
    for (let a = d; a <= k; a += d) sigma[a] = (sigma[a] as number) - d;
  }
  const configurations = new Float64Array(k + 1);
  configurations[0] = 1;
  let integral = true;
  for (let value = 1; value <= k; value += 1) {
    let dot = 0;
    for (let i = 0; i < value; i += 1)
      dot += (configurations[i] as number) * (sigma[value - i] as number);
    const next = dot / value;
    // scipy stores the counts as uint64 (truncating) until they exceed its range.
    if (integral && next > 18446744073709551615) integral = false;
    configurations[value] = integral ? Math.trunc(next) : next;
  }
  const total = binomial(n1 + n2, small);
  let cumulative = 0;
  for (let value = 0; value <= k; value += 1)
    cumulative += (configurations[value] as number) / total;
  return cumulative;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 0; i < k; i += 1) result = (result * (n - i)) / (i + 1);
  return result;
}

/**
 * Two-sided Mann-Whitney U test, as `scipy.stats.mannwhitneyu(x, y)`:
 * statistic U₁ of x; "auto" picks "exact" when some sample has ≤ 8 values and there are no
 * ties, else "asymp"; the asymptotic p-value uses z = (max(U₁, U₂) − n₁n₂/2 − ½)/σ with
 * σ² = n₁n₂/12 · ((n + 1) − Σ(t³ − t)/(n(n − 1))), the ½ being the continuity correction
 * (on by default). The exact p-value ignores ties, as scipy's. When n₁n₂ > 40000 the exact
 * recursion would take too long: "auto" then uses "asymp" and "exact" throws.
 *
 * @param options `method` "auto" | "exact" | "asymp"; `useContinuity` (default true)
 * @throws {LabError} on an empty sample, NaN/±Infinity, or an unknown method
 * @example mannWhitneyU([1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 5.5, 6.1], [2.0, 3.5, 4.1, 4.4, 5.9, 6.3, 7.2, 7.7, 8.0, 9.1]);
 * // { statistic: 20, pvalue: 0.08313908313908314, method: "exact" }
 */
export function mannWhitneyU(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: { method?: "auto" | "exact" | "asymp"; useContinuity?: boolean } = {},
): MannWhitneyResult {
  const requested = options.method ?? "auto";
  if (requested !== "auto" && requested !== "exact" && requested !== "asymp") {
    throw new LabError(
      `mannWhitneyU requires method "auto", "exact" or "asymp" (found ${String(requested)})`,
    );
  }
  requireNonEmpty("mannWhitneyU", "x", x);
  requireNonEmpty("mannWhitneyU", "y", y);
  requireFinite("mannWhitneyU", "x", x);
  requireFinite("mannWhitneyU", "y", y);
  const n1 = x.length;
  const n2 = y.length;
  const { rankSum, tieTerm, ties } = rankSumAndTies(
    sortFloat64InPlace(copyToFloat64(x)),
    sortFloat64InPlace(copyToFloat64(y)),
  );
  const u1 = rankSum - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  let method: "exact" | "asymp" =
    requested === "auto" ? ((n1 > 8 && n2 > 8) || ties ? "asymp" : "exact") : requested;
  // The exact recursion costs O((n₁n₂/2)²): beyond the cap "auto" switches to the normal
  // approximation (scipy would keep computing for minutes) and an explicit "exact" is refused.
  if (method === "exact" && (n1 * n2) / 2 > EXACT_LIMIT) {
    if (requested === "exact") {
      throw new LabError(
        `mannWhitneyU requires n1·n2 <= ${2 * EXACT_LIMIT} for the exact method (found ${n1 * n2})`,
      );
    }
    method = "asymp";
  }
  let pvalue: number;
  if (method === "exact") {
    pvalue = 2 * exactUpperTail(u, n1, n2);
  } else {
    const n = n1 + n2;
    const sigma = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    let numerator = u - (n1 * n2) / 2;
    if (options.useContinuity ?? true) numerator -= 0.5;
    pvalue = 2 * normalCdf(-(numerator / sigma));
  }
  return { statistic: u1, pvalue: Math.min(1, Math.max(0, pvalue)), method };
}
