/**
 * The tabular CUSUM (Page 1954, in Montgomery's convention with k and h in standard deviations):
 * one- or two-sided, as a whole-series run and as a detector fed one observation at a time
 * (Lesson 8).
 */
import { LabError, requireFinite } from "../core/errors";

/** Which direction of mean shift a CUSUM watches. */
export type CusumSide = "upper" | "lower" | "two-sided";

/** Options of `cusum` and `createCusumDetector`; k and h are in standard deviations. */
export interface CusumOptions {
  /** in-control mean μ0 (default 0) */
  target?: number;
  /** in-control standard deviation σ (default 1) */
  standardDeviation?: number;
  /** reference value (allowance) k in σ units: half the shift to detect (default 0.5) */
  k?: number;
  /** decision interval h in σ units (default 5) */
  h?: number;
  /** which shifts to watch (default "two-sided") */
  side?: CusumSide;
  /** reset both sums to 0 after each alarm (default false: the path keeps running) */
  restartAfterAlarm?: boolean;
}

/** Paths and alarms of a CUSUM run. */
export interface CusumResult {
  /** first index at which an alarm is raised, or null */
  alarmIndex: number | null;
  /** every index at which a sum crosses above h (with restarts: every alarm) */
  alarmIndices: number[];
  /** C⁺ path (σ units, ≥ 0); zeros when the upper side is not watched */
  upper: number[];
  /** C⁻ path (σ units, ≥ 0, Montgomery's convention); zeros when the lower side is not watched */
  lower: number[];
  k: number;
  h: number;
}

/** A detector fed one observation at a time; `update` returns true when it raises an alarm. */
export interface SequentialDetector {
  update(value: number): boolean;
  reset(): void;
}

function resolve(fnName: string, options: CusumOptions) {
  const target = options.target ?? 0;
  const standardDeviation = options.standardDeviation ?? 1;
  const k = options.k ?? 0.5;
  const h = options.h ?? 5;
  const side = options.side ?? "two-sided";
  if (!Number.isFinite(target)) throw new LabError(`${fnName} requires a finite target`);
  if (!(standardDeviation > 0) || !Number.isFinite(standardDeviation)) {
    throw new LabError(`${fnName} requires a positive finite standardDeviation`);
  }
  if (!(k >= 0) || !(h > 0) || !Number.isFinite(k) || !Number.isFinite(h)) {
    throw new LabError(`${fnName} requires k ≥ 0 and h > 0 (got k = ${k}, h = ${h})`);
  }
  return { target, standardDeviation, k, h, side, restart: options.restartAfterAlarm ?? false };
}

/**
 * Creates a tabular CUSUM (Page 1954) that is fed observations one by one. On standardised
 * z = (x − μ0)/σ it keeps C⁺ = max(0, C⁺ + z − k) and C⁻ = max(0, C⁻ − z − k) and alarms when a
 * watched sum exceeds h (strictly). Used by the run-length simulator.
 *
 * @param options target, σ, k, h, side and restart policy
 * @returns a detector whose `update(x)` returns true on an alarm
 * @throws LabError when σ ≤ 0, k < 0 or h ≤ 0
 * @example
 * const detector = createCusumDetector({ k: 0.5, h: 4 });
 * detector.update(3); // false (C⁺ = 2.5)
 */
export function createCusumDetector(options: CusumOptions = {}): SequentialDetector {
  const { target, standardDeviation, k, h, side, restart } = resolve(
    "createCusumDetector",
    options,
  );
  let upper = 0;
  let lower = 0;
  let wasAbove = false;
  return {
    update(value: number): boolean {
      const z = (value - target) / standardDeviation;
      if (side !== "lower") upper = Math.max(0, upper + z - k);
      if (side !== "upper") lower = Math.max(0, lower - z - k);
      const above = upper > h || lower > h;
      // An alarm is an upward crossing of h; without restarts the sum may stay above h for a while.
      const alarm = above && !wasAbove;
      wasAbove = above;
      if (alarm && restart) {
        upper = 0;
        lower = 0;
        wasAbove = false;
      }
      return alarm;
    },
    reset(): void {
      upper = 0;
      lower = 0;
      wasAbove = false;
    },
  };
}

/**
 * Runs a tabular CUSUM over a whole series and returns both sums' paths and the alarms.
 * Sums start at 0 (zero-state). See `createCusumDetector` for the recursion.
 *
 * @param values observations in time order (finite)
 * @param options target, σ, k (default 0.5), h (default 5), side (default two-sided)
 * @returns paths C⁺ and C⁻ in σ units, the first alarm index and all alarm indices
 * @throws LabError when a value is not finite or the options are invalid
 * @example
 * cusum([0, 0, 3, 3, 3], { h: 4 }).alarmIndex; // 3 (C⁺ = 2.5, then 5.0 > 4)
 */
export function cusum(values: ArrayLike<number>, options: CusumOptions = {}): CusumResult {
  requireFinite("cusum", "values", values);
  const { target, standardDeviation, k, h, side, restart } = resolve("cusum", options);
  const upperPath: number[] = [];
  const lowerPath: number[] = [];
  const alarmIndices: number[] = [];
  let upper = 0;
  let lower = 0;
  let wasAbove = false;
  for (let index = 0; index < values.length; index += 1) {
    const z = ((values[index] ?? NaN) - target) / standardDeviation;
    if (side !== "lower") upper = Math.max(0, upper + z - k);
    if (side !== "upper") lower = Math.max(0, lower - z - k);
    upperPath.push(upper);
    lowerPath.push(lower);
    const above = upper > h || lower > h;
    if (above && !wasAbove) alarmIndices.push(index);
    wasAbove = above;
    if (above && restart) {
      upper = 0;
      lower = 0;
      wasAbove = false;
    }
  }
  return {
    alarmIndex: alarmIndices[0] ?? null,
    alarmIndices,
    upper: upperPath,
    lower: lowerPath,
    k,
    h,
  };
}
