/**
 * TFDV's approximate Jensen-Shannon divergence (tensorflow/data-validation
 * `anomalies/metrics.cc`, `JensenShannonDivergence`): base-2 logs, capped at 1, a DIVERGENCE
 * (not the square-rooted distance scipy and Evidently report).
 */
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";

/** A histogram: bucket i covers [edges[i], edges[i+1]) and holds counts[i]. */
export interface Histogram {
  edges: number[];
  counts: number[];
}

function klBase2(p: readonly number[], q: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < p.length; i += 1) {
    const pi = p[i] as number;
    const qi = q[i] as number;
    if (pi > 0 && qi > 0) total += pi * Math.log2(pi / qi);
  }
  return total;
}

function jsdOfAligned(fnName: string, a: readonly number[], b: readonly number[]): number {
  const totalA = a.reduce((sum, value) => sum + value, 0);
  const totalB = b.reduce((sum, value) => sum + value, 0);
  if (!(totalA > 0) || !(totalB > 0)) throw new LabError(`${fnName} requires non-empty histograms`);
  const p = a.map((value) => value / totalA);
  const q = b.map((value) => value / totalB);
  const m = p.map((value, i) => (value + (q[i] as number)) / 2);
  // Precision can push the result a hair above 1: TFDV caps it.
  return Math.min((klBase2(p, m) + klBase2(q, m)) / 2, 1);
}

/**
 * TFDV's Jensen-Shannon divergence between categorical value counts, base 2, capped at 1.
 *
 * @param a counts per value of the first dataset (non-negative; a missing value counts 0)
 * @param b counts per value of the second
 * @throws {LabError} on negative/non-finite counts or an empty side
 * @example tfdvCategoricalJsd({ a: 50, b: 30, c: 20 }, { a: 30, b: 30, c: 25, d: 15 }); // 0.09523428536641401
 */
export function tfdvCategoricalJsd(a: Record<string, number>, b: Record<string, number>): number {
  for (const [what, counts] of [
    ["a", a],
    ["b", b],
  ] as const) {
    for (const [key, count] of Object.entries(counts)) {
      if (!(count >= 0) || !Number.isFinite(count)) {
        throw new LabError(
          `tfdvCategoricalJsd requires non-negative finite counts in ${what} (found ${count} at key ${JSON.stringify(key)})`,
        );
      }
    }
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return jsdOfAligned(
    "tfdvCategoricalJsd",
    keys.map((key) => a[key] ?? 0),
    keys.map((key) => b[key] ?? 0),
  );
}

function requireHistogram(what: string, histogram: Histogram): void {
  const { edges, counts } = histogram;
  if (edges.length !== counts.length + 1 || counts.length === 0) {
    throw new LabError(
      `tfdvNumericJsd requires ${what} to have one more edge than counts (found ${edges.length} and ${counts.length})`,
    );
  }
  requireFinite("tfdvNumericJsd", `${what}.edges`, edges);
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i] as number;
    if (!(count >= 0) || !Number.isFinite(count)) {
      throw new LabError(
        `tfdvNumericJsd requires non-negative finite counts in ${what}.counts (found ${count} at index ${i})`,
      );
    }
    if ((edges[i + 1] as number) < (edges[i] as number)) {
      throw new LabError(
        `tfdvNumericJsd requires ascending edges in ${what} (found ${edges[i + 1]} after ${edges[i]})`,
      );
    }
  }
}

/** Spreads one histogram over `boundaries` assuming uniform mass inside each bucket. */
function rebucket(histogram: Histogram, boundaries: readonly number[]): number[] {
  const result = new Array<number>(boundaries.length - 1).fill(0);
  histogram.counts.forEach((count, bucket) => {
    const low = histogram.edges[bucket] as number;
    const high = histogram.edges[bucket + 1] as number;
    if (high === low) return;
    for (let k = 0; k + 1 < boundaries.length; k += 1) {
      const start = boundaries[k] as number;
      const end = boundaries[k + 1] as number;
      if (start >= low && end <= high)
        result[k] = (result[k] as number) + ((end - start) / (high - low)) * count;
    }
  });
  return result;
}

/** Edges of the buckets with positive width (TFDV strips point buckets before aligning). */
function rangeEdges(histogram: Histogram): number[] {
  const edges: number[] = [];
  histogram.counts.forEach((_, bucket) => {
    const low = histogram.edges[bucket] as number;
    const high = histogram.edges[bucket + 1] as number;
    if (high > low) edges.push(low, high);
  });
  return edges;
}

/** Point buckets (equal edges) are kept apart as point masses, as TFDV does. */
function pointMasses(histogram: Histogram): Map<number, number> {
  const masses = new Map<number, number>();
  histogram.counts.forEach((count, bucket) => {
    const low = histogram.edges[bucket] as number;
    if (histogram.edges[bucket + 1] === low) masses.set(low, (masses.get(low) ?? 0) + count);
  });
  return masses;
}

/**
 * TFDV's approximate Jensen-Shannon divergence between two numeric histograms: both are
 * re-bucketed on the union of their bucket edges assuming mass is uniform inside a bucket
 * (zero-width buckets are carried as point masses), normalised, then the base-2 JS
 * divergence, capped at 1.
 *
 * @param a histogram of the first dataset
 * @param b histogram of the second
 * @throws {LabError} on malformed histograms (edge/count mismatch, descending or non-finite
 *   edges, negative counts) or an empty histogram
 * @example tfdvNumericJsd({ edges: [0, 1, 2], counts: [10, 10] }, { edges: [0.5, 1.5, 2.5], counts: [10, 10] }); // 0.25
 */
export function tfdvNumericJsd(a: Histogram, b: Histogram): number {
  requireHistogram("a", a);
  requireHistogram("b", b);
  const boundaries = [...new Set([...rangeEdges(a), ...rangeEdges(b)])].sort((x, y) => x - y);
  const alignedA = boundaries.length > 1 ? rebucket(a, boundaries) : [];
  const alignedB = boundaries.length > 1 ? rebucket(b, boundaries) : [];
  const pointsA = pointMasses(a);
  const pointsB = pointMasses(b);
  for (const point of [...new Set([...pointsA.keys(), ...pointsB.keys()])].sort((x, y) => x - y)) {
    alignedA.push(pointsA.get(point) ?? 0);
    alignedB.push(pointsB.get(point) ?? 0);
  }
  return jsdOfAligned("tfdvNumericJsd", alignedA, alignedB);
}

/**
 * Equal-width histogram with `buckets` buckets over [min, max] (TFDV's standard numeric
 * histogram: 10 buckets), the maximum counted in the last bucket. A constant sample gives one
 * zero-width bucket [v, v].
 *
 * @throws {LabError} on an empty sample, non-finite values, or buckets < 1
 * @example equalWidthHistogram([0, 1, 2, 3], 2); // { edges: [0, 1.5, 3], counts: [2, 2] }
 */
export function equalWidthHistogram(values: ArrayLike<number>, buckets = 10): Histogram {
  requireNonEmpty("equalWidthHistogram", "values", values);
  requireFinite("equalWidthHistogram", "values", values);
  if (!Number.isInteger(buckets) || buckets < 1) {
    throw new LabError(
      `equalWidthHistogram requires buckets to be an integer >= 1 (found ${buckets})`,
    );
  }
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i += 1) {
    minimum = Math.min(minimum, values[i] as number);
    maximum = Math.max(maximum, values[i] as number);
  }
  if (minimum === maximum) return { edges: [minimum, maximum], counts: [values.length] };
  const width = (maximum - minimum) / buckets;
  const edges = Array.from({ length: buckets + 1 }, (_, i) =>
    i === buckets ? maximum : minimum + i * width,
  );
  const counts = new Array<number>(buckets).fill(0);
  for (let i = 0; i < values.length; i += 1) {
    const index = Math.min(Math.floor(((values[i] as number) - minimum) / width), buckets - 1);
    counts[index] = (counts[index] as number) + 1;
  }
  return { edges, counts };
}
