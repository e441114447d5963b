/**
 * Point reduction done in the worker, so charts receive at most a few thousand points whatever a
 * cell computes. Largest-Triangle-Three-Buckets keeps the visual shape of a line (Steinarsson 2013).
 */

/** Indices of at most `threshold` points chosen by LTTB; all indices when already small. */
export function lttbIndices(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  threshold: number,
): Uint32Array {
  const length = x.length;
  if (threshold >= length || threshold < 3)
    return Uint32Array.from({ length }, (_, index) => index);
  const selected = new Uint32Array(threshold);
  const bucketSize = (length - 2) / (threshold - 2);
  let previous = 0;
  selected[0] = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    // Average of the next bucket: the third corner of the triangle.
    const nextStart = Math.floor((bucket + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, length);
    let averageX = 0;
    let averageY = 0;
    for (let index = nextStart; index < nextEnd; index++) {
      averageX += x[index] ?? 0;
      averageY += y[index] ?? 0;
    }
    const count = Math.max(nextEnd - nextStart, 1);
    averageX /= count;
    averageY /= count;
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.floor((bucket + 1) * bucketSize) + 1;
    const previousX = x[previous] ?? 0;
    const previousY = y[previous] ?? 0;
    let largestArea = -1;
    let chosen = start;
    for (let index = start; index < end; index++) {
      const area = Math.abs(
        (previousX - averageX) * ((y[index] ?? 0) - previousY) -
          (previousX - (x[index] ?? 0)) * (averageY - previousY),
      );
      if (area > largestArea) {
        largestArea = area;
        chosen = index;
      }
    }
    selected[bucket + 1] = chosen;
    previous = chosen;
  }
  selected[threshold - 1] = length - 1;
  return selected;
}

/**
 * Indices for several series sharing one x: LTTB run on each series with an equal share of the
 * budget, then merged (sorted, without repeats). Each series keeps its own peaks and spikes, which
 * indices taken from the first series alone would drop; the total stays within `threshold`.
 */
export function lttbIndicesOfAll(
  x: ArrayLike<number>,
  series: ArrayLike<number>[],
  threshold: number,
): Uint32Array {
  const length = x.length;
  if (threshold >= length) return Uint32Array.from({ length }, (_, index) => index);
  if (series.length === 0) return lttbIndices(x, x, threshold);
  const share = Math.max(3, Math.floor(threshold / series.length));
  const merged = new Set<number>();
  for (const y of series) for (const index of lttbIndices(x, y, share)) merged.add(index);
  const sorted = Uint32Array.from(merged).sort();
  // Only when the budget is below three points per series: fall back to an even stride.
  return sorted.length <= threshold ? sorted : strideIndices(length, threshold);
}

/** Picks the given indices of an array. */
export function pick(values: ArrayLike<number>, indices: Uint32Array): Float64Array {
  const out = new Float64Array(indices.length);
  for (let index = 0; index < indices.length; index++)
    out[index] = values[indices[index] ?? 0] ?? NaN;
  return out;
}

/** Evenly spaced indices (for scatter clouds, where shape is density, not a line). */
export function strideIndices(length: number, limit: number): Uint32Array {
  if (length <= limit) return Uint32Array.from({ length }, (_, index) => index);
  return Uint32Array.from({ length: limit }, (_, index) => Math.floor((index * length) / limit));
}
