import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";
import { differenceOfMeansLowerBound } from "./two-sample-bootstrap";

describe("differenceOfMeansLowerBound", () => {
  it("approaches the normal-theory bound diff − z · se for large samples", () => {
    const rng = createRng("two-sample");
    const treated = Array.from(rng.normals(2000, 1.0, 2));
    const control = Array.from(rng.normals(2000, 0.8, 2));
    const meanOf = (values: number[]) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    const bound = differenceOfMeansLowerBound(treated, control, {
      resamples: 1000,
      confidence: 0.95,
      rng: createRng(3),
    });
    // se = sqrt(4/2000 + 4/2000) ≈ 0.063; z_0.95 = 1.6449; bootstrap noise ≈ 0.005.
    const expected = meanOf(treated) - meanOf(control) - 1.6448536269514722 * Math.sqrt(8 / 2000);
    expect(Math.abs(bound - expected)).toBeLessThan(0.015);
  });

  it("0/1 scores take the binomial shortcut and still match the normal-theory bound", () => {
    const ones = (count: number, total: number) =>
      Array.from({ length: total }, (_, index) => (index < count ? 1 : 0));
    const bound = differenceOfMeansLowerBound(ones(1600, 2000), ones(1500, 2000), {
      resamples: 4000,
      confidence: 0.95,
      rng: createRng(4),
    });
    // 0.05 − 1.6449 · sqrt(0.8 · 0.2 / 2000 + 0.75 · 0.25 / 2000) = 0.028328…
    const expected = 0.05 - 1.6448536269514722 * Math.sqrt((0.8 * 0.2 + 0.75 * 0.25) / 2000);
    expect(Math.abs(bound - expected)).toBeLessThan(0.003);
  });

  it("is deterministic for a seed and equals the difference for constant samples", () => {
    const options = { resamples: 200, confidence: 0.9, rng: createRng(1) };
    expect(differenceOfMeansLowerBound([3, 3, 3], [1, 1], options)).toBe(2);
    const first = differenceOfMeansLowerBound([1, 2, 3, 4], [1, 1, 2], {
      ...options,
      rng: createRng(9),
    });
    const second = differenceOfMeansLowerBound([1, 2, 3, 4], [1, 1, 2], {
      ...options,
      rng: createRng(9),
    });
    expect(first).toBe(second);
  });

  it("rejects bad input with one clear LabError each", () => {
    const rng = createRng(1);
    expect(() =>
      differenceOfMeansLowerBound([], [1], { resamples: 10, confidence: 0.9, rng }),
    ).toThrow(LabError);
    expect(() =>
      differenceOfMeansLowerBound([1], [1], { resamples: 0, confidence: 0.9, rng }),
    ).toThrow("differenceOfMeansLowerBound requires resamples to be a positive integer (got 0)");
    expect(() =>
      differenceOfMeansLowerBound([1], [1], { resamples: 10, confidence: 1, rng }),
    ).toThrow("differenceOfMeansLowerBound requires confidence in (0, 1) (got 1)");
  });
});
