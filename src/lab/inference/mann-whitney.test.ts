import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectAllClose, expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { mannWhitneyU, rankWithTies } from "./mann-whitney";

describe("mannWhitneyU", () => {
  it("matches scipy.stats.mannwhitneyu on random cases (exact, asymptotic, ties, no continuity)", () => {
    // Expected: scripts/lab-fixtures.py, scipy.stats.mannwhitneyu(x, y, method, use_continuity)
    for (const [index, c] of fixture.mannwhitneyu.entries()) {
      const result = mannWhitneyU(c.x, c.y, {
        method: c.method as "auto" | "exact" | "asymp",
        useContinuity: c.useContinuity,
      });
      expectClose(result.statistic, c.statistic, 1e-12, 0, `case ${index} U`);
      expectClose(result.pvalue, c.pvalue, 1e-9, 1e-300, `case ${index} p`);
    }
  });

  it("reproduces reference A: U = 20, exact p = 0.08313908313908314", () => {
    const result = mannWhitneyU(
      [1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 5.5, 6.1],
      [2.0, 3.5, 4.1, 4.4, 5.9, 6.3, 7.2, 7.7, 8.0, 9.1],
    );
    expect(result.statistic).toBe(20);
    expect(result.method).toBe("exact");
    expectClose(result.pvalue, 0.08313908313908314, 1e-14);
  });

  it("reproduces reference B (ties): U = 18.5, asymptotic p = 0.01812743104340377", () => {
    const result = mannWhitneyU([1, 2, 2, 3, 3, 3, 4, 5, 6, 7], [3, 4, 4, 5, 6, 6, 7, 8, 8, 9]);
    expect(result.statistic).toBe(18.5);
    expect(result.method).toBe("asymp");
    expectClose(result.pvalue, 0.01812743104340377, 1e-13);
  });

  it("switches auto to the normal approximation when the exact recursion would be too slow", () => {
    const large = Array.from({ length: 20000 }, (_, i) => i + 0.5);
    expect(mannWhitneyU([1, 2, 3, 4, 5], large).method).toBe("asymp");
    expect(() => mannWhitneyU([1, 2, 3, 4, 5], large, { method: "exact" })).toThrow(
      "mannWhitneyU requires n1·n2 <= 40000 for the exact method (found 100000)",
    );
  });

  it("rejects empty samples and non-finite values", () => {
    expect(() => mannWhitneyU([], [1])).toThrow(
      new LabError("mannWhitneyU requires at least one value in x"),
    );
    expect(() => mannWhitneyU([1], [-Infinity])).toThrow(
      "mannWhitneyU requires finite values in y (found -Infinity at index 0)",
    );
  });
});

describe("rankWithTies", () => {
  it("gives average ranks like scipy.stats.rankdata", () => {
    // scipy: rankdata([10, 20, 20, 5, 20]) = [2, 4, 4, 1, 4]
    expectAllClose(rankWithTies([10, 20, 20, 5, 20]), [2, 4, 4, 1, 4]);
    expectAllClose(rankWithTies([3]), [1]);
  });
  it("rejects NaN", () => {
    expect(() => rankWithTies([1, Number.NaN])).toThrow(
      "rankWithTies requires finite values in values (found NaN at index 1)",
    );
  });
});
