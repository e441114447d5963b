import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCusumDetector, cusum } from "./cusum";
import { LabError } from "../core/errors";

// Reference paths computed with a direct Python loop of Page's tabular CUSUM
// (C+ = max(0, C+ + z - k), C- = max(0, C- - z - k), z = (x - target) / sd).
const series = [0.2, -0.5, 1.3, 0.8, 2.1, 1.7, -0.4, 2.5, 1.9, 0.6];
const expectedUpper = [0, 0, 1.9, 2.8, 6.3, 9.0, 7.5, 11.8, 14.9, 15.4];
const expectedLower = [0, 0.7, 0, 0, 0, 0, 0.5, 0, 0, 0];

describe("cusum", () => {
  it("matches the tabular CUSUM recursion on a worked series", () => {
    const result = cusum(series, { target: 0.1, standardDeviation: 0.5, k: 0.5, h: 4 });
    result.upper.forEach((value, index) =>
      expect(value).toBeCloseTo(expectedUpper[index] ?? NaN, 12),
    );
    result.lower.forEach((value, index) =>
      expect(value).toBeCloseTo(expectedLower[index] ?? NaN, 12),
    );
    // C+ first exceeds h = 4 at index 4 (6.3) and stays above: one alarm (an upward crossing).
    expect(result.alarmIndex).toBe(4);
    expect(result.alarmIndices).toEqual([4]);
  });

  it("uses k = 0.5 and h = 5 by default and alarms strictly above h", () => {
    // z = 5.5 gives C+ = 5.0 exactly: not above h = 5.
    expect(cusum([5.5]).alarmIndex).toBeNull();
    expect(cusum([5.6]).alarmIndex).toBe(0);
  });

  it("watches only the requested side", () => {
    const falling = [-3, -3, -3, -3];
    expect(cusum(falling, { side: "upper", h: 4 }).alarmIndex).toBeNull();
    expect(cusum(falling, { side: "lower", h: 4 }).alarmIndex).toBe(1);
    expect(cusum(falling, { side: "upper" }).lower).toEqual([0, 0, 0, 0]);
  });

  it("restarts after an alarm when asked, so each alarm is counted", () => {
    const result = cusum([3, 3, 3, 3, 3, 3], { h: 4, restartAfterAlarm: true });
    // C+ = 2.5, 5.0 (alarm, reset), 2.5, 5.0 (alarm, reset), ...
    expect(result.alarmIndices).toEqual([1, 3, 5]);
  });

  it("the streaming detector raises the same first alarm as the batch function", () => {
    const detector = createCusumDetector({ target: 0.1, standardDeviation: 0.5, k: 0.5, h: 4 });
    const alarms = series.map((value) => detector.update(value));
    expect(alarms.indexOf(true)).toBe(4);
    detector.reset();
    expect(detector.update(0)).toBe(false);
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => cusum([1, NaN])).toThrow(LabError);
    expect(() => cusum([1, NaN])).toThrow(
      "cusum requires finite values in values (found NaN at index 1)",
    );
    expect(() => cusum([1], { standardDeviation: 0 })).toThrow(
      "cusum requires a positive finite standardDeviation",
    );
    expect(() => cusum([1], { h: 0 })).toThrow(
      "cusum requires k ≥ 0 and h > 0 (got k = 0.5, h = 0)",
    );
  });
});

describe("cusum properties", () => {
  const series = fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { maxLength: 60 });

  it("both sums are never negative", () => {
    fc.assert(
      fc.property(series, (values) => {
        const result = cusum(values);
        expect(result.upper.every((value) => value >= 0)).toBe(true);
        expect(result.lower.every((value) => value >= 0)).toBe(true);
      }),
    );
  });

  it("mirroring the series around the target swaps the upper and lower sums", () => {
    fc.assert(
      fc.property(series, (values) => {
        const result = cusum(values);
        const mirrored = cusum(values.map((value) => -value));
        mirrored.upper.forEach((value, index) =>
          expect(value).toBeCloseTo(result.lower[index] ?? NaN, 9),
        );
      }),
    );
  });
});
