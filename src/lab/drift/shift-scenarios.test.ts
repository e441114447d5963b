import { describe, expect, it } from "vitest";
import {
  logisticProbability,
  modelAccuracy,
  referenceConcept,
  predictProbabilities,
  type LabelledDataset,
  generateScenario,
} from "./shift-scenarios";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";

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

const size = 40000;
const columnMean = (values: number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;
/** Mean of y − P(y = 1 | x) under the reference concept: 0 while P(y | x) is unchanged. */
const calibrationGap = (dataset: LabelledDataset) =>
  columnMean(dataset.y) - columnMean(predictProbabilities(dataset));

describe("generateScenario", () => {
  it("is reproducible from the seed", () => {
    const first = generateScenario(createRng("scenario"), { kind: "covariate-mixture", size: 50 });
    const second = generateScenario(createRng("scenario"), { kind: "covariate-mixture", size: 50 });
    expect(first).toEqual(second);
  });

  it("reference data: standard normal features and the Bayes accuracy of the reference concept", () => {
    const dataset = generateScenario(createRng(1), { kind: "reference", size });
    expect(columnMean(dataset.x1)).toBeCloseTo(0, 1);
    // scipy.integrate.quad of max(σ(s), 1 − σ(s)) · N(s; 0, 5): 0.7946294074095053
    // (2·x1 − x2 ~ N(0, 5)); 4 standard errors of a 40 000-row accuracy ≈ 0.008.
    expect(Math.abs(modelAccuracy(dataset) - 0.7946294074095053)).toBeLessThan(0.008);
    expect(Math.abs(calibrationGap(dataset))).toBeLessThan(0.01);
  });

  it("covariate shift moves the inputs but keeps P(y | x)", () => {
    const shifted = generateScenario(createRng(2), { kind: "covariate-mean", size, magnitude: 1 });
    expect(columnMean(shifted.x1)).toBeCloseTo(1, 1);
    expect(Math.abs(calibrationGap(shifted))).toBeLessThan(0.01);
    const mixture = generateScenario(createRng(3), {
      kind: "covariate-mixture",
      size,
      magnitude: 0.5,
    });
    expect(Math.abs(calibrationGap(mixture))).toBeLessThan(0.01);
    // The new segment sits on the decision boundary, so the deployed model gets worse there.
    expect(modelAccuracy(mixture)).toBeLessThan(0.75);
  });

  it("prior shift sets the positive share exactly and keeps P(x | y)", () => {
    const reference = generateScenario(createRng(4), { kind: "reference", size });
    const shifted = generateScenario(createRng(5), { kind: "prior", size: 10000, magnitude: 0.8 });
    expect(shifted.y.filter((label) => label === 1)).toHaveLength(8000);
    const positiveMean = (dataset: LabelledDataset) =>
      columnMean(dataset.x1.filter((_, index) => dataset.y[index] === 1));
    expect(Math.abs(positiveMean(shifted) - positiveMean(reference))).toBeLessThan(0.05);
  });

  it("concept drift changes P(y | x) and drops accuracy", () => {
    const rotated = generateScenario(createRng(6), {
      kind: "concept-rotation",
      size,
      magnitude: 90,
    });
    // A 90° turn makes the new concept's score independent of the old one: accuracy 0.5.
    expect(Math.abs(modelAccuracy(rotated) - 0.5)).toBeLessThan(0.01);
    const moved = generateScenario(createRng(7), { kind: "concept-intercept", size, magnitude: 2 });
    expect(calibrationGap(moved)).toBeGreaterThan(0.1);
  });

  it("rejects bad options with one clear LabError each", () => {
    const rng = createRng(8);
    expect(() => generateScenario(rng, { kind: "reference", size: 0 })).toThrow(LabError);
    expect(() => generateScenario(rng, { kind: "prior", size: 10, magnitude: 1.2 })).toThrow(
      "generateScenario requires a prior magnitude in [0, 1] (got 1.2)",
    );
    expect(() =>
      generateScenario(rng, { kind: "covariate-scale", size: 10, magnitude: 0 }),
    ).toThrow("generateScenario requires a positive covariate-scale magnitude (got 0)");
  });
});
