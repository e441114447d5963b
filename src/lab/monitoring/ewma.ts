/**
 * The EWMA control chart with exact time-varying limits (narrower for the first observations than
 * the asymptotic ones): as a whole-series run and as a detector fed one observation at a time
 * (Lesson 8).
 */
import type { SequentialDetector } from "./cusum";
import { LabError, requireFinite } from "../core/errors";

/** Options of `ewma` and `createEwmaDetector`. */
export interface EwmaOptions {
  /** in-control mean μ0 (default 0); also the statistic's starting value */
  target?: number;
  /** in-control standard deviation σ of one observation (default 1) */
  standardDeviation?: number;
  /** smoothing weight λ in (0, 1] (default 0.2); λ = 1 is a Shewhart chart */
  lambda?: number;
  /** L: width of the control limits in standard deviations of the statistic (default 3) */
  limitWidth?: number;
  /** restart the statistic (and the time index of the limits) after each alarm (default false) */
  restartAfterAlarm?: boolean;
}

/** Path, exact control limits and alarms of an EWMA chart. */
export interface EwmaResult {
  alarmIndex: number | null;
  /** every index at which the statistic moves from inside to outside the limits */
  alarmIndices: number[];
  statistic: number[];
  lower: number[];
  upper: number[];
}

function resolve(fnName: string, options: EwmaOptions) {
  const target = options.target ?? 0;
  const standardDeviation = options.standardDeviation ?? 1;
  const lambda = options.lambda ?? 0.2;
  const limitWidth = options.limitWidth ?? 3;
  if (!Number.isFinite(target)) throw new LabError(`${fnName} requires a finite target`);
  if (!(standardDeviation > 0) || !Number.isFinite(standardDeviation)) {
    throw new LabError(`${fnName} requires a positive finite standardDeviation`);
  }
  if (!(lambda > 0 && lambda <= 1)) {
    throw new LabError(`${fnName} requires lambda in (0, 1] (got ${lambda})`);
  }
  if (!(limitWidth > 0) || !Number.isFinite(limitWidth)) {
    throw new LabError(`${fnName} requires a positive finite limitWidth (got ${limitWidth})`);
  }
  return {
    target,
    standardDeviation,
    lambda,
    limitWidth,
    restart: options.restartAfterAlarm ?? false,
  };
}

/**
 * Half-width of the exact (time-varying) EWMA control limits after `step` observations:
 * L·σ·sqrt(λ/(2 − λ)·(1 − (1 − λ)^(2·step))). It grows towards the asymptotic L·σ·sqrt(λ/(2 − λ)).
 *
 * @param step number of observations so far (1-based)
 * @param lambda smoothing weight λ
 * @param limitWidth L
 * @param standardDeviation σ of one observation
 * @returns the half-width, in the units of the observations
 * @example
 * ewmaLimitHalfWidth(1, 0.2, 3, 1); // 0.6 (= 3·0.2)
 */
export function ewmaLimitHalfWidth(
  step: number,
  lambda: number,
  limitWidth: number,
  standardDeviation: number,
): number {
  const variance = (lambda / (2 - lambda)) * (1 - Math.pow(1 - lambda, 2 * step));
  return limitWidth * standardDeviation * Math.sqrt(variance);
}

/**
 * Creates an EWMA chart fed one observation at a time: z_t = λ·x_t + (1 − λ)·z_(t−1), z_0 = μ0,
 * alarming when z_t leaves μ0 ± the exact time-varying limits (strict comparison).
 *
 * @param options target, σ, λ, L and restart policy
 * @returns a detector whose `update(x)` returns true on an alarm
 * @throws LabError when λ is outside (0, 1] or σ, L are not positive
 * @example
 * createEwmaDetector({ lambda: 0.2 }).update(4); // true: z = 0.8 > 0.6
 */
export function createEwmaDetector(options: EwmaOptions = {}): SequentialDetector {
  const { target, standardDeviation, lambda, limitWidth, restart } = resolve(
    "createEwmaDetector",
    options,
  );
  let statistic = target;
  let step = 0;
  let wasOutside = false;
  return {
    update(value: number): boolean {
      step += 1;
      statistic = lambda * value + (1 - lambda) * statistic;
      const halfWidth = ewmaLimitHalfWidth(step, lambda, limitWidth, standardDeviation);
      const outside = Math.abs(statistic - target) > halfWidth;
      const alarm = outside && !wasOutside;
      wasOutside = outside;
      if (alarm && restart) {
        statistic = target;
        step = 0;
        wasOutside = false;
      }
      return alarm;
    },
    reset(): void {
      statistic = target;
      step = 0;
      wasOutside = false;
    },
  };
}

/**
 * Runs an EWMA chart over a whole series with exact time-varying limits (see
 * `createEwmaDetector`), returning the statistic path, the limits and the alarms.
 *
 * @param values observations in time order (finite)
 * @param options target, σ, λ (default 0.2), L (default 3)
 * @returns statistic, lower and upper limit paths, first and all alarm indices
 * @throws LabError when a value is not finite or the options are invalid
 * @example
 * ewma([0, 0, 5]).alarmIndex; // 2: z = 1.0 is above 3·sqrt(0.2/1.8·(1 − 0.8^6)) ≈ 0.859
 */
export function ewma(values: ArrayLike<number>, options: EwmaOptions = {}): EwmaResult {
  requireFinite("ewma", "values", values);
  const { target, standardDeviation, lambda, limitWidth, restart } = resolve("ewma", options);
  const result: EwmaResult = {
    alarmIndex: null,
    alarmIndices: [],
    statistic: [],
    lower: [],
    upper: [],
  };
  let statistic = target;
  let step = 0;
  let wasOutside = false;
  for (let index = 0; index < values.length; index += 1) {
    step += 1;
    statistic = lambda * (values[index] ?? NaN) + (1 - lambda) * statistic;
    const halfWidth = ewmaLimitHalfWidth(step, lambda, limitWidth, standardDeviation);
    result.statistic.push(statistic);
    result.lower.push(target - halfWidth);
    result.upper.push(target + halfWidth);
    const outside = Math.abs(statistic - target) > halfWidth;
    if (outside && !wasOutside) result.alarmIndices.push(index);
    wasOutside = outside;
    if (outside && restart) {
      statistic = target;
      step = 0;
      wasOutside = false;
    }
  }
  result.alarmIndex = result.alarmIndices[0] ?? null;
  return result;
}
