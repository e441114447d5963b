import { describe, expect, it } from "vitest";
import { confidenceSequence, mixtureRho, normalMixtureRadius } from "./confidence-sequence";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";

// Reference values from the closed form in Python (math module):
// u solves u = 2 ln(1/α) + ln(1 + u), ρ = σ² t* / u,
// radius(t) = sqrt((tσ² + ρ) ln((tσ² + ρ) / (ρ α²))) / t.
describe("normal-mixture confidence sequence", () => {
  it("matches the closed-form ρ and radius", () => {
    expect(mixtureRho(100, 1, 0.05)).toBeCloseTo(12.177348869865693, 10);
    expect(normalMixtureRadius(100, { optimizedAt: 100 })).toBeCloseTo(0.3035122413028551, 12);
    expect(normalMixtureRadius(1, { optimizedAt: 100 })).toBeCloseTo(8.943802237932147, 11);
    expect(normalMixtureRadius(1000, { optimizedAt: 100 })).toBeCloseTo(0.10265735977277446, 12);
    expect(mixtureRho(50, 2, 0.1)).toBeCloseTo(30.12795916087083, 10);
    expect(
      normalMixtureRadius(37, { standardDeviation: 2, alpha: 0.1, optimizedAt: 50 }),
    ).toBeCloseTo(0.9112764860898632, 12);
  });

  it("is wider than the fixed-sample interval at every time (the price of peeking freely)", () => {
    for (const samples of [1, 10, 100, 1000, 100000]) {
      expect(normalMixtureRadius(samples, { optimizedAt: 100 })).toBeGreaterThan(
        1.959963984540054 / Math.sqrt(samples),
      );
    }
  });

  it("covers the true mean at all times in at least 1 − α of simulated streams", () => {
    // Simulation with a fixed seed: 600 streams of 2000 N(3, 2²) observations.
    const rng = createRng("coverage");
    let missed = 0;
    const streams = 600;
    for (let stream = 0; stream < streams; stream += 1) {
      const sequence = confidenceSequence(rng.normals(2000, 3, 2), {
        standardDeviation: 2,
        optimizedAt: 500,
      });
      if (sequence.lower.some((lower, index) => lower > 3 || (sequence.upper[index] ?? 0) < 3))
        missed += 1;
    }
    // Ville's inequality: P(ever miss) ≤ α = 0.05; allow 2 binomial standard errors (0.018).
    expect(missed / streams).toBeLessThanOrEqual(0.05 + 2 * Math.sqrt((0.05 * 0.95) / streams));
  });

  it("a fixed-sample interval checked at every step misses far more often", () => {
    const rng = createRng("naive-coverage");
    let missed = 0;
    for (let stream = 0; stream < 300; stream += 1) {
      const values = rng.normals(2000);
      let sum = 0;
      for (let index = 0; index < values.length; index += 1) {
        sum += values[index] ?? 0;
        if (Math.abs(sum / (index + 1)) > 1.959963984540054 / Math.sqrt(index + 1)) {
          missed += 1;
          break;
        }
      }
    }
    expect(missed / 300).toBeGreaterThan(0.3);
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => normalMixtureRadius(0)).toThrow(LabError);
    expect(() => normalMixtureRadius(0)).toThrow(
      "normalMixtureRadius requires samples ≥ 1 (got 0)",
    );
    expect(() => confidenceSequence([])).toThrow(
      "confidenceSequence requires at least one value in values",
    );
    expect(() => confidenceSequence([1], { alpha: 1 })).toThrow(
      "confidenceSequence requires alpha in (0, 1) (got 1)",
    );
    expect(() => mixtureRho(0, 1, 0.05)).toThrow(
      "mixtureRho requires a positive optimizedAt (got 0)",
    );
  });
});
