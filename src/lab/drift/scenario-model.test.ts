import { describe, expect, it } from "vitest";
import { logisticProbability, modelAccuracy, referenceConcept } from "./scenario-model";

describe("scenario model", () => {
  it("scores with the logistic function, stable for large scores", () => {
    expect(logisticProbability(referenceConcept, 0, 0)).toBe(0.5);
    expect(logisticProbability(referenceConcept, 1, 0)).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
    expect(logisticProbability(referenceConcept, -1000, 0)).toBe(0);
  });

  it("accuracy counts predictions (p ≥ 0.5) equal to labels", () => {
    expect(modelAccuracy({ x1: [1, -1], x2: [0, 0], y: [1, 1] })).toBe(0.5);
    expect(() => modelAccuracy({ x1: [1], x2: [], y: [1] })).toThrow(
      "modelAccuracy requires x1, x2 and y columns of equal length",
    );
  });
});
