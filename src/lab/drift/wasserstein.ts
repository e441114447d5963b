/**
 * First Wasserstein (earth mover's) distance between two samples, as
 * `scipy.stats.wasserstein_distance`, and Evidently's normed variant.
 */
import { requireFinite, requireNonEmpty } from "../core/errors";
import { standardDeviation } from "../core/descriptive";
import { copyToFloat64, sortFloat64InPlace } from "../core/sorting";

/** ∫|F_u − F_v| over two sorted samples, walking their merged order once. */
function wassersteinOfSorted(u: Float64Array, v: Float64Array): number {
  const nu = u.length;
  const nv = v.length;
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < nu || j < nv) {
    let value: number;
    if (j >= nv || (i < nu && (u[i] as number) <= (v[j] as number))) value = u[i++] as number;
    else value = v[j++] as number;
    if (i >= nu && j >= nv) break;
    const next = Math.min(
      i < nu ? (u[i] as number) : Infinity,
      j < nv ? (v[j] as number) : Infinity,
    );
    // Between value and next both empirical CDFs are flat: i/nu and j/nv (ties add width 0).
    if (next > value) total += Math.abs(i / nu - j / nv) * (next - value);
  }
  return total;
}

function sortedSample(fnName: string, what: string, values: ArrayLike<number>): Float64Array {
  requireNonEmpty(fnName, what, values);
  requireFinite(fnName, what, values);
  return sortFloat64InPlace(copyToFloat64(values));
}

/**
 * Wasserstein-1 distance between the empirical distributions of two samples (unweighted), as
 * `scipy.stats.wasserstein_distance(u, v)`: the area between the two empirical CDFs, in the
 * units of the data. O(n log n) for the sorts, then one merged pass.
 *
 * @throws {LabError} on an empty sample or NaN/±Infinity
 * @example wasserstein([0, 1, 3], [5, 6, 8]); // 5
 */
export function wasserstein(u: ArrayLike<number>, v: ArrayLike<number>): number {
  return wassersteinOfSorted(
    sortedSample("wasserstein", "u", u),
    sortedSample("wasserstein", "v", v),
  );
}

/**
 * Evidently's normed Wasserstein drift score: wasserstein(reference, current) divided by
 * max(std(reference, ddof 0), 0.001), so the score is in reference standard deviations.
 *
 * @throws {LabError} on an empty sample or NaN/±Infinity
 * @example wassersteinNormed([1, 2, 3, 4], [2, 3, 4, 5]); // 1 / 1.118033988749895
 */
export function wassersteinNormed(
  reference: ArrayLike<number>,
  current: ArrayLike<number>,
): number {
  const sortedReference = sortedSample("wassersteinNormed", "reference", reference);
  const sortedCurrent = sortedSample("wassersteinNormed", "current", current);
  const scale = Math.max(standardDeviation(reference), 0.001);
  return wassersteinOfSorted(sortedReference, sortedCurrent) / scale;
}
