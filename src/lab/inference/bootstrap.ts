/**
 * Percentile bootstrap confidence intervals.
 */
import {
  LabError,
  requireFinite,
  requireInteger,
  requireNonEmpty,
  requireProbability,
} from "../core/errors";
import { quantileOfSorted } from "../core/descriptive";
import { Xoshiro128StarStar } from "../random/rng";
import type { Rng } from "../random/rng";
import { copyToFloat64, sortFloat64InPlace } from "../core/sorting";

// Samples larger than this (1 MB of doubles) outgrow the CPU caches: gather block by block.
const BLOCKED_GATHER_SIZE = 131072;
const BLOCK_BITS = 12;

/**
 * Returns buffer[i] = data[indices[i]] for every i, as a function reused across resamples.
 * For large samples the indices are first bucketed by 4096-value block of `data` (a counting
 * sort on the high bits), so the random reads stay inside one cache-sized block at a time:
 * about twice as fast on 10^6 values. The resample then lists its values block by block; the
 * multiset of drawn values, which is all a bootstrap statistic may depend on, is unchanged.
 */
function createGather(data: Float64Array): (indices: Uint32Array, buffer: Float64Array) => void {
  const n = data.length;
  if (n <= BLOCKED_GATHER_SIZE) {
    return (indices, buffer) => {
      for (let i = 0; i < n; i += 1) buffer[i] = data[indices[i] as number] as number;
    };
  }
  const blockCount = (n >>> BLOCK_BITS) + 1;
  const starts = new Uint32Array(blockCount);
  const bucketed = new Uint32Array(n);
  return (indices, buffer) => {
    starts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const block = (indices[i] as number) >>> BLOCK_BITS;
      starts[block] = (starts[block] as number) + 1;
    }
    let running = 0;
    for (let block = 0; block < blockCount; block += 1) {
      const count = starts[block] as number;
      starts[block] = running;
      running += count;
    }
    for (let i = 0; i < n; i += 1) {
      const index = indices[i] as number;
      const block = index >>> BLOCK_BITS;
      const position = starts[block] as number;
      starts[block] = position + 1;
      bucketed[position] = index;
    }
    for (let i = 0; i < n; i += 1) buffer[i] = data[bucketed[i] as number] as number;
  };
}

/** Result of {@link bootstrapInterval}. */
export interface BootstrapResult {
  /** The statistic on the original sample. */
  estimate: number;
  /** Lower percentile bound: type-7 quantile (1 − confidence)/2 of the bootstrap replicates. */
  lower: number;
  /** Upper percentile bound: type-7 quantile (1 + confidence)/2 of the replicates. */
  upper: number;
}

/**
 * Percentile bootstrap interval of any statistic: `resamples` times, draw n values with
 * replacement (n uniform indices from `rng`), evaluate the statistic, then take type-7
 * quantiles of the replicates (as `numpy.quantile`). One Float64Array buffer is reused for
 * every resample: the statistic must not keep a reference to it. Above 131072 values the
 * resample's values come grouped by region of the sample (see createGather), which changes
 * nothing for a statistic of an i.i.d. resample. O(resamples · n).
 *
 * @param sample the data, finite numbers
 * @param statistic function of a resample, e.g. `mean`
 * @param options `resamples` (integer ≥ 1), `confidence` in (0, 1), `rng` (seeded stream)
 * @throws {LabError} on an empty sample, non-finite values, invalid options, or a statistic
 *   returning a non-finite value
 * @example bootstrapInterval(data, mean, { resamples: 1000, confidence: 0.95, rng: createRng(7) });
 */
export function bootstrapInterval(
  sample: ArrayLike<number>,
  statistic: (resample: Float64Array) => number,
  options: { resamples: number; confidence: number; rng: Rng },
): BootstrapResult {
  requireNonEmpty("bootstrapInterval", "sample", sample);
  requireFinite("bootstrapInterval", "sample", sample);
  requireInteger("bootstrapInterval", "resamples", options.resamples, 1);
  requireProbability("bootstrapInterval", "confidence", options.confidence);
  const data = copyToFloat64(sample);
  const n = data.length;
  const estimate = statistic(copyToFloat64(data));
  const buffer = new Float64Array(n);
  const replicates = new Float64Array(options.resamples);
  const rng = options.rng;
  const indices = new Uint32Array(n);
  const gather = createGather(data);
  for (let r = 0; r < options.resamples; r += 1) {
    // The lab's generator fills the whole index array in one tight loop (the same values as
    // n calls of int(n)); any other Rng goes through int().
    if (rng instanceof Xoshiro128StarStar) {
      rng.fillIndices(indices, n);
    } else {
      for (let i = 0; i < n; i += 1) indices[i] = rng.int(n);
    }
    gather(indices, buffer);
    const value = statistic(buffer);
    if (!Number.isFinite(value)) {
      throw new LabError(
        `bootstrapInterval requires the statistic to return finite numbers (found ${value})`,
      );
    }
    replicates[r] = value;
  }
  sortFloat64InPlace(replicates);
  const alpha = 1 - options.confidence;
  return {
    estimate,
    lower: quantileOfSorted(replicates, alpha / 2),
    upper: quantileOfSorted(replicates, 1 - alpha / 2),
  };
}
