import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import {
  estimateAccuracy,
  estimateAccuracyByChunk,
  realizedAccuracy,
} from "./performance-estimation";
import { createRng } from "../random/rng";
import { modelAccuracy, predictProbabilities } from "../drift/shift-scenarios";
import { generateScenario } from "../drift/shift-scenarios";

describe("estimateAccuracy (CBPE)", () => {
  it("is (Σ_{ŷ=1} p + Σ_{ŷ=0} (1 − p)) / n (NannyML CBPE docs)", () => {
    expect(estimateAccuracy([0.9, 0.2, 0.6])).toBeCloseTo((0.9 + 0.8 + 0.6) / 3, 15);
    // With given predictions the formula uses them, not the 0.5 cut.
    expect(estimateAccuracy([0.9, 0.2, 0.6], [1, 1, 1])).toBeCloseTo((0.9 + 0.2 + 0.6) / 3, 15);
  });

  it("tracks realised accuracy under covariate shift but not under concept drift", () => {
    const shifted = generateScenario(createRng("cbpe-1"), {
      kind: "covariate-mixture",
      size: 40000,
      magnitude: 0.5,
    });
    expect(
      Math.abs(estimateAccuracy(predictProbabilities(shifted)) - modelAccuracy(shifted)),
    ).toBeLessThan(0.01);
    const drifted = generateScenario(createRng("cbpe-2"), {
      kind: "concept-rotation",
      size: 40000,
      magnitude: 90,
    });
    // Probabilities stay confident (estimate ≈ 0.79) while the real accuracy falls to 0.5.
    expect(
      estimateAccuracy(predictProbabilities(drifted)) - modelAccuracy(drifted),
    ).toBeGreaterThan(0.25);
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => estimateAccuracy([])).toThrow(LabError);
    expect(() => estimateAccuracy([1.2])).toThrow(
      "estimateAccuracy requires probabilities in [0, 1] (found 1.2 at index 0)",
    );
    expect(() => estimateAccuracy([0.5], [2])).toThrow(
      "estimateAccuracy requires 0/1 predictions (found 2 at index 0)",
    );
    expect(() => estimateAccuracy([0.5], [1, 0])).toThrow(
      "estimateAccuracy requires predictions and probabilities of equal length",
    );
  });
});

describe("realizedAccuracy and estimateAccuracyByChunk", () => {
  it("computes realised accuracy and per-chunk estimates", () => {
    expect(realizedAccuracy([1, 0, 1], [1, 1, 1])).toBeCloseTo(2 / 3, 15);
    const rows = estimateAccuracyByChunk([0.9, 0.8, 0.3, 0.4], {
      labels: [1, 0, 0, 0],
      chunkSize: 2,
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ key: "[0:1]", realized: 0.5 });
    expect(rows[0]?.estimated).toBeCloseTo(0.85, 15);
    expect(rows[1]?.estimated).toBeCloseTo(0.65, 15);
    expect(estimateAccuracyByChunk([0.9, 0.8], { chunkSize: 1 })[0]?.realized).toBeNull();
    expect(() => realizedAccuracy([1], [1, 0])).toThrow(
      "realizedAccuracy requires predictions and labels of equal length",
    );
  });
});
