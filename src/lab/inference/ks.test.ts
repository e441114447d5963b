import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { linspace } from "../core/histogram";
import { ks2samp } from "./ks";

describe("ks2samp", () => {
  it("matches scipy.stats.ks_2samp on random cases (exact, asymp, ties, unequal sizes)", () => {
    // Expected: scripts/lab-fixtures.py, scipy.stats.ks_2samp(x, y, method=...)
    for (const [index, c] of fixture.ks2samp.entries()) {
      const result = ks2samp(c.x, c.y, { method: c.method as "auto" | "asymp" });
      expectClose(result.statistic, c.statistic, 1e-12, 0, `case ${index} statistic`);
      expectClose(result.pvalue, c.pvalue, 1e-9, 1e-300, `case ${index} pvalue`);
    }
  });

  const x = [1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 5.5, 6.1];
  const y = [2.0, 3.5, 4.1, 4.4, 5.9, 6.3, 7.2, 7.7, 8.0, 9.1];

  it("reproduces scipy.stats.ks_2samp on x, y: D = 0.5, exact p and asymptotic p", () => {
    expect(ks2samp(x, y)).toEqual({ statistic: 0.5, pvalue: 0.1659582247817542, method: "exact" });
    expect(ks2samp(x, y, { method: "asymp" })).toEqual({
      statistic: 0.5,
      pvalue: 0.1875,
      method: "asymp",
    });
  });

  it("reproduces scipy.stats.ks_2samp with ties: D = 0.5, p = 0.16782134274394334", () => {
    const result = ks2samp([1, 2, 2, 3, 3, 3, 4, 5, 6, 7], [3, 4, 4, 5, 6, 6, 7, 8, 8, 9]);
    expect(result.statistic).toBe(0.5);
    expectClose(result.pvalue, 0.16782134274394334, 1e-12);
  });

  it("reproduces scipy.stats.ks_2samp on linspace(0, 10, 50) vs linspace(2, 12, 40)", () => {
    const result = ks2samp(linspace(0, 10, 50), linspace(2, 12, 40));
    expectClose(result.statistic, 0.215, 1e-12);
    expectClose(result.pvalue, 0.22356088619425982, 1e-10);
  });

  it("uses the asymptotic p-value above 10000 values and when asked", () => {
    const big = linspace(0, 1, 10001);
    expect(ks2samp(big, [0.5, 0.6]).method).toBe("asymp");
    expect(ks2samp([1, 2, 3], [1.5, 2.5], { method: "exact" }).method).toBe("exact");
  });

  it("returns p = 1 for identical samples", () => {
    expect(ks2samp([1, 2, 3], [1, 2, 3])).toEqual({ statistic: 0, pvalue: 1, method: "exact" });
  });

  it("has a statistic in [0, 1] and a p-value in [0, 1] (property)", () => {
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const result = ks2samp(a, b);
        return (
          result.statistic >= 0 && result.statistic <= 1 && result.pvalue >= 0 && result.pvalue <= 1
        );
      }),
    );
  });

  it("rejects empty samples, non-finite values and unknown methods", () => {
    expect(() => ks2samp([], [1])).toThrow(
      new LabError("ks2samp requires at least one value in x"),
    );
    expect(() => ks2samp([1], [])).toThrow("ks2samp requires at least one value in y");
    expect(() => ks2samp([1, Number.NaN], [1])).toThrow(
      "ks2samp requires finite values in x (found NaN at index 1)",
    );
    expect(() => ks2samp([1], [Infinity])).toThrow(
      "ks2samp requires finite values in y (found Infinity at index 0)",
    );
    expect(() => ks2samp([1], [2], { method: "fast" as "auto" })).toThrow(
      'ks2samp requires method "auto", "exact" or "asymp" (found fast)',
    );
  });
});
