/**
 * TFDV's categorical L-infinity distance (tensorflow/data-validation `anomalies/metrics.cc`,
 * `LInftyDistance` with separate normalisation).
 */
import { LabError } from "../core/errors";

/** Result of {@link linfDistance}. */
export interface LinfResult {
  /** max over values v of |p_a(v) − p_b(v)|, each side normalised by its own total. */
  distance: number;
  /** The value where the maximum is reached (TFDV: the last such key in byte order). */
  key: string;
}

function normalisedCounts(
  fnName: string,
  what: string,
  counts: Record<string, number>,
): Map<string, number> {
  let total = 0;
  for (const [key, count] of Object.entries(counts)) {
    if (!(count >= 0) || !Number.isFinite(count)) {
      throw new LabError(
        `${fnName} requires non-negative finite counts in ${what} (found ${count} at key ${JSON.stringify(key)})`,
      );
    }
    total += count;
  }
  if (!(total > 0)) throw new LabError(`${fnName} requires ${what} to sum to a positive number`);
  return new Map(Object.entries(counts).map(([key, count]) => [key, count / total]));
}

/** Byte-order comparison of strings, as std::string's operator< on UTF-8 data. */
function compareBytes(a: string, b: string): number {
  const encoder = new TextEncoder();
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i += 1) {
    if (left[i] !== right[i]) return (left[i] as number) - (right[i] as number);
  }
  return left.length - right.length;
}

/**
 * TFDV's L-infinity distance between two categorical count maps: each map is normalised by
 * its own total, a value missing on one side counts 0, and the distance is the largest
 * absolute difference of shares. Ties for the maximum go to the last key in byte order, as
 * TFDV's iteration over a sorted std::map with `>=`. TFDV flags an anomaly when the distance
 * is strictly above the configured threshold.
 *
 * @param a value counts of the first dataset (e.g. training)
 * @param b value counts of the second (e.g. serving)
 * @throws {LabError} on negative/non-finite counts or a map summing to 0
 * @example linfDistance({ a: 50, b: 30, c: 20 }, { a: 30, b: 30, c: 25, d: 15 }); // { distance: 0.2, key: "a" }
 */
export function linfDistance(a: Record<string, number>, b: Record<string, number>): LinfResult {
  const left = normalisedCounts("linfDistance", "a", a);
  const right = normalisedCounts("linfDistance", "b", b);
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort(compareBytes);
  let best = { distance: 0, key: "" };
  for (const key of keys) {
    const difference = Math.abs((left.get(key) ?? 0) - (right.get(key) ?? 0));
    if (difference >= best.distance) best = { distance: difference, key };
  }
  return best;
}

/**
 * Counts of each distinct value (numbers keyed by their string form), the input of
 * {@link linfDistance} and `tfdvCategoricalJsd`.
 *
 * @example countValues(["a", "b", "a"]); // { a: 2, b: 1 }
 */
export function countValues(values: ArrayLike<string | number | boolean>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < values.length; i += 1) {
    const key = String(values[i]);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
