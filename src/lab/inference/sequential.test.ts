import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";
import { simulatePeeking } from "./sequential";

describe("simulatePeeking", () => {
  // Simulation with fixed seeds, 2000 A/A experiments of 1000 observations per arm, 20 looks.
  const result = simulatePeeking({
    rng: createRng("peeking"),
    trials: 2000,
    maxSamples: 1000,
    peekEvery: 50,
  });
  const standardError = Math.sqrt((0.05 * 0.95) / 2000);

  it("peeking at a fixed-horizon z-test inflates false positives well above α", () => {
    // Armitage et al. (1969): 20 looks at α = 0.05 give roughly 0.25 false positives.
    expect(result.naiveRejectionRate).toBeGreaterThan(0.18);
    expect(result.naiveRejectionRate).toBeLessThan(0.32);
  });

  it("the z-test read once at the planned end keeps α", () => {
    expect(Math.abs(result.fixedHorizonRejectionRate - 0.05)).toBeLessThan(3 * standardError);
  });

  it("the confidence sequence keeps the false-positive rate at or below α", () => {
    expect(result.sequenceRejectionRate).toBeLessThanOrEqual(0.05 + 2 * standardError);
  });

  it("reports cumulative rejection curves per look", () => {
    expect(result.peekSamples).toHaveLength(20);
    expect(result.peekSamples.at(-1)).toBe(1000);
    expect(result.naiveRejectedBy.at(-1)).toBe(result.naiveRejectionRate);
    for (let look = 1; look < 20; look += 1) {
      expect(result.naiveRejectedBy[look]).toBeGreaterThanOrEqual(
        result.naiveRejectedBy[look - 1] ?? 0,
      );
    }
  });

  it("with a real effect all three methods detect it (the sequence a little later)", () => {
    const effect = simulatePeeking({
      rng: createRng("power"),
      trials: 300,
      maxSamples: 1000,
      effect: 0.25,
    });
    expect(effect.fixedHorizonRejectionRate).toBeGreaterThan(0.95);
    expect(effect.sequenceRejectionRate).toBeGreaterThan(0.8);
  });

  it("rejects bad options", () => {
    expect(() => simulatePeeking({ rng: createRng(1), maxSamples: 0 })).toThrow(LabError);
    expect(() => simulatePeeking({ rng: createRng(1), maxSamples: 10, alpha: 0 })).toThrow(
      "simulatePeeking requires alpha in (0, 1) (got 0)",
    );
  });
});
