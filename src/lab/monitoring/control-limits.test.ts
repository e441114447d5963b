import { describe, expect, it } from "vitest";
import { chunkAlerts, controlLimits, monitorChunks } from "./control-limits";
import { mean } from "../core/descriptive";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";

describe("controlLimits", () => {
  it("is mean ± 3 · std (ddof 0) of the reference chunk statistics (NannyML)", () => {
    // numpy 2.4: np.mean([1,2,3]) ± 3 * np.std([1,2,3]) = -0.4494897427831779, 4.449489742783178
    const limits = controlLimits([1, 2, 3]);
    expect(limits.center).toBe(2);
    expect(limits.standardDeviation).toBeCloseTo(0.816496580927726, 15);
    expect(limits.lower).toBeCloseTo(-0.4494897427831779, 14);
    expect(limits.upper).toBeCloseTo(4.449489742783178, 14);
  });

  it("clips limits to the statistic's range and accepts another multiplier", () => {
    const clipped = controlLimits([1, 2, 3], { lowerBound: 0, upperBound: 4 });
    expect([clipped.lower, clipped.upper]).toEqual([0, 4]);
    const narrow = controlLimits([1, 2, 3], { multiplier: 2 });
    expect(narrow.lower).toBeCloseTo(2 - 2 * 0.816496580927726, 14);
    expect(narrow.upper).toBeCloseTo(2 + 2 * 0.816496580927726, 14);
  });

  it("alerts strictly outside the limits", () => {
    const limits = { center: 0, standardDeviation: 1, lower: -3, upper: 3 };
    expect(chunkAlerts([0, 3, 3.0001, -3, -3.1], limits)).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
  });

  it("rejects empty or non-finite reference statistics", () => {
    expect(() => controlLimits([])).toThrow(LabError);
    expect(() => controlLimits([])).toThrow(
      "controlLimits requires at least one value in referenceStatistics",
    );
    expect(() => controlLimits([1, NaN])).toThrow(
      "controlLimits requires finite values in referenceStatistics (found NaN at index 1)",
    );
  });
});

describe("monitorChunks", () => {
  it("learns limits on 10 reference chunks and flags the shifted analysis chunks", () => {
    const rng = createRng("monitoring");
    const reference = Array.from(rng.normals(5000));
    const analysis = [...Array.from(rng.normals(2500)), ...Array.from(rng.normals(2500, 0.5))];
    const { limits, chunks } = monitorChunks(reference, analysis, mean);
    expect(chunks).toHaveLength(20);
    expect(chunks[0]?.key).toBe("[0:499]");
    expect(
      chunks.filter((chunk) => chunk.period === "reference").every((chunk) => !chunk.alert),
    ).toBe(true);
    const flagged = chunks
      .filter((chunk) => chunk.period === "analysis")
      .map((chunk) => chunk.alert);
    // A 0.5σ shift of the mean of 500 rows is about 11 standard errors: every shifted chunk alerts.
    expect(flagged.slice(5)).toEqual([true, true, true, true, true]);
    expect(flagged.slice(0, 5).filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(limits.upper).toBeGreaterThan(limits.center);
  });

  it("rejects empty periods", () => {
    expect(() => monitorChunks([], [1], mean)).toThrow(
      "monitorChunks requires at least one value in reference",
    );
  });
});
