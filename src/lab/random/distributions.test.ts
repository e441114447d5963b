import { describe, expect, it } from "vitest";
import {
  sampleBinomial,
  sampleCategorical,
  sampleExponential,
  sampleLognormal,
  sampleMixture,
  sampleNormal,
  samplePoisson,
} from "./distributions";
import { LabError } from "../core/errors";
import { mean, standardDeviation } from "../core/descriptive";
import { createRng } from "./rng";

describe("sampling helpers", () => {
  it("return typed arrays of the requested size with the right centres", () => {
    const rng = createRng("distributions");
    const normal = sampleNormal(rng, 20000, 50, 10);
    expect(normal).toBeInstanceOf(Float64Array);
    expect(normal).toHaveLength(20000);
    expect(Math.abs(mean(normal) - 50)).toBeLessThan(0.3);
    expect(Math.abs(standardDeviation(normal) - 10)).toBeLessThan(0.3);
    // lognormal(0, 0.5) has mean exp(0.125)
    expect(Math.abs(mean(sampleLognormal(rng, 20000, 0, 0.5)) - Math.exp(0.125))).toBeLessThan(
      0.02,
    );
    expect(Math.abs(mean(sampleExponential(rng, 20000, 4)) - 0.25)).toBeLessThan(0.01);
    expect(Math.abs(mean(samplePoisson(rng, 20000, 6)) - 6)).toBeLessThan(0.1);
    expect(Math.abs(mean(sampleBinomial(rng, 20000, 20, 0.25)) - 5)).toBeLessThan(0.1);
  });

  it("samples categories by weight and mixtures by component", () => {
    const rng = createRng(5);
    const labels = sampleCategorical(rng, 10000, ["web", "ios", "android"], [2, 0, 6]);
    expect(labels.includes("ios")).toBe(false);
    expect(
      Math.abs(labels.filter((label) => label === "android").length / 10000 - 0.75),
    ).toBeLessThan(0.02);
    const mixture = sampleMixture(rng, 10000, [
      { weight: 9, sample: (r) => r.normal(0, 1) },
      { weight: 1, sample: () => 100 },
    ]);
    expect(Math.abs(mixture.filter((value) => value === 100).length / 10000 - 0.1)).toBeLessThan(
      0.015,
    );
  });

  it("is reproducible for a seed", () => {
    expect(Array.from(sampleNormal(createRng(3), 5))).toEqual(
      Array.from(sampleNormal(createRng(3), 5)),
    );
  });

  it("rejects invalid sizes and weights", () => {
    const rng = createRng(1);
    expect(() => sampleNormal(rng, -1)).toThrow(
      new LabError("sampleNormal requires n to be an integer >= 0 (found -1)"),
    );
    expect(() => sampleCategorical(rng, 2, ["a"], [1, 2])).toThrow(
      "sampleCategorical requires categories and weights of equal length (found 1 and 2)",
    );
    expect(() => sampleCategorical(rng, 2, ["a", "b"], [0, 0])).toThrow(
      "sampleCategorical requires weights to sum to a positive number",
    );
    expect(() => sampleMixture(rng, 2, [])).toThrow(
      "sampleMixture requires at least one value in components",
    );
    expect(() => sampleLognormal(rng, 2, 0, -1)).toThrow(
      "sampleLognormal requires sigma to be a non-negative finite number (found -1)",
    );
  });
});
