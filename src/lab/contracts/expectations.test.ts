import { describe, expect, it } from "vitest";
import {
  columnMapExpectation,
  expectColumnValuesToBeBetween,
  expectColumnValuesToBeInSet,
  expectColumnValuesToMatchRegex,
  expectColumnValuesToNotBeNull,
} from "./expectations";

// Great Expectations' `mostly`: 1000 rows, 50 nulls, 30 out of range (python3: (950 - 30) / 950 = 0.968421…).
const column: (number | null)[] = [
  ...Array<null>(50).fill(null),
  ...Array<number>(30).fill(500),
  ...Array.from({ length: 920 }, (_, index) => index % 100),
];

describe("Great Expectations mostly semantics (column-map expectations)", () => {
  it("column-map expectations exclude nulls: 920 / 950 = 0.968421 < 0.97 fails", () => {
    const result = expectColumnValuesToBeBetween(column, {
      minValue: 0,
      maxValue: 100,
      mostly: 0.97,
    });
    expect(result.success).toBe(false);
    expect(result.observedShare).toBeCloseTo(0.968421052631579, 15);
    expect(result).toMatchObject({ elementCount: 1000, missingCount: 50, unexpectedCount: 30 });
    expect(result.unexpectedPercent).toBeCloseTo((100 * 30) / 950, 12);
    expect(
      expectColumnValuesToBeBetween(column, { minValue: 0, maxValue: 100, mostly: 0.968 }).success,
    ).toBe(true);
  });

  it("the not-null expectation divides by all rows: 950 / 1000", () => {
    const result = expectColumnValuesToNotBeNull(column, { mostly: 0.95 });
    expect(result.observedShare).toBe(0.95);
    expect(result.success).toBe(true);
    expect(expectColumnValuesToNotBeNull(column, { mostly: 0.96 }).success).toBe(false);
    expect(expectColumnValuesToNotBeNull(column).unexpectedIndexes).toHaveLength(50);
  });

  it("a column with no non-null values passes (nothing unexpected)", () => {
    const result = expectColumnValuesToBeBetween([null, undefined, NaN], { minValue: 0 });
    expect(result).toMatchObject({ success: true, observedShare: null, unexpectedPercent: null });
    expect(expectColumnValuesToNotBeNull([null]).success).toBe(false);
    expect(expectColumnValuesToNotBeNull([]).success).toBe(true);
  });

  it("strict bounds, sets and regex searches", () => {
    expect(
      expectColumnValuesToBeBetween([0, 5, 10], { minValue: 0, maxValue: 10, strictMax: true })
        .unexpectedIndexes,
    ).toEqual([2]);
    expect(expectColumnValuesToBeBetween(["3"], { minValue: 0 }).success).toBe(false);
    expect(
      expectColumnValuesToBeInSet(["EUR", "USD", "XXX", null], { valueSet: ["EUR", "USD"] }),
    ).toMatchObject({
      success: false,
      unexpectedIndexes: [2],
    });
    expect(
      expectColumnValuesToMatchRegex(["a@b.io", "nope"], { regex: "@", mostly: 0.5 }).success,
    ).toBe(true);
    expect(
      columnMapExpectation([1, 2, null, 9], (value) => (value as number) < 5, { mostly: 0.6 })
        .success,
    ).toBe(true);
  });

  it("rejects bad options with one clear message each", () => {
    expect(() => columnMapExpectation([1], () => true, { mostly: 1.5 })).toThrow(
      "columnMapExpectation requires mostly in [0, 1] (found 1.5)",
    );
    expect(() => expectColumnValuesToBeBetween([1], {})).toThrow(
      "expectColumnValuesToBeBetween requires minValue or maxValue",
    );
    expect(() => expectColumnValuesToMatchRegex(["a"], { regex: "(" })).toThrow(
      'expectColumnValuesToMatchRegex requires a valid regex (found "(")',
    );
  });
});
