/**
 * Monte-Carlo average run length of the sequential detectors (CUSUM, EWMA): how many observations
 * pass before the first alarm, in control (ARL₀, false alarms) and after a shift (ARL₁, delay).
 * Detectors are described as plain data so a study can run in a Web Worker (Lesson 8).
 */
import { createCusumDetector, type CusumOptions, type SequentialDetector } from "./cusum";
import { LabError } from "../core/errors";
import { createEwmaDetector, type EwmaOptions } from "./ewma";
import type { Rng } from "../random/rng";

/** A detector described as plain data, so a run-length study can cross a worker boundary. */
export type DetectorSpec =
  { kind: "cusum"; options?: CusumOptions } | { kind: "ewma"; options?: EwmaOptions };

/** Options of `averageRunLength`. */
export interface RunLengthOptions {
  detector: DetectorSpec;
  /** mean shift in σ units present from the first observation (0 gives ARL0, > 0 gives ARL1) */
  shift?: number;
  /** number of simulated runs (default 500) */
  runs?: number;
  /** a run that has not alarmed after this many observations is stopped (default 100000) */
  maxLength?: number;
  rng: Rng;
}

/** Monte-Carlo estimate of the average run length. */
export interface RunLengthResult {
  /** mean number of observations up to and including the first alarm */
  averageRunLength: number;
  /** standard error of that mean (standard deviation of run lengths / sqrt(runs)) */
  standardError: number;
  /** runs stopped at maxLength without an alarm (counted as maxLength: the estimate is then low) */
  censoredRuns: number;
  runLengths: number[];
}

/**
 * Builds a fresh detector from its plain-data description.
 *
 * @param spec detector kind and options
 * @returns a detector fed one observation at a time
 * @throws LabError when the options are invalid
 * @example
 * createDetector({ kind: "cusum", options: { h: 4 } }).update(0); // false
 */
export function createDetector(spec: DetectorSpec): SequentialDetector {
  return spec.kind === "cusum"
    ? createCusumDetector(spec.options)
    : createEwmaDetector(spec.options);
}

/**
 * Estimates a detector's average run length by simulation: each run feeds observations
 * N(μ0 + shift·σ, σ) (μ0, σ taken from the detector's options) until the first alarm. With
 * shift 0 this is the in-control ARL0 (mean time between false alarms); with a shift it is the
 * zero-state ARL1 (mean detection time).
 *
 * @param options detector, shift (σ units), number of runs, cap per run and the Rng
 * @returns the mean run length, its standard error, censored runs and every run length
 * @throws LabError when runs or maxLength are not positive integers or shift is not finite
 * @example
 * averageRunLength({ detector: { kind: "cusum", options: { h: 4 } }, rng: createRng(1) });
 * // averageRunLength ≈ 168 (Montgomery's table for the two-sided CUSUM, k = 0.5, h = 4)
 */
export function averageRunLength(options: RunLengthOptions): RunLengthResult {
  const shift = options.shift ?? 0;
  const runs = options.runs ?? 500;
  const maxLength = options.maxLength ?? 100000;
  if (!Number.isInteger(runs) || runs < 1) {
    throw new LabError(`averageRunLength requires runs to be a positive integer (got ${runs})`);
  }
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new LabError(
      `averageRunLength requires maxLength to be a positive integer (got ${maxLength})`,
    );
  }
  if (!Number.isFinite(shift)) {
    throw new LabError(`averageRunLength requires a finite shift (got ${shift})`);
  }
  const detectorOptions = options.detector.options ?? {};
  const target = detectorOptions.target ?? 0;
  const standardDeviation = detectorOptions.standardDeviation ?? 1;
  const detector = createDetector(options.detector);
  const runLengths: number[] = [];
  let censoredRuns = 0;
  for (let run = 0; run < runs; run += 1) {
    detector.reset();
    let length = 0;
    let alarmed = false;
    while (!alarmed && length < maxLength) {
      length += 1;
      alarmed = detector.update(
        options.rng.normal(target + shift * standardDeviation, standardDeviation),
      );
    }
    if (!alarmed) censoredRuns += 1;
    runLengths.push(length);
  }
  let sum = 0;
  for (const length of runLengths) sum += length;
  const average = sum / runs;
  let squares = 0;
  for (const length of runLengths) squares += (length - average) ** 2;
  // Sample standard deviation (ddof 1) because this is an estimate of a sampling error.
  const standardError = runs > 1 ? Math.sqrt(squares / (runs - 1) / runs) : NaN;
  return { averageRunLength: average, standardError, censoredRuns, runLengths };
}
