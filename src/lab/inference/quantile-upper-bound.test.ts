import { describe, expect, it } from "vitest";
import { quantile } from "../core/descriptive";
import { LabError } from "../core/errors";
import { orderStatisticRank, quantileUpperBound } from "./quantile-upper-bound";
import { createRng } from "../random/rng";

describe("orderStatisticRank", () => {
  it("is binom.ppf(confidence, n, level) + 1, as scipy computes it", () => {
    // confirmed with scipy 1.17.1: k = int(binom.ppf(c, n, p)) + 1
    const cases: [number, number, number, number][] = [
      [500, 0.95, 0.95, 484],
      [300, 0.95, 0.95, 292],
      [100, 0.95, 0.95, 99],
      [59, 0.95, 0.95, 59],
      [1000, 0.99, 0.95, 996],
      [20, 0.5, 0.9, 14],
      [2000, 0.99, 0.99, 1991],
    ];
    for (const [n, level, confidence, rank] of cases) {
      expect(orderStatisticRank(n, level, confidence)).toBe(rank);
    }
  });

  it("returns null when even the largest value is not a bound", () => {
    // 1 − 0.95^58 = 0.94895 < 0.95 (scipy: binom.cdf(57, 58, 0.95) = 0.9489531313163967)
    expect(orderStatisticRank(58, 0.95, 0.95)).toBeNull();
    expect(orderStatisticRank(1, 0.5, 0.9)).toBeNull();
  });

  it("rejects a sample size that is not a positive integer and levels outside (0, 1)", () => {
    expect(() => orderStatisticRank(0, 0.95, 0.95)).toThrow(
      "orderStatisticRank requires n to be an integer >= 1 (found 0)",
    );
    expect(() => orderStatisticRank(10, 1, 0.95)).toThrow(LabError);
    expect(() => orderStatisticRank(10, 0.5, 0)).toThrow(LabError);
  });
});

describe("quantileUpperBound", () => {
  it("takes the k-th smallest value and reports the binomial coverage", () => {
    const values = [3.1, 0.4, 1.7, 2.2, 9.5, 0.8, 1.1, 4.6, 2.9, 0.6];
    // scipy: k = binom.ppf(0.9, 10, 0.5) + 1 = 8, sorted(values)[7] = 3.1,
    // binom.cdf(7, 10, 0.5) = 0.9453125
    const result = quantileUpperBound(values, 0.5, 0.9);
    expect(result.rank).toBe(8);
    expect(result.bound).toBe(3.1);
    expect(result.coverage).toBeCloseTo(0.9453125, 12);
    // the bound sits above the point estimate (numpy.median(values) = 1.95)
    expect(quantile(values, 0.5)).toBeCloseTo(1.95, 12);
  });

  it("is +Infinity when the sample is too small", () => {
    const result = quantileUpperBound([1, 2, 3], 0.95, 0.95);
    expect(result.rank).toBeNull();
    expect(result.bound).toBe(Number.POSITIVE_INFINITY);
    expect(result.coverage).toBeCloseTo(1 - 0.95 ** 3, 12);
  });

  it("covers the true p95 of an exponential at least 95% of the time", () => {
    // Exponential(1) has p95 = ln 20; with n = 300 the exact coverage is
    // binom.cdf(291, 300, 0.95) = 0.96593 (scipy). 2000 trials: standard error 0.004.
    const rng = createRng("order-statistic coverage");
    const trueP95 = Math.log(20);
    let covered = 0;
    for (let trial = 0; trial < 2000; trial += 1) {
      const sample = Array.from({ length: 300 }, () => -Math.log(1 - rng.uniform()));
      if (quantileUpperBound(sample, 0.95, 0.95).bound >= trueP95) covered += 1;
    }
    expect(Math.abs(covered / 2000 - 0.96593)).toBeLessThan(0.016);
  });

  it("rejects empty and non-finite samples", () => {
    expect(() => quantileUpperBound([], 0.95, 0.95)).toThrow(
      "quantileUpperBound requires at least one value in values",
    );
    expect(() => quantileUpperBound([1, NaN], 0.95, 0.95)).toThrow(LabError);
  });
});
