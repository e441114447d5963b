/**
 * How each data-contract check is measured on a batch (datacontract-cli semantics).
 *
 * Data contracts are executable (Lesson 4). A null is null or an absent key; a missing value
 * is a null or one of the listed placeholders; an invalid value is a non-null value that breaks a
 * validity rule (allowed values, unanchored pattern, bounds, lengths); the duplicate count is the
 * number of distinct values (nulls grouped together, as SQL GROUP BY does) seen more than once;
 * times are seconds since the epoch or ISO 8601 text.
 */

import type { ContractCheck, Validity } from "./contract-checks";
import type { LogicalType, QualityOperator } from "./contract";
import { LabError } from "../core/errors";

/** A batch row: column name to value; an absent key reads as null. */
export type ContractRow = Record<string, unknown>;

const isNull = (value: unknown) => value === null || value === undefined;

function hasType(value: unknown, type: LogicalType): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "time":
      // A time of day: seconds since midnight, or "HH:MM[:SS[.fff]]".
      return (
        (typeof value === "number" && value >= 0 && value < 86_400) ||
        (typeof value === "string" && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value))
      );
    // Dates and timestamps are seconds since the epoch in the lab, or ISO 8601 text.
    default:
      return (
        (typeof value === "number" && Number.isFinite(value)) ||
        (typeof value === "string" && Number.isFinite(Date.parse(value)))
      );
  }
}

const compiledPatterns = new Map<string, RegExp>();

function compilePattern(pattern: string): RegExp {
  let regex = compiledPatterns.get(pattern);
  if (!regex) {
    try {
      regex = new RegExp(pattern);
    } catch {
      throw new LabError(
        `evaluateContract requires a valid regular expression (found "${pattern}")`,
      );
    }
    compiledPatterns.set(pattern, regex);
  }
  return regex;
}

function isValid(value: unknown, validity: Validity): boolean {
  const {
    validValues,
    pattern,
    minimum,
    maximum,
    exclusiveMinimum,
    exclusiveMaximum,
    minLength,
    maxLength,
  } = validity;
  const number = value as number;
  const text = String(value);
  // An unanchored search, as the CLI's regular-expression check.
  return (
    (validValues === undefined || validValues.includes(value as string)) &&
    (pattern === undefined || compilePattern(pattern).test(text)) &&
    (minimum === undefined || number >= minimum) &&
    (maximum === undefined || number <= maximum) &&
    (exclusiveMinimum === undefined || number > exclusiveMinimum) &&
    (exclusiveMaximum === undefined || number < exclusiveMaximum) &&
    (minLength === undefined || text.length >= minLength) &&
    (maxLength === undefined || text.length <= maxLength)
  );
}

/**
 * Compares an observed value with an ODCS operator (between bounds are inclusive).
 *
 * @param operator - ODCS operator
 * @param observed - the measured value
 * @param threshold - a number, or [low, high] for the between operators
 * @returns true when the observation satisfies the operator
 * @example
 * compareWithOperator("mustBeBetween", 5, [0, 5]); // true
 */
export function compareWithOperator(
  operator: QualityOperator,
  observed: number,
  threshold: number | [number, number],
): boolean {
  const [low, high] = Array.isArray(threshold) ? threshold : [threshold, threshold];
  switch (operator) {
    case "mustBe":
      return observed === low;
    case "mustNotBe":
      return observed !== low;
    case "mustBeGreaterThan":
      return observed > low;
    case "mustBeGreaterOrEqualTo":
      return observed >= low;
    case "mustBeLessThan":
      return observed < low;
    case "mustBeLessOrEqualTo":
      return observed <= low;
    case "mustBeBetween":
      return low <= observed && observed <= high;
    case "mustNotBeBetween":
      return !(low <= observed && observed <= high);
  }
}

function toSeconds(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && Number.isFinite(Date.parse(value)))
    return Date.parse(value) / 1000;
  return null;
}

function duplicateRows(
  rows: ContractRow[],
  columns: string[],
): { groups: number; indexes: number[] } {
  const firstSeen = new Map<string, number>();
  const counted = new Set<string>();
  const indexes: number[] = [];
  rows.forEach((row, index) => {
    const key = JSON.stringify(
      columns.map((column) => (isNull(row[column]) ? null : [typeof row[column], row[column]])),
    );
    if (!firstSeen.has(key)) return void firstSeen.set(key, index);
    counted.add(key);
    indexes.push(index);
  });
  return { groups: counted.size, indexes };
}

/**
 * Measures one check on a batch: the observed number (when it is not simply the count of
 * failing rows) and the failing row indexes.
 *
 * @param check - the check
 * @param rows - the batch
 * @param now - current time in seconds, needed by freshness checks
 * @returns `observed` (null means "count the failing rows"), `failing`, and a `note` when the
 *   value could not be measured
 * @throws {LabError} when a freshness check has no finite `now`, or a pattern is invalid
 * @example
 * measureCheck(check, rows, 1_700_000_000).failing.length;
 */
export function measureCheck(
  check: ContractCheck,
  rows: ContractRow[],
  now: number | undefined,
): { observed: number | null; failing: number[]; note?: string } {
  const column = check.property;
  const rowsWhere = (predicate: (value: unknown) => boolean) =>
    rows.flatMap((row, index) => (predicate(row[column!]) ? [index] : []));
  switch (check.metric) {
    case "presence":
      return { observed: 1, failing: [] };
    case "rowCount":
      return { observed: rows.length, failing: [] };
    case "type":
      return {
        observed: null,
        failing: rowsWhere((value) => !isNull(value) && !hasType(value, check.logicalType!)),
      };
    case "nullValues":
      return { observed: null, failing: rowsWhere(isNull) };
    case "missingValues":
      return {
        observed: null,
        failing: rowsWhere(
          (value) => isNull(value) || check.missingValues!.includes(value as string),
        ),
      };
    case "invalidValues":
      return {
        observed: null,
        failing: rowsWhere((value) => !isNull(value) && !isValid(value, check.validity!)),
      };
    case "duplicateValues": {
      const { groups, indexes } = duplicateRows(rows, check.columns ?? []);
      return { observed: groups, failing: indexes };
    }
    case "freshness": {
      if (now === undefined || !Number.isFinite(now))
        throw new LabError("evaluateContract requires a finite now for the freshness SLA");
      const times = rows
        .map((row) => toSeconds(row[column!]))
        .filter((time): time is number => time !== null);
      if (times.length === 0)
        return { observed: null, failing: [], note: `no timestamp value found in "${column}"` };
      return { observed: now - times.reduce((a, b) => Math.max(a, b)), failing: [] };
    }
  }
}
