import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectClose } from "../__fixtures__/expect-close";
import { chi2Contingency, chiSquare } from "./chi-square";
import { LabError } from "../core/errors";

describe("chiSquare", () => {
  it("matches scipy.stats.chisquare on random cases", () => {
    // Expected: scripts/lab-fixtures.py
    for (const [index, c] of fixture.chisquare.entries()) {
      const result =
        "expected" in c && c.expected ? chiSquare(c.observed, c.expected) : chiSquare(c.observed);
      expectClose(result.statistic, c.statistic, 1e-12, 1e-14, `case ${index} statistic`);
      expectClose(result.pvalue, c.pvalue, 1e-10, 1e-300, `case ${index} pvalue`);
      expect(result.dof).toBe(c.observed.length - 1);
    }
  });

  it("reproduces reference D: chisquare([18,22,35,25], [25]*4) = 6.32, p 0.09703806460956206", () => {
    const result = chiSquare([18, 22, 35, 25], [25, 25, 25, 25]);
    expectClose(result.statistic, 6.32, 1e-14);
    expectClose(result.pvalue, 0.09703806460956206, 1e-12);
  });

  it("reproduces references E and F with Evidently's expected = reference count x n_cur / n_ref", () => {
    // E: d unseen in the reference -> infinite statistic, p = 0
    const e = chiSquare([30, 30, 25, 15], [50, 30, 20, 0]);
    expect(e.statistic).toBe(Infinity);
    expect(e.pvalue).toBe(0);
    // F: 7.0, p 0.0301973834223185
    const f = chiSquare([40, 30, 30], [50, 30, 20]);
    expectClose(f.statistic, 7, 1e-14);
    expectClose(f.pvalue, 0.0301973834223185, 1e-12);
  });

  it("rejects totals that disagree beyond scipy's tolerance", () => {
    expect(() => chiSquare([10, 10], [10, 11])).toThrow(
      "chiSquare requires observed and expected to have the same total within relative tolerance 1.5e-8 (found 20 and 21)",
    );
    expect(() => chiSquare([10, 10], [10, 10 + 1e-10])).not.toThrow();
  });

  it("rejects bad counts", () => {
    expect(() => chiSquare([5])).toThrow(
      new LabError("chiSquare requires at least two categories"),
    );
    expect(() => chiSquare([5, -1])).toThrow(
      "chiSquare requires non-negative finite counts in observed (found -1 at index 1)",
    );
    expect(() => chiSquare([0, 0])).toThrow(
      "chiSquare requires observed to sum to a positive number",
    );
    expect(() => chiSquare([1, 2], [3])).toThrow(
      "chiSquare requires observed and expected of equal length (found 2 and 1)",
    );
  });
});

describe("chi2Contingency", () => {
  it("matches scipy.stats.chi2_contingency (2x2 with and without Yates, larger tables)", () => {
    for (const [index, c] of fixture.chi2Contingency.entries()) {
      const result = chi2Contingency(c.table, { correction: c.correction });
      expectClose(result.statistic, c.statistic, 1e-12, 1e-14, `case ${index} statistic`);
      expectClose(result.pvalue, c.pvalue, 1e-10, 1e-300, `case ${index} pvalue`);
      expect(result.dof).toBe(c.dof);
      result.expected.forEach((row, r) =>
        row.forEach((value, k) =>
          expectClose(value, c.expected[r]![k]!, 1e-14, 0, `case ${index} expected`),
        ),
      );
    }
  });

  it("reproduces reference D: [[20,30],[35,15]] with Yates = 7.919191919191919, p 0.004891311452359333", () => {
    const result = chi2Contingency([
      [20, 30],
      [35, 15],
    ]);
    expectClose(result.statistic, 7.919191919191919, 1e-14);
    expectClose(result.pvalue, 0.004891311452359333, 1e-12);
    expect(result.dof).toBe(1);
  });

  it("rejects ragged tables, negative counts and zero margins", () => {
    expect(() => chi2Contingency([])).toThrow(
      new LabError("chi2Contingency requires at least one value in table"),
    );
    expect(() => chi2Contingency([[1, 2], [3]])).toThrow(
      "chi2Contingency requires rows of equal length (found 1 and 2 at row 1)",
    );
    expect(() =>
      chi2Contingency([
        [1, -2],
        [3, 4],
      ]),
    ).toThrow(
      "chi2Contingency requires non-negative finite counts in table row 0 (found -2 at index 1)",
    );
    expect(() =>
      chi2Contingency([
        [0, 0],
        [3, 4],
      ]),
    ).toThrow("chi2Contingency requires non-zero expected counts (found 0 at row 0, column 0)");
  });
});
