/**
 * numpy's histogram rules, reproduced exactly: `numpy.histogram_bin_edges(values, "sturges")`
 * and `numpy.histogram(values, edges)` counting with half-open bins [eᵢ, eᵢ₊₁) and a closed last
 * bin. Evidently's PSI and Jensen-Shannon binning are built on these.
 */

/**
 * `numpy.linspace(start, stop, count)`: start + i·step, with the last point set to stop exactly.
 *
 * @example linspace(0, 1, 5); // [0, 0.25, 0.5, 0.75, 1]
 */
export function linspace(start: number, stop: number, count: number): number[] {
  if (count === 1) return [start];
  const step = (stop - start) / (count - 1);
  const points: number[] = [];
  for (let i = 0; i < count; i += 1) points.push(i * step + start);
  points[count - 1] = stop;
  return points;
}

/**
 * Bin edges of `numpy.histogram_bin_edges(values, bins="sturges")` for finite float values:
 * width = (max − min)/(log₂ n + 1), ⌈(max − min)/width⌉ equal bins from min to max (that is,
 * ⌈log₂ n⌉ + 1 bins); a constant sample gets one bin [v − 0.5, v + 0.5].
 *
 * @param values finite numbers, at least one (not checked here)
 * @returns ascending edges, one more than the number of bins
 * @example sturgesEdges([0, 1, 2, 3]); // [0, 1, 2, 3] (3 bins)
 */
export function sturgesEdges(values: ArrayLike<number>): number[] {
  let minimum = Number.POSITIVE_INFINITY;
  let maximum = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (value < minimum) minimum = value;
    if (value > maximum) maximum = value;
  }
  return sturgesEdgesFromRange(minimum, maximum, values.length);
}

/**
 * {@link sturgesEdges} from the sample's minimum, maximum and size (no pass over the data).
 *
 * @example sturgesEdgesFromRange(0, 3, 4); // [0, 1, 2, 3]
 */
export function sturgesEdgesFromRange(minimum: number, maximum: number, count: number): number[] {
  const range = maximum - minimum;
  if (range === 0) return linspace(minimum - 0.5, maximum + 0.5, 2);
  const width = range / (Math.log2(count) + 1);
  const binCount = Math.ceil(range / width);
  return linspace(minimum, maximum, binCount + 1);
}

/**
 * Counts per bin as `numpy.histogram(values, edges)[0]`: value v falls in bin i when
 * eᵢ ≤ v < eᵢ₊₁, the last bin also takes v = e_last, values outside [e₀, e_last] are not counted.
 * O(n): the bin is computed from the value, then corrected against the edges.
 *
 * @param values finite numbers
 * @param edges ascending edges
 * @example histogramCounts([0, 0.5, 1, 2], [0, 1, 2]); // [2, 2]
 */
export function histogramCounts(values: ArrayLike<number>, edges: readonly number[]): number[] {
  const binCount = edges.length - 1;
  const counts = new Uint32Array(binCount);
  const edgeArray = Float64Array.from(edges);
  const first = edgeArray[0] as number;
  const last = edgeArray[binCount] as number;
  const scale = binCount / (last - first);
  const lastBin = binCount - 1;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (!(value >= first && value <= last)) continue;
    // Guess the bin from the value's position (exact for equal widths up to rounding), then
    // step to the bin with edges[bin] <= value < edges[bin + 1]; the last bin is closed.
    let bin = Math.floor((value - first) * scale);
    if (bin > lastBin) bin = lastBin;
    while (bin > 0 && value < (edgeArray[bin] as number)) bin -= 1;
    while (bin < lastBin && value >= (edgeArray[bin + 1] as number)) bin += 1;
    counts[bin] = (counts[bin] as number) + 1;
  }
  return Array.from(counts);
}
