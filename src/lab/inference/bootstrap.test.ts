import { describe, expect, it } from "vitest";
import { bootstrapInterval } from "./bootstrap";
import { mean, median } from "../core/descriptive";
import { sampleNormal } from "../random/distributions";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";
import type { Xoshiro128StarStar } from "../random/rng";

describe("bootstrapInterval", () => {
  it("brackets the estimate and matches the normal-theory interval of a mean", () => {
    const sample = sampleNormal(createRng("bootstrap-data"), 400, 10, 2);
    const result = bootstrapInterval(sample, mean, {
      resamples: 2000,
      confidence: 0.95,
      rng: createRng(1),
    });
    expect(result.estimate).toBe(mean(sample));
    expect(result.lower).toBeLessThan(result.estimate);
    expect(result.upper).toBeGreaterThan(result.estimate);
    // Standard error of the mean is about 2/sqrt(400) = 0.1: the interval is about ±0.196.
    expect(Math.abs(result.upper - result.lower - 0.392)).toBeLessThan(0.06);
  });

  it("is reproducible for a seed and works with any statistic", () => {
    const sample = [3, 1, 4, 1, 5, 9, 2, 6];
    const options = { resamples: 300, confidence: 0.9 };
    const first = bootstrapInterval(sample, median, { ...options, rng: createRng(7) });
    const second = bootstrapInterval(sample, median, { ...options, rng: createRng(7) });
    expect(first).toEqual(second);
    expect(first.estimate).toBe(3.5);
  });

  it("resamples large samples with the drawn multiset (blocked gather above 131072 values)", () => {
    const n = 150000;
    const sample = Float64Array.from({ length: n }, (_, i) => i);
    const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);
    const result = bootstrapInterval(sample, sum, {
      resamples: 3,
      confidence: 0.5,
      rng: createRng(11),
    });
    // The same draws, gathered naively: integer sums are exact, so any order gives the same value.
    const rng = createRng(11) as Xoshiro128StarStar;
    const indices = new Uint32Array(n);
    const sums: number[] = [];
    for (let r = 0; r < 3; r += 1) {
      rng.fillIndices(indices, n);
      sums.push(indices.reduce((total, index) => total + index, 0));
    }
    sums.sort((a, b) => a - b);
    expect(result.lower).toBe(sums[0]! + (sums[1]! - sums[0]!) * 0.5);
    expect(result.upper).toBe(sums[1]! + (sums[2]! - sums[1]!) * 0.5);
  });

  it("rejects bad input", () => {
    const rng = createRng(1);
    expect(() => bootstrapInterval([], mean, { resamples: 10, confidence: 0.9, rng })).toThrow(
      new LabError("bootstrapInterval requires at least one value in sample"),
    );
    expect(() =>
      bootstrapInterval([1, Number.NaN], mean, { resamples: 10, confidence: 0.9, rng }),
    ).toThrow("bootstrapInterval requires finite values in sample (found NaN at index 1)");
    expect(() => bootstrapInterval([1, 2], mean, { resamples: 0, confidence: 0.9, rng })).toThrow(
      "bootstrapInterval requires resamples to be an integer >= 1 (found 0)",
    );
    expect(() =>
      bootstrapInterval([1, 2], () => Number.NaN, { resamples: 2, confidence: 0.9, rng }),
    ).toThrow("bootstrapInterval requires the statistic to return finite numbers (found NaN)");
  });
});
