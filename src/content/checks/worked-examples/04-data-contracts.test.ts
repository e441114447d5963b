import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  compareWithOperator,
  evaluateContract,
  expectColumnValuesToBeBetween,
  expectColumnValuesToNotBeNull,
  normalizeSeverity,
  parseContract,
  regularizedBeta,
} from "../../../lab/index";
import type { ContractRow } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("04-data-contracts.md");
// Phrases may wrap across source lines; compare them with whitespace collapsed.
const prose = text.replace(/\s+/g, " ");

/** The contract exactly as the lesson prints it, parsed from its YAML block. */
function lessonContract() {
  const block = /```yaml\n([\s\S]*?)```/.exec(text);
  if (!block?.[1]) throw new Error("the data contracts lesson has no yaml block");
  return parseContract(parse(block[1]));
}

/** The range expectation of the examples: trip durations in [0, 14400] seconds, mostly 0.97. */
const tripRange = { minValue: 0, maxValue: 14_400, mostly: 0.97 };

/** A column of `rows` trip durations with `nulls` nulls and `outOfRange` values above the range. */
function tripDurations(rows: number, nulls: number, outOfRange: number): (number | null)[] {
  return Array.from({ length: rows }, (_, index) => {
    if (index < nulls) return null;
    if (index < nulls + outOfRange) return 20_000;
    return 600 + (index % 60) * 60;
  });
}

// 2024-06-30 00:00:00 UTC in seconds since the epoch; the example's clock times are on that day.
const midnight = 1_719_705_600;
const at = (hours: number, minutes: number) => midnight + hours * 3600 + minutes * 60;

/** The ten-row batch of the evaluation example. */
function lessonBatch(cityColumn = "city"): ContractRow[] {
  const rows: [number, number | null, string, number][] = [
    [1001, 0.41, "AMS", at(10, 5)],
    [1002, 0.38, "BER", at(10, 20)],
    [1003, null, "PAR", at(10, 35)],
    [1004, 0.52, "AMS", at(10, 40)],
    [1005, 0.47, "LON", at(10, 45)],
    [1006, 0.33, "BER", at(10, 50)],
    [1006, 0.36, "BER", at(10, 55)],
    [1008, 0.44, "PAR", at(11, 0)],
    [1009, null, "AMS", at(11, 5)],
    [1010, 0.49, "PAR", at(11, 10)],
  ];
  return rows.map(([driverId, conversionRate, city, eventTimestamp]) => ({
    driver_id: driverId,
    conv_rate: conversionRate,
    [cityColumn]: city,
    event_timestamp: eventTimestamp,
  }));
}

describe("lesson 4 worked examples: data contracts", () => {
  it("computes the Great Expectations mostly rates of the 1000-row batch", () => {
    // Great Expectations' column-map semantics (`mostly`): nulls excluded from column-map expectations;
    // 1000 rows, 50 nulls, 30 out of range, mostly 0.97 -> 920/950 = 0.968421 -> fail.
    const column = tripDurations(1000, 50, 30);
    const range = expectColumnValuesToBeBetween(column, tripRange);
    expect(range.success).toBe(false);
    expect(range.unexpectedCount).toBe(30);
    expectPrinted(
      passage(text, "By \\eqref{eq:contract-mostly}, $s = (950 - 30)/950"),
      range.observedShare ?? Number.NaN,
      6,
    );
    // expect_column_values_to_not_be_null divides by all rows.
    const notNull = expectColumnValuesToNotBeNull(column, { mostly: 0.97 });
    expect(notNull.success).toBe(false);
    expectPrinted(
      passage(text, "By \\eqref{eq:contract-mostly}, $s = (950 - 30)/950"),
      notNull.observedShare ?? Number.NaN,
      4,
    );
    // The largest tolerated count: 28 unexpected values pass, 29 fail.
    const tolerated = expectColumnValuesToBeBetween(tripDurations(1000, 50, 28), tripRange);
    const oneTooMany = expectColumnValuesToBeBetween(tripDurations(1000, 50, 29), tripRange);
    expect(tolerated.success).toBe(true);
    expect(oneTooMany.success).toBe(false);
    expectPrinted(
      passage(text, "Solving $(950 - u)/950 \\ge 0.97$"),
      tolerated.observedShare ?? Number.NaN,
      6,
    );
    expectPrinted(
      passage(text, "Solving $(950 - u)/950 \\ge 0.97$"),
      oneTooMany.observedShare ?? Number.NaN,
      6,
    );
  });

  it("computes the false-alarm probabilities of the 97 % rule with the binomial tail", () => {
    // P[U >= k] for U ~ Binomial(n, p) equals the regularized incomplete beta I_p(k, n - k + 1);
    // scipy 1.17: binom.sf(28, 950, p) = 0.01848584, 0.16122645, 0.48806424 for p = 0.02, 0.025, 0.03.
    const tail = (probability: number) => regularizedBeta(probability, 29, 950 - 29 + 1);
    expectPrinted(passage(text, "Keep $n = 950$ non-null values"), tail(0.02), 4);
    expectPrinted(passage(text, "Keep $n = 950$ non-null values"), tail(0.025), 4);
    expectPrinted(passage(text, "Keep $n = 950$ non-null values"), tail(0.03), 4);
    expect(tail(0.02)).toBeCloseTo(0.01848584097875042, 9);
    // Hoeffding: exp(-2 n (epsilon - pi)^2) with epsilon = 1 - mu.
    expectPrinted(
      passage(text, "Keep $n = 950$ non-null values"),
      Math.exp(-2 * 950 * (1 - 0.97 - 0.02) ** 2),
      4,
    );
  });

  it("recovers the union pass rate as a weighted average of the regional pass rates", () => {
    const europe = tripDurations(800, 40, 2);
    const unitedStates = tripDurations(200, 10, 28);
    const europeRate = expectColumnValuesToBeBetween(europe, tripRange).observedShare ?? Number.NaN;
    const unitedStatesRate =
      expectColumnValuesToBeBetween(unitedStates, tripRange).observedShare ?? Number.NaN;
    expectPrinted(passage(text, "The partition pass rates are"), europeRate, 6);
    expectPrinted(passage(text, "The partition pass rates are"), unitedStatesRate, 6);
    // Weights are the non-null counts: 760 / 950 and 190 / 950.
    const weights = [760 / 950, 190 / 950] as const;
    expectPrinted(passage(text, "The partition pass rates are"), weights[0], 1);
    expectPrinted(passage(text, "The partition pass rates are"), weights[1], 1);
    const union = expectColumnValuesToBeBetween([...europe, ...unitedStates], {
      ...tripRange,
      mostly: 0.95,
    });
    expect(union.observedShare).toBeCloseTo(
      weights[0] * europeRate + weights[1] * unitedStatesRate,
      12,
    );
    expectPrinted(
      passage(text, "The partition pass rates are"),
      union.observedShare ?? Number.NaN,
      6,
    );
    // With mostly 0.95 the union passes while the US partition fails.
    expect(union.success).toBe(true);
    expect(
      expectColumnValuesToBeBetween(unitedStates, { ...tripRange, mostly: 0.95 }).success,
    ).toBe(false);
  });

  it("evaluates the lesson's contract on the ten-row batch and quarantines four rows", () => {
    const evaluation = evaluateContract(lessonContract(), lessonBatch(), { now: at(12, 0) });
    expect(evaluation.results).toHaveLength(14);
    expect(prose).toContain(`compiles into ${evaluation.results.length} checks`);
    expect(evaluation.passedCount).toBe(11);
    expect(evaluation.failedCount).toBe(3);
    expect(prose).toContain(
      `So ${evaluation.passedCount} checks pass and ${evaluation.failedCount} fail, all row-level and of severity error`,
    );
    expect(evaluation.action).toBe("quarantine");

    const failed = evaluation.results.filter((result) => !result.passed);
    expect(failed.every((result) => result.severity === "error")).toBe(true);
    const byMetric = (metric: string, property: string | null) =>
      evaluation.results.find((result) => result.metric === metric && result.property === property);
    expect(byMetric("rowCount", null)?.observed).toBe(10);
    expect(byMetric("rowCount", null)?.passed).toBe(true);
    expect(byMetric("duplicateValues", "driver_id")?.observed).toBe(1);
    expect(byMetric("duplicateValues", "driver_id")?.passed).toBe(false);
    expect(byMetric("nullValues", "driver_id")?.passed).toBe(true);
    expect(byMetric("nullValues", "conv_rate")?.observed).toBe(20);
    expect(byMetric("nullValues", "conv_rate")?.passed).toBe(false);
    expect(byMetric("invalidValues", "city")?.observed).toBe(1);
    expect(byMetric("invalidValues", "city")?.passed).toBe(false);
    // Freshness is strict (datacontract-cli's freshness check): 50 minutes < 1 hour passes.
    const freshness = byMetric("freshness", "event_timestamp");
    expect((freshness?.observed ?? 0) / 60).toBe(50);
    expect(freshness?.threshold).toBe(3600);
    expect(freshness?.passed).toBe(true);
    expect(prose).toContain("The newest row is 50 minutes old");

    // Zero-based indexes 2, 4, 6, 8 are the lesson's rows 3, 5, 7 and 9.
    expect(evaluation.quarantinedRowIndexes).toEqual([2, 4, 6, 8]);
    expect(prose).toContain("(3, 5, 7 and 9:");
    const published = lessonBatch().length - evaluation.quarantinedRowIndexes.length;
    expect(evaluation.publishedRowCount).toBe(published);
    expect(prose).toContain(`and ${published} rows are published`);
  });

  it("holds the whole batch when freshness, a batch-level rule, also fails at 12:20", () => {
    const evaluation = evaluateContract(lessonContract(), lessonBatch(), { now: at(12, 20) });
    const freshness = evaluation.results.find((result) => result.metric === "freshness");
    expect((freshness?.observed ?? 0) / 60).toBe(70);
    expect(freshness?.passed).toBe(false);
    expect(evaluation.action).toBe("hold");
    expect(evaluation.publishedRowCount).toBe(0);
    expect(prose).toContain("the newest row would be 70 minutes old");
    expect(prose).toContain("the action becomes **hold**, and none of the 10 rows is published");
  });

  it("reads a strict row bound: nullValues mustBeLessThan 10 rows allows 9 nulls", () => {
    // The largest passing count under a strict bound is 9: 9 % of 100 rows, 0.009 % of 100,000.
    expect(compareWithOperator("mustBeLessThan", 9, 10)).toBe(true);
    expect(compareWithOperator("mustBeLessThan", 10, 10)).toBe(false);
    const sentence = passage(text, "`nullValues mustBeLessThan 10 rows`");
    expectPrinted(sentence, (100 * 9) / 100, 0);
    expectPrinted(sentence, (100 * 9) / 100_000, 3);
    expect(sentence.replace(/\s+/g, " ")).toContain("allows at most 9 nulls");
  });

  it("states the operator and severity conventions the lab applies", () => {
    // Strict and inclusive comparisons as the lesson states them.
    expect(compareWithOperator("mustBeLessThan", 20, 20)).toBe(false);
    expect(compareWithOperator("mustBeLessOrEqualTo", 20, 20)).toBe(true);
    expect(compareWithOperator("mustBeBetween", 5, [0, 5])).toBe(true);
    expect(prose).toContain("and the lab, include both ends");
    // datacontract-cli's warning words only warn; critical, blocker and fatal block.
    for (const word of ["info", "warning", "warn", "low", "minor", "trivial"]) {
      expect(normalizeSeverity(word)).toBe("warning");
    }
    for (const word of ["critical", "blocker", "fatal"]) {
      expect(normalizeSeverity(word)).toBe("critical");
    }
    expect(normalizeSeverity(undefined)).toBe("error");
    expect(prose).toContain("info, warning, warn, low, minor and trivial");
  });

  it("blocks the batch when the city column is renamed", () => {
    const evaluation = evaluateContract(lessonContract(), lessonBatch("city_code"), {
      now: at(12, 0),
    });
    const presence = evaluation.results.find(
      (result) => result.metric === "presence" && result.property === "city",
    );
    expect(presence?.passed).toBe(false);
    expect(presence?.severity).toBe("critical");
    expect(evaluation.action).toBe("block");
    expect(prose).toContain("the whole batch would be **blocked**");
  });
});
