/**
 * Training-serving feature skew, counted the way TFDV's feature skew detector does.
 *
 * It serves Lesson 3 (training-serving skew). Log the features the model saw at serving time with a
 * request id, join them with the features the training pipeline computed for the same ids, and
 * compare value by value. Per feature (TFDV `FeatureSkew`): `baseCount`/`testCount` = pairs where
 * the feature has a value on that side; `matchCount` = equal values, or missing on both sides in
 * the same way; `mismatchCount` = values on both sides that differ; `baseOnly`/`testOnly` = a value
 * on one side only; `diffCount` = baseOnly + testOnly + mismatch. Base is training, test is serving.
 * Ids occurring more than once on a side are skipped (counted in `duplicateIdCount`) unless
 * `allowDuplicateIdentifiers`, as in TFDV.
 */

import { LabError } from "../core/errors";

/** One example: feature name to value (number, string, boolean, or an array of those). */
export type ExampleRow = Record<string, unknown>;

/** Skew counts of one feature. */
export interface FeatureSkewCounts {
  featureName: string;
  baseCount: number;
  testCount: number;
  matchCount: number;
  baseOnly: number;
  testOnly: number;
  mismatchCount: number;
  diffCount: number;
  /** mismatchCount / pairs analysed; null when no pair was analysed. */
  mismatchRate: number | null;
}

/** How the join went (TFDV `MatchStats`). */
export interface SkewMatchStats {
  baseWithIdCount: number;
  testWithIdCount: number;
  identifiersCount: number;
  idsMissingInBaseCount: number;
  idsMissingInTestCount: number;
  matchingPairsCount: number;
  duplicateIdCount: number;
  baseMissingIdCount: number;
  testMissingIdCount: number;
}

/** Options of {@link featureSkew}. */
export interface FeatureSkewOptions {
  /** Feature(s) whose values identify an example. */
  identifierFeatures: string | string[];
  featuresToIgnore?: string[];
  /** Round numbers to this many decimals before comparing (TFDV `float_round_ndigits`). */
  floatRoundDigits?: number;
  allowDuplicateIdentifiers?: boolean;
}

// TFDV distinguishes an absent feature (None) from a present one with no values; null and []
// play the second role here.
const isAbsent = (value: unknown) => value === undefined;
const isEmptyOrAbsent = (value: unknown) =>
  value === undefined || value === null || (Array.isArray(value) && value.length === 0);

function fingerprint(value: unknown, digits: number | undefined): string {
  // Rounding to fixed digits, as TFDV's float_round_ndigits (exact binary ties round away from
  // zero here, to even in Python: they are rare enough not to matter for skew counts).
  const round = (item: unknown) =>
    typeof item === "number" && digits !== undefined && Number.isFinite(item)
      ? Number(item.toFixed(digits))
      : item;
  const values = (Array.isArray(value) ? value : [value]).map(round);
  return JSON.stringify(values.map((item) => [typeof item, item]));
}

type Outcome = "match" | "match-missing" | "mismatch" | "base-only" | "test-only" | "uncounted";

function compareFeature(
  baseValue: unknown,
  testValue: unknown,
  digits: number | undefined,
): Outcome {
  const [baseHas, testHas] = [!isEmptyOrAbsent(baseValue), !isEmptyOrAbsent(testValue)];
  if (baseHas && testHas) {
    return fingerprint(baseValue, digits) === fingerprint(testValue, digits) ? "match" : "mismatch";
  }
  if (baseHas) return "base-only";
  if (testHas) return "test-only";
  // Missing on both sides counts as a match only when missing the same way.
  return isAbsent(baseValue) === isAbsent(testValue) ? "match-missing" : "uncounted";
}

/** A skewed pair (TFDV `SkewPair`): the identifiers and which features disagreed how. */
export interface SkewPair {
  identifiers: Record<string, unknown>;
  mismatchedFeatures: string[];
  baseOnlyFeatures: string[];
  testOnlyFeatures: string[];
}

/**
 * Joins base (training) and test (serving) examples on their identifiers and counts skew per
 * feature.
 *
 * Cost: O((b + t) · f) for b and t examples with f features.
 *
 * @param base - training examples
 * @param test - serving examples
 * @param options - identifiers, ignored features, float rounding, duplicate handling
 * @returns per-feature counts (sorted by name), match statistics, and the skewed pairs
 * @throws {LabError} when no identifier is given, inputs are not arrays, or digits are invalid
 * @example
 * featureSkew([{ id: 1, x: 2 }], [{ id: 1, x: 2000 }], { identifierFeatures: "id" }).features[0];
 * // { featureName: "x", mismatchCount: 1, diffCount: 1, mismatchRate: 1, … }
 */
export function featureSkew(
  base: ExampleRow[],
  test: ExampleRow[],
  options: FeatureSkewOptions,
): { features: FeatureSkewCounts[]; matchStats: SkewMatchStats; skewPairs: SkewPair[] } {
  const identifiers = [options?.identifierFeatures ?? []].flat().sort();
  if (identifiers.length === 0)
    throw new LabError("featureSkew requires at least one identifier feature");
  if (!Array.isArray(base) || !Array.isArray(test))
    throw new LabError("featureSkew requires two arrays of examples");
  const digits = options.floatRoundDigits;
  if (digits !== undefined && !(Number.isInteger(digits) && digits >= 0 && digits <= 100)) {
    throw new LabError("featureSkew requires floatRoundDigits to be an integer in [0, 100]");
  }
  const ignored = new Set([...identifiers, ...(options.featuresToIgnore ?? [])]);
  const stats: SkewMatchStats = {
    baseWithIdCount: 0,
    testWithIdCount: 0,
    identifiersCount: 0,
    idsMissingInBaseCount: 0,
    idsMissingInTestCount: 0,
    matchingPairsCount: 0,
    duplicateIdCount: 0,
    baseMissingIdCount: 0,
    testMissingIdCount: 0,
  };
  const groups = new Map<string, { base: ExampleRow[]; test: ExampleRow[] }>();
  const collect = (rows: ExampleRow[], side: "base" | "test") => {
    for (const row of rows) {
      if (identifiers.some((name) => isEmptyOrAbsent(row?.[name]))) {
        stats[side === "base" ? "baseMissingIdCount" : "testMissingIdCount"] += 1;
        continue;
      }
      const key = identifiers.map((name) => fingerprint(row[name], digits)).join("|");
      const group = groups.get(key) ?? { base: [], test: [] };
      group[side].push(row);
      groups.set(key, group);
    }
  };
  collect(base, "base");
  collect(test, "test");
  const counts = new Map<string, FeatureSkewCounts>();
  const counter = (name: string) => {
    let entry = counts.get(name);
    if (!entry) {
      entry = {
        featureName: name,
        baseCount: 0,
        testCount: 0,
        matchCount: 0,
        baseOnly: 0,
        testOnly: 0,
        mismatchCount: 0,
        diffCount: 0,
        mismatchRate: null,
      };
      counts.set(name, entry);
    }
    return entry;
  };
  let pairsAnalysed = 0;
  const skewPairs: SkewPair[] = [];
  for (const group of groups.values()) {
    stats.identifiersCount += 1;
    stats.baseWithIdCount += group.base.length;
    stats.testWithIdCount += group.test.length;
    if (group.base.length === 0) stats.idsMissingInBaseCount += 1;
    if (group.test.length === 0) stats.idsMissingInTestCount += 1;
    stats.matchingPairsCount += group.base.length * group.test.length;
    const duplicated = group.base.length > 1 || group.test.length > 1;
    if (duplicated) stats.duplicateIdCount += 1;
    if (duplicated && !options.allowDuplicateIdentifiers) continue;
    for (const baseRow of group.base) {
      for (const testRow of group.test) {
        pairsAnalysed += 1;
        const pair: SkewPair = {
          identifiers: Object.fromEntries(identifiers.map((name) => [name, baseRow[name]])),
          mismatchedFeatures: [],
          baseOnlyFeatures: [],
          testOnlyFeatures: [],
        };
        let skewed = false;
        const names = new Set([...Object.keys(baseRow), ...Object.keys(testRow)]);
        for (const name of [...names].filter((feature) => !ignored.has(feature)).sort()) {
          const outcome = compareFeature(baseRow[name], testRow[name], digits);
          const entry = counter(name);
          if (outcome === "match" || outcome === "mismatch" || outcome === "base-only")
            entry.baseCount += 1;
          if (outcome === "match" || outcome === "mismatch" || outcome === "test-only")
            entry.testCount += 1;
          if (outcome === "match" || outcome === "match-missing") entry.matchCount += 1;
          if (outcome === "mismatch") {
            entry.mismatchCount += 1;
            pair.mismatchedFeatures.push(name);
          }
          if (outcome === "base-only") {
            entry.baseOnly += 1;
            pair.baseOnlyFeatures.push(name);
          }
          if (outcome === "test-only") {
            entry.testOnly += 1;
            pair.testOnlyFeatures.push(name);
          }
          // TFDV marks a pair skewed when any feature did not match, even one that is absent on
          // one side and empty on the other.
          if (outcome !== "match" && outcome !== "match-missing") skewed = true;
        }
        if (skewed) skewPairs.push(pair);
      }
    }
  }
  const features = [...counts.values()]
    .map((entry) => ({
      ...entry,
      diffCount: entry.baseOnly + entry.testOnly + entry.mismatchCount,
      mismatchRate: pairsAnalysed === 0 ? null : entry.mismatchCount / pairsAnalysed,
    }))
    .sort((left, right) =>
      left.featureName < right.featureName ? -1 : left.featureName > right.featureName ? 1 : 0,
    );
  return { features, matchStats: stats, skewPairs };
}
