import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { createEwmaDetector, ewma, ewmaLimitHalfWidth } from "./ewma";

// Reference values from a direct Python loop: z_t = λ x_t + (1 − λ) z_(t−1), z_0 = target,
// limits target ± L σ sqrt(λ/(2 − λ) (1 − (1 − λ)^(2t))), with target 0.1, σ 0.5, λ 0.3, L 2.7.
const series = [0.2, -0.5, 1.3, 0.8, 2.1, 1.7, -0.4, 2.5, 1.9, 0.6];
const expectedStatistic = [
  0.13, -0.059, 0.3487, 0.48409, 0.968863, 1.1882041, 0.71174287, 1.248220009, 1.4437540063,
  1.19062780441,
];
const expectedUpper = [
  0.505, 0.594365502437215, 0.6327097263050488, 0.6505243225553254, 0.6590462812372961,
  0.6631749682265473, 0.6651870150402577, 0.6661703077390735, 0.6666514982853438, 0.666887132548819,
];

describe("ewma", () => {
  it("matches the EWMA recursion and the exact time-varying limits", () => {
    const result = ewma(series, {
      target: 0.1,
      standardDeviation: 0.5,
      lambda: 0.3,
      limitWidth: 2.7,
    });
    result.statistic.forEach((value, index) =>
      expect(value).toBeCloseTo(expectedStatistic[index] ?? NaN, 12),
    );
    result.upper.forEach((value, index) =>
      expect(value).toBeCloseTo(expectedUpper[index] ?? NaN, 12),
    );
    result.lower.forEach((value, index) =>
      expect(value).toBeCloseTo(0.2 - (expectedUpper[index] ?? NaN), 12),
    );
    // The statistic leaves the limits at index 4 and never comes back inside: one alarm.
    expect(result.alarmIndex).toBe(4);
    expect(result.alarmIndices).toEqual([4]);
  });

  it("limits start at L·σ·λ and grow towards the asymptotic L·σ·sqrt(λ/(2 − λ))", () => {
    expect(ewmaLimitHalfWidth(1, 0.2, 3, 1)).toBeCloseTo(0.6, 14);
    expect(ewmaLimitHalfWidth(10000, 0.2, 3, 1)).toBeCloseTo(3 * Math.sqrt(0.2 / 1.8), 14);
  });

  it("with λ = 1 it is a Shewhart chart with ±Lσ limits", () => {
    const result = ewma([1, -2.9, 3.1], { lambda: 1 });
    expect(result.statistic).toEqual([1, -2.9, 3.1]);
    expect(result.alarmIndex).toBe(2);
  });

  it("the streaming detector agrees with the batch function", () => {
    const detector = createEwmaDetector({
      target: 0.1,
      standardDeviation: 0.5,
      lambda: 0.3,
      limitWidth: 2.7,
    });
    expect(series.map((value) => detector.update(value)).indexOf(true)).toBe(4);
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => ewma([1], { lambda: 0 })).toThrow(LabError);
    expect(() => ewma([1], { lambda: 1.5 })).toThrow("ewma requires lambda in (0, 1] (got 1.5)");
    expect(() => ewma([Infinity])).toThrow(
      "ewma requires finite values in values (found Infinity at index 0)",
    );
    expect(() => ewma([1], { limitWidth: -1 })).toThrow(
      "ewma requires a positive finite limitWidth (got -1)",
    );
  });
});
