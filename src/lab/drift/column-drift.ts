/**
 * One column's drift decision with Evidently's semantics: missing values dropped, Evidently's
 * default test for the column (`selectDriftTest`) unless one is given, and the test's threshold
 * (Lesson 7). `drift-report.ts` runs it over a whole table.
 */
import {
  cleanDriftColumn,
  driftTests,
  selectDriftTest,
  type DriftTestInfo,
  type DriftTestName,
  type DriftValue,
} from "./drift-tests";
import { LabError } from "../core/errors";
import { evidentlyChiSquare, evidentlyZTest } from "./evidently-categorical-tests";
import { jensenShannon } from "./jensen-shannon";
import { ks2samp } from "../inference/ks";
import { evidentlyBins, psi } from "./psi";
import { wassersteinNormed } from "./wasserstein";

/** Options of `columnDrift`: override the test, its threshold, or the column type. */
export interface ColumnDriftOptions {
  test?: DriftTestName;
  threshold?: number;
  /** treat numbers as categories (strings are always categorical) */
  categorical?: boolean;
}

/** One column's drift decision. */
export interface ColumnDriftResult {
  test: DriftTestName;
  /** p-value for ks / chisquare / z, distance for psi / jensenshannon / wasserstein */
  score: number;
  threshold: number;
  drifted: boolean;
  comparison: DriftTestInfo["comparison"];
  /** values used after dropping missing ones */
  referenceCount: number;
  currentCount: number;
}

function numbersOnly(test: DriftTestName, values: (number | string)[]): number[] {
  if (values.some((value) => typeof value !== "number")) {
    throw new LabError(`columnDrift requires numeric values for the ${test} test`);
  }
  return values as number[];
}

function score(
  test: DriftTestName,
  reference: (number | string)[],
  current: (number | string)[],
  categorical: boolean,
) {
  switch (test) {
    case "ks":
      return ks2samp(numbersOnly(test, reference), numbersOnly(test, current)).pvalue;
    case "wasserstein":
      return wassersteinNormed(numbersOnly(test, reference), numbersOnly(test, current));
    case "chisquare":
      return evidentlyChiSquare(reference, current).pvalue;
    case "z":
      return evidentlyZTest(reference, current).pvalue;
    case "psi":
      return psi(reference, current, { categorical }).value;
    case "jensenshannon": {
      // Evidently bins like PSI but does not replace empty bins before scipy's jensenshannon.
      const bins = evidentlyBins(reference, current, { categorical });
      return jensenShannon(bins.referenceShares, bins.currentShares).distance;
    }
  }
}

/**
 * Decides whether one column drifted, with Evidently's semantics: missing values (null, NaN,
 * ±Infinity) are dropped first; the test is Evidently's default for the column
 * (`selectDriftTest`) unless given; the threshold defaults per test; KS drifts when p ≤ threshold,
 * chi-square and z-test when p < threshold, PSI, Jensen-Shannon and normed Wasserstein when the
 * score ≥ threshold.
 *
 * @param reference the column in the reference data
 * @param current the column in the current data
 * @param options test, threshold and column type overrides
 * @returns the test, score, threshold, comparison and decision
 * @throws LabError when a side has no present value, or a numeric test meets category labels
 * @example
 * columnDrift(["a", "a", "b", "c"], ["a", "b", "b", "d"]); // chisquare, p 0 (new category "d")
 */
export function columnDrift(
  reference: readonly DriftValue[],
  current: readonly DriftValue[],
  options: ColumnDriftOptions = {},
): ColumnDriftResult {
  const cleanReference = cleanDriftColumn(reference);
  const cleanCurrent = cleanDriftColumn(current);
  if (cleanReference.length === 0) {
    throw new LabError("columnDrift requires at least one non-missing value in reference");
  }
  if (cleanCurrent.length === 0) {
    throw new LabError("columnDrift requires at least one non-missing value in current");
  }
  const categorical =
    options.categorical ??
    [...cleanReference, ...cleanCurrent].some((value) => typeof value === "string");
  const test = options.test ?? selectDriftTest(cleanReference, cleanCurrent, categorical);
  const info = driftTests[test];
  if (info === undefined)
    throw new LabError(`columnDrift requires a known test (got ${String(test)})`);
  const threshold = options.threshold ?? info.defaultThreshold;
  if (!Number.isFinite(threshold)) {
    throw new LabError(`columnDrift requires a finite threshold (got ${threshold})`);
  }
  const value = score(test, cleanReference, cleanCurrent, categorical);
  const drifted =
    info.comparison === "p ≤ threshold"
      ? value <= threshold
      : info.comparison === "p < threshold"
        ? value < threshold
        : value >= threshold;
  return {
    test,
    score: value,
    threshold,
    drifted,
    comparison: info.comparison,
    referenceCount: cleanReference.length,
    currentCount: cleanCurrent.length,
  };
}
