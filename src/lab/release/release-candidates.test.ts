import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import {
  generateReleaseCandidate,
  repeatedGateTrials,
  truthShouldShip,
  type ReleaseTruth,
} from "./release-candidates";
import type { GateSpec } from "./release-gate";
import { createRng } from "../random/rng";

const truth: ReleaseTruth = {
  baselineQuality: 0.8,
  candidateQuality: 0.8,
  violationRate: 0.002,
  latencyMedianMs: 300,
  latencySigma: 0.5,
  costPerRequest: 0.004,
};
const spec: GateSpec = {
  quality: { margin: 0.03, resamples: 200 },
  safety: { maxViolationRate: 0.01 },
  latency: { sloMs: 800 },
  cost: { budgetPerRequest: 0.005 },
};

describe("generateReleaseCandidate", () => {
  it("draws data with the true parameters", () => {
    const { candidate, baseline } = generateReleaseCandidate(createRng(1), truth, {
      evalItems: 20000,
      requests: 20000,
    });
    const average = (values: number[] = []) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(average(candidate.quality)).toBeCloseTo(0.8, 1);
    expect(average(baseline.quality)).toBeCloseTo(0.8, 1);
    expect(Math.abs(average(candidate.costPerRequest) - 0.004)).toBeLessThan(0.0001);
    const sorted = [...(candidate.latencyMs ?? [])].sort((a, b) => a - b);
    expect(Math.abs((sorted[10000] ?? 0) - 300)).toBeLessThan(10);
    expect(baseline.latencyMs).toBeUndefined();
  });

  it("pairs the items through itemCoupling without changing the pass rates", () => {
    // discordant share = κ·|q_c − q_b| + (1 − κ)·(q_c(1 − q_b) + q_b(1 − q_c));
    // κ = 0.8, q_c = 0.78, q_b = 0.8: 0.8·0.02 + 0.2·(0.78·0.2 + 0.8·0.22) = 0.0824
    const paired = { ...truth, candidateQuality: 0.78, itemCoupling: 0.8 };
    const { candidate, baseline } = generateReleaseCandidate(createRng(2), paired, {
      evalItems: 40000,
      requests: 1,
    });
    const scores = candidate.quality ?? [];
    const base = baseline.quality ?? [];
    const discordant = scores.filter((score, index) => score !== base[index]).length / 40000;
    // binomial standard error sqrt(0.0824 · 0.9176 / 40000) = 0.0014
    expect(Math.abs(discordant - 0.0824)).toBeLessThan(0.0055);
    const rate = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / 40000;
    expect(Math.abs(rate(scores) - 0.78)).toBeLessThan(0.009);
    expect(Math.abs(rate(base) - 0.8)).toBeLessThan(0.009);
    // without coupling the arms are independent, and itemCoupling 0 draws the same stream
    const sizes = { evalItems: 50, requests: 5 };
    const independent = generateReleaseCandidate(createRng(4), truth, sizes);
    const zero = generateReleaseCandidate(createRng(4), { ...truth, itemCoupling: 0 }, sizes);
    expect(zero).toEqual(independent);
  });

  it("rejects impossible truths", () => {
    expect(() =>
      generateReleaseCandidate(
        createRng(1),
        { ...truth, violationRate: 2 },
        { evalItems: 1, requests: 1 },
      ),
    ).toThrow(LabError);
    expect(() =>
      generateReleaseCandidate(createRng(1), truth, { evalItems: 0, requests: 1 }),
    ).toThrow("generateReleaseCandidate requires evalItems and requests to be positive integers");
  });
});

describe("truthShouldShip", () => {
  it("judges the true parameters, with the true latency quantile median · exp(σ · Φ⁻¹(q))", () => {
    expect(truthShouldShip(spec, truth)).toBe(true);
    // 300 · exp(0.5 · 1.6449) = 682.6 ms: above a 650 ms SLO.
    expect(truthShouldShip({ latency: { sloMs: 650 } }, truth)).toBe(false);
    expect(truthShouldShip(spec, { ...truth, candidateQuality: 0.76 })).toBe(false);
  });
});

describe("repeatedGateTrials", () => {
  it("measures false blocks for a good candidate and false ships for a bad one", () => {
    // With 3000 items per arm the quality bound sits about 0.017 below the estimate, so an
    // equal-quality candidate passes the 0.03 margin about 90% of the time.
    const sizes = { evalItems: 3000, requests: 1500 };
    const good = repeatedGateTrials(spec, truth, { trials: 40, sizes, rng: createRng("good") });
    expect(good.truthShouldShip).toBe(true);
    expect(good.falseShipRate).toBeNull();
    expect(good.falseBlockRate).toBeCloseTo(1 - good.shipRate, 15);
    expect(good.shipRate).toBeGreaterThan(0.75);
    expect(Object.keys(good.checkPassRates)).toEqual(["quality", "safety", "latency", "cost"]);
    const bad = repeatedGateTrials(
      spec,
      { ...truth, candidateQuality: 0.7 },
      { trials: 40, sizes, rng: createRng("bad") },
    );
    expect(bad.truthShouldShip).toBe(false);
    expect(bad.falseShipRate).toBeLessThan(0.05);
    expect(() => repeatedGateTrials(spec, truth, { trials: 0, sizes, rng: createRng(1) })).toThrow(
      "repeatedGateTrials requires trials to be a positive integer (got 0)",
    );
  });
});
