/**
 * Great Expectations column-map expectations with their `mostly` semantics.
 *
 * It serves Lesson 4 (contracts with a tolerance). A column-map expectation checks each value and
 * succeeds when the share of expected values reaches `mostly`. The share is computed over
 * NON-NULL values only (nulls are the business of `expect_column_values_to_not_be_null`), and a
 * column with no non-null values succeeds. The not-null expectation itself divides by all rows.
 * Example (Great Expectations' `mostly` semantics): 1000 rows, 50 nulls, 30 out of range, mostly 0.97 → 920 / 950 =
 * 0.968421 → fail. Nulls are null, undefined or NaN (pandas `isnull`).
 */

import { LabError } from "../core/errors";

/** The result of one expectation, named after Great Expectations' result fields. */
export interface ExpectationResult {
  success: boolean;
  /** All rows. */
  elementCount: number;
  /** Null rows (null, undefined, NaN). */
  missingCount: number;
  /** Rows considered that failed the check. */
  unexpectedCount: number;
  /** 100 · unexpected / rows considered; null when no row was considered. */
  unexpectedPercent: number | null;
  /** Share of considered rows that passed (compared with `mostly`); null when none considered. */
  observedShare: number | null;
  mostly: number;
  unexpectedIndexes: number[];
}

const isNullLike = (value: unknown) =>
  value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));

/**
 * The generic column-map expectation.
 *
 * @param values - the column
 * @param isExpected - per-value check (called on non-null values only when nulls are excluded)
 * @param options - `mostly` (default 1) and `excludeNulls` (default true; false divides by all rows)
 * @returns the expectation result
 * @throws {LabError} when values is not an array or mostly is outside [0, 1]
 * @example
 * columnMapExpectation([1, 2, null, 9], (v) => (v as number) < 5, { mostly: 0.6 }).success; // true (2/3)
 */
export function columnMapExpectation(
  values: readonly unknown[],
  isExpected: (value: unknown) => boolean,
  options: { mostly?: number; excludeNulls?: boolean } = {},
): ExpectationResult {
  const mostly = options.mostly ?? 1;
  if (!Array.isArray(values))
    throw new LabError("columnMapExpectation requires an array of values");
  if (!(mostly >= 0 && mostly <= 1)) {
    throw new LabError(`columnMapExpectation requires mostly in [0, 1] (found ${mostly})`);
  }
  const excludeNulls = options.excludeNulls ?? true;
  let missingCount = 0;
  const unexpectedIndexes: number[] = [];
  values.forEach((value, index) => {
    const isNull = isNullLike(value);
    if (isNull) missingCount += 1;
    if (isNull && excludeNulls) return;
    if (!isExpected(value)) unexpectedIndexes.push(index);
  });
  const considered = excludeNulls ? values.length - missingCount : values.length;
  const unexpectedCount = unexpectedIndexes.length;
  const observedShare = considered === 0 ? null : (considered - unexpectedCount) / considered;
  return {
    // No row to judge means nothing unexpected: Great Expectations reports success.
    success: observedShare === null || observedShare >= mostly,
    elementCount: values.length,
    missingCount,
    unexpectedCount,
    unexpectedPercent: considered === 0 ? null : (100 * unexpectedCount) / considered,
    observedShare,
    mostly,
    unexpectedIndexes,
  };
}

/**
 * `expect_column_values_to_not_be_null`: the share of non-null values over ALL rows vs `mostly`.
 *
 * @param values - the column
 * @param options - `mostly` (default 1)
 * @returns the expectation result (unexpected = null rows)
 * @throws {LabError} as {@link columnMapExpectation}
 * @example
 * expectColumnValuesToNotBeNull([1, null, 3, 4], { mostly: 0.75 }).success; // true
 */
export function expectColumnValuesToNotBeNull(
  values: readonly unknown[],
  options: { mostly?: number } = {},
): ExpectationResult {
  return columnMapExpectation(values, (value) => !isNullLike(value), {
    ...options,
    excludeNulls: false,
  });
}

/**
 * `expect_column_values_to_be_between`: min ≤ value ≤ max (strict with `strictMin`/`strictMax`),
 * nulls excluded; a missing bound is not checked; a non-number is unexpected.
 *
 * @param values - the column
 * @param options - `minValue`, `maxValue`, `strictMin`, `strictMax`, `mostly` (default 1)
 * @returns the expectation result
 * @throws {LabError} when neither bound is given, or as {@link columnMapExpectation}
 * @example
 * // 1000 rows, 50 nulls, 30 out of range: 920 / 950 = 0.968421 < 0.97
 * expectColumnValuesToBeBetween(column, { minValue: 0, maxValue: 100, mostly: 0.97 }).success; // false
 */
export function expectColumnValuesToBeBetween(
  values: readonly unknown[],
  options: {
    minValue?: number;
    maxValue?: number;
    strictMin?: boolean;
    strictMax?: boolean;
    mostly?: number;
  },
): ExpectationResult {
  const { minValue, maxValue, strictMin = false, strictMax = false } = options;
  if (minValue === undefined && maxValue === undefined) {
    throw new LabError("expectColumnValuesToBeBetween requires minValue or maxValue");
  }
  const inRange = (value: unknown) => {
    if (typeof value !== "number") return false;
    const aboveMin = minValue === undefined || (strictMin ? value > minValue : value >= minValue);
    const belowMax = maxValue === undefined || (strictMax ? value < maxValue : value <= maxValue);
    return aboveMin && belowMax;
  };
  return columnMapExpectation(values, inRange, { mostly: options.mostly });
}

/**
 * `expect_column_values_to_be_in_set`: value is one of `valueSet`, nulls excluded.
 *
 * @param values - the column
 * @param options - `valueSet`, `mostly` (default 1)
 * @returns the expectation result
 * @throws {LabError} as {@link columnMapExpectation}
 * @example
 * expectColumnValuesToBeInSet(["EUR", "USD", "XXX"], { valueSet: ["EUR", "USD"] }).success; // false
 */
export function expectColumnValuesToBeInSet(
  values: readonly unknown[],
  options: { valueSet: readonly unknown[]; mostly?: number },
): ExpectationResult {
  const allowed = new Set(options.valueSet);
  return columnMapExpectation(values, (value) => allowed.has(value), { mostly: options.mostly });
}

/**
 * `expect_column_values_to_match_regex`: the text of the value contains a match (unanchored,
 * as Python's `re.search`), nulls excluded.
 *
 * @param values - the column
 * @param options - `regex` (JavaScript syntax), `mostly` (default 1)
 * @returns the expectation result
 * @throws {LabError} on an invalid regular expression, or as {@link columnMapExpectation}
 * @example
 * expectColumnValuesToMatchRegex(["a@b.io", "nope"], { regex: "@", mostly: 0.5 }).success; // true
 */
export function expectColumnValuesToMatchRegex(
  values: readonly unknown[],
  options: { regex: string; mostly?: number },
): ExpectationResult {
  let pattern: RegExp;
  try {
    pattern = new RegExp(options.regex);
  } catch {
    throw new LabError(
      `expectColumnValuesToMatchRegex requires a valid regex (found "${options.regex}")`,
    );
  }
  return columnMapExpectation(values, (value) => pattern.test(String(value)), {
    mostly: options.mostly,
  });
}
