/**
 * Seeded observation streams with a known change point (a step or a ramp in the mean), the input on
 * which the CUSUM and EWMA detectors of Lesson 8 are compared for delay and false alarms.
 */
import { LabError } from "../core/errors";
import type { Rng } from "../random/rng";

/** Options of `generateChangeStream`. */
export interface ChangeStreamOptions {
  /** number of observations */
  length: number;
  /** index of the first observation drawn after the change (length = no change) */
  changeIndex: number;
  /** size of the mean shift after the change, in standard deviations */
  shift: number;
  /** in-control mean (default 0) */
  mean?: number;
  /** standard deviation before and after the change (default 1) */
  standardDeviation?: number;
  /** observations over which the mean ramps up to the full shift (default 0: a step change) */
  rampLength?: number;
}

/**
 * A seeded stream of Gaussian observations whose mean moves by `shift` standard deviations at
 * `changeIndex`, either as a step or as a linear ramp. Used to show CUSUM and EWMA detection
 * delay and false alarms.
 *
 * @param rng seeded random stream
 * @param options stream length, change point, shift size (σ units) and optional ramp
 * @returns the observations, in time order
 * @throws LabError when length or changeIndex is not a non-negative integer, or values are not finite
 * @example
 * const stream = generateChangeStream(createRng(1), { length: 200, changeIndex: 100, shift: 1 });
 * cusum(stream).alarmIndex; // a little after 100
 */
export function generateChangeStream(rng: Rng, options: ChangeStreamOptions): number[] {
  const { length, changeIndex, shift } = options;
  const mean = options.mean ?? 0;
  const standardDeviation = options.standardDeviation ?? 1;
  const rampLength = options.rampLength ?? 0;
  if (!Number.isInteger(length) || length < 0) {
    throw new LabError(
      `generateChangeStream requires length to be a non-negative integer (got ${length})`,
    );
  }
  if (!Number.isInteger(changeIndex) || changeIndex < 0) {
    throw new LabError(
      `generateChangeStream requires changeIndex to be a non-negative integer (got ${changeIndex})`,
    );
  }
  if (![shift, mean, rampLength].every(Number.isFinite) || rampLength < 0) {
    throw new LabError(
      "generateChangeStream requires finite shift, mean and a non-negative rampLength",
    );
  }
  if (!(standardDeviation > 0) || !Number.isFinite(standardDeviation)) {
    throw new LabError(
      `generateChangeStream requires a positive finite standardDeviation (got ${standardDeviation})`,
    );
  }
  const values: number[] = new Array<number>(length);
  for (let index = 0; index < length; index += 1) {
    const elapsed = index - changeIndex + 1;
    // A ramp reaches the full shift after rampLength observations; a step (ramp 0) at once.
    const progress = elapsed <= 0 ? 0 : rampLength === 0 ? 1 : Math.min(1, elapsed / rampLength);
    values[index] = rng.normal(mean + progress * shift * standardDeviation, standardDeviation);
  }
  return values;
}
