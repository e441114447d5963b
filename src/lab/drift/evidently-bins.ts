/**
 * Evidently's shared binning for PSI and Jensen-Shannon drift (legacy `get_binned_data`,
 * evidentlyai/evidently `legacy/calculations/stattests/utils.py`).
 */
import { LabError, requireNonEmpty } from "../core/errors";
import { histogramCounts, sturgesEdgesFromRange } from "../core/histogram";

/** The binning both samples share, with raw shares (count / sample length, no zero filling). */
export interface EvidentlyBins {
  /** "numeric": Sturges histogram bins; "categorical": one bin per observed value. */
  kind: "numeric" | "categorical";
  /** Bin edges (numeric kind only), ascending, one more than the number of bins. */
  edges?: number[];
  /** Bin values (categorical kind only): numbers ascending, then strings in code-unit order. */
  bins?: (string | number)[];
  /** Share of the reference sample in each bin. */
  referenceShares: number[];
  /** Share of the current sample in each bin. */
  currentShares: number[];
}

/** Options of {@link evidentlyBins}. */
export interface EvidentlyBinsOptions {
  /** Treat values as categories even when they are numbers (Evidently's column type). */
  categorical?: boolean;
}

/** True when there are more than `limit` distinct values; stops counting early. */
function hasMoreDistinctThan(values: ArrayLike<number | string>, limit: number): boolean {
  const seen = new Set<number | string>();
  for (let i = 0; i < values.length; i += 1) {
    seen.add(values[i] as number | string);
    if (seen.size > limit) return true;
  }
  return false;
}

function compareCategories(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sharesOf(
  values: ArrayLike<number | string>,
  index: Map<string | number, number>,
): number[] {
  const counts = new Array<number>(index.size).fill(0);
  for (let i = 0; i < values.length; i += 1) {
    const position = index.get(values[i] as number | string) as number;
    counts[position] = (counts[position] as number) + 1;
  }
  return counts.map((count) => count / values.length);
}

/**
 * Bins reference and current samples the way Evidently does before PSI and Jensen-Shannon:
 * a numeric feature with more than 20 distinct reference values gets the Sturges edges of the
 * union (`numpy.histogram_bin_edges(reference ∪ current, "sturges")`) and numpy histogram
 * counts; otherwise (few values, strings, or `categorical: true`) one bin per value observed in
 * either sample. Shares are count / sample length.
 *
 * Non-finite numbers are rejected (Evidently drops them first: call `dropNonFinite` before).
 * Numbers are binned as floats; pandas would widen Sturges bins to width 1 for integer columns.
 *
 * @param reference reference sample (numbers or strings)
 * @param current current sample
 * @throws {LabError} on an empty sample or NaN/±Infinity
 * @example evidentlyBins(["a", "b", "b"], ["b", "c"]); // bins ["a","b","c"], shares [1/3,2/3,0] and [0,.5,.5]
 */
export function evidentlyBins(
  reference: ArrayLike<number | string>,
  current: ArrayLike<number | string>,
  options: EvidentlyBinsOptions = {},
): EvidentlyBins {
  return binSamples("evidentlyBins", reference, current, options);
}

/** Validates one sample and tells whether it holds only numbers (one pass). */
function requireValues(fnName: string, what: string, values: ArrayLike<number | string>): boolean {
  requireNonEmpty(fnName, what, values);
  let numbers = true;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (typeof value === "number") {
      if (Number.isFinite(value)) continue;
    } else if (typeof value === "string") {
      numbers = false;
      continue;
    }
    throw new LabError(
      `${fnName} requires finite values in ${what} (found ${String(value)} at index ${i})`,
    );
  }
  return numbers;
}

/**
 * {@link evidentlyBins} with the caller's name in error messages (psi uses it).
 *
 * @throws {LabError} as evidentlyBins, naming `fnName`
 * @example binSamples("psi", [1, 2], [2, 3]).bins; // [1, 2, 3]
 */
export function binSamples(
  fnName: string,
  reference: ArrayLike<number | string>,
  current: ArrayLike<number | string>,
  options: EvidentlyBinsOptions = {},
): EvidentlyBins {
  const referenceNumeric = requireValues(fnName, "reference", reference);
  const currentNumeric = requireValues(fnName, "current", current);
  const numeric = !options.categorical && referenceNumeric && currentNumeric;
  if (numeric && hasMoreDistinctThan(reference, 20)) {
    // Edges of the union need only its range and size: no concatenated copy.
    let minimum = Number.POSITIVE_INFINITY;
    let maximum = Number.NEGATIVE_INFINITY;
    for (const values of [reference, current] as ArrayLike<number>[]) {
      for (let i = 0; i < values.length; i += 1) {
        const value = values[i] as number;
        if (value < minimum) minimum = value;
        if (value > maximum) maximum = value;
      }
    }
    const edges = sturgesEdgesFromRange(minimum, maximum, reference.length + current.length);
    const referenceCounts = histogramCounts(reference as ArrayLike<number>, edges);
    const currentCounts = histogramCounts(current as ArrayLike<number>, edges);
    return {
      kind: "numeric",
      edges,
      referenceShares: referenceCounts.map((count) => count / reference.length),
      currentShares: currentCounts.map((count) => count / current.length),
    };
  }
  const categories = new Set<string | number>();
  for (let i = 0; i < reference.length; i += 1) categories.add(reference[i] as number | string);
  for (let i = 0; i < current.length; i += 1) categories.add(current[i] as number | string);
  const bins = [...categories].sort(compareCategories);
  const index = new Map(bins.map((value, position) => [value, position] as const));
  return {
    kind: "categorical",
    bins,
    referenceShares: sharesOf(reference, index),
    currentShares: sharesOf(current, index),
  };
}
