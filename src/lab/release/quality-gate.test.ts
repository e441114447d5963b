import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { qualityGateCheck } from "./quality-gate";
import { createRng } from "../random/rng";

describe("qualityGateCheck", () => {
  const rng = createRng("quality");
  const draw = (rate: number) => Array.from({ length: 2000 }, () => (rng.uniform() < rate ? 1 : 0));
  const baseline = draw(0.8);
  const same = draw(0.8);
  const worse = draw(0.7);

  it("passes when the bootstrap lower bound of the difference is above −margin", () => {
    const check = qualityGateCheck({ margin: 0.05 }, same, baseline, createRng(2));
    expect(check.passed).toBe(true);
    expect(check.threshold).toBe(-0.05);
    // The 95% lower bound is about estimate − 1.645 · se, se = sqrt(2 · 0.8 · 0.2 / 2000) ≈ 0.01265.
    expect(Math.abs(check.estimate - 1.645 * 0.01265 - check.bound)).toBeLessThan(0.004);
    // Same seed, same bound.
    expect(qualityGateCheck({ margin: 0.05 }, same, baseline, createRng(2)).bound).toBe(
      check.bound,
    );
  });

  it("holds a candidate that is clearly worse than the margin allows", () => {
    expect(qualityGateCheck({ margin: 0.05 }, worse, baseline, createRng(2)).passed).toBe(false);
  });

  it("compares paired scores through their differences", () => {
    const candidate = [0.9, 0.8, 0.85, 0.7, 0.95, 0.9, 0.8, 0.75];
    const reference = [0.88, 0.79, 0.86, 0.69, 0.93, 0.91, 0.78, 0.74];
    const check = qualityGateCheck(
      { margin: 0.02, pairing: "paired" },
      candidate,
      reference,
      createRng(5),
    );
    // Differences .02 .01 −.01 .01 .02 −.01 .02 .01: mean 0.00875.
    expect(check.estimate).toBeCloseTo(0.00875, 12);
    expect(check.passed).toBe(true);
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => qualityGateCheck({ margin: 0.1 }, [], [1], createRng(1))).toThrow(LabError);
    expect(() =>
      qualityGateCheck({ margin: 0.1, pairing: "paired" }, [1, 1], [1], createRng(1)),
    ).toThrow("qualityGateCheck requires equal-length samples for a paired comparison");
    expect(() =>
      qualityGateCheck({ margin: 0.1, confidence: 0.3 }, [1], [1], createRng(1)),
    ).toThrow("qualityGateCheck requires a one-sided confidence in (0.5, 1) (got 0.3)");
  });
});
