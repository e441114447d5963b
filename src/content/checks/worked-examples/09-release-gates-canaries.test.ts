import { describe, expect, it } from "vitest";
import {
  classifyKayentaMetric,
  clopperPearsonInterval,
  costGateCheck,
  createRng,
  evaluateGate,
  hodgesLehmann,
  mannWhitneyU,
  mixtureRho,
  normalMixtureRadius,
  normalQuantile,
  qualityGateCheck,
  regularizedBeta,
  safetyGateCheck,
  scoreKayentaCanary,
  simulatePeeking,
  wilsonInterval,
} from "../../../lab/index";
import type { KayentaLabel, KayentaMetricResult } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("09-release-gates-canaries.md");
const qualityBullet = passage(text, "- *Quality*: on $n = 2000$ paired examples");
const safetyBullet = passage(text, "- *Safety*: $v = 4$ violations");
const costBullet = passage(text, "- *Cost*: $n = 500$ requests");

/**
 * 500 per-request costs whose logarithms have mean exactly −6.35 and standard deviation (ddof 1)
 * exactly 0.6: the standardised normal quantiles at (i + ½)/500, as the example states them.
 */
function exampleCosts(): number[] {
  const z = Array.from({ length: 500 }, (_, index) => normalQuantile((index + 0.5) / 500));
  const center = z.reduce((sum, value) => sum + value, 0) / 500;
  const spread = Math.sqrt(z.reduce((sum, value) => sum + (value - center) ** 2, 0) / 499);
  return z.map((value) => Math.exp(-6.35 + (0.6 * (value - center)) / spread));
}

/** Per-item 0/1 scores of a paired evaluation with the given discordant counts. */
function pairedScores(
  total: number,
  candidateOnly: number,
  baselineOnly: number,
  bothRight: number,
) {
  const candidate: number[] = [];
  const baseline: number[] = [];
  const push = (count: number, candidateScore: number, baselineScore: number) => {
    for (let index = 0; index < count; index += 1) {
      candidate.push(candidateScore);
      baseline.push(baselineScore);
    }
  };
  push(candidateOnly, 1, 0);
  push(baselineOnly, 0, 1);
  push(bothRight, 1, 1);
  push(total - candidateOnly - baselineOnly - bothRight, 0, 0);
  return { candidate, baseline };
}

/** Violation flags: `violations` ones among `total` requests. */
function flags(total: number, violations: number): number[] {
  return Array.from({ length: total }, (_, index) => (index < violations ? 1 : 0));
}

/** P(Bin(n, p) <= k - 1) through the regularized incomplete beta function. */
function binomialCdfBelow(k: number, n: number, p: number): number {
  return regularizedBeta(1 - p, n - k + 1, k);
}

// Example "A gate that holds on safety": 2000 paired items, 58 won by the candidate only, 66 by
// the baseline only; 4 violations in 1500 red-team prompts.
const quality = pairedScores(2000, 58, 66, 1700);
const violationFlags = flags(1500, 4);

describe("lesson 9 worked examples: release gates and canaries", () => {
  it("computes the paired non-inferiority bound of the quality check", () => {
    // Wald bound of the lesson's equation: Δ̂ − z·σ̂/√n with z = Φ⁻¹(0.95)
    const z = normalQuantile(0.95);
    const difference = (58 - 66) / 2000;
    const varianceEstimate = (58 + 66) / 2000 - difference ** 2;
    const lower = difference - (z * Math.sqrt(varianceEstimate)) / Math.sqrt(2000);
    expectPrinted(passage(text, "($z_{0.95} = 1.6449$)"), z, 4);
    expectPrinted(qualityBullet, difference, 4);
    expectPrinted(qualityBullet, varianceEstimate, 6);
    expectPrinted(qualityBullet, lower, 4);
    // the lab's gate bootstraps the same paired differences: it agrees to within a thousandth
    const check = qualityGateCheck(
      { margin: 0.015, pairing: "paired", resamples: 4000 },
      quality.candidate,
      quality.baseline,
      createRng("lesson-9-quality"),
    );
    expect(Math.abs(check.bound - lower)).toBeLessThan(0.001);
    expect(check.passed).toBe(true);
  });

  it("bounds the violation rate with Wilson and Clopper-Pearson (one-sided 95%)", () => {
    const wilson = safetyGateCheck({ maxViolationRate: 0.005 }, violationFlags);
    const exact = safetyGateCheck(
      { maxViolationRate: 0.005, method: "clopper-pearson" },
      violationFlags,
    );
    expectPrinted(safetyBullet, wilson.estimate, 5);
    expectPrinted(safetyBullet, wilson.bound, 5);
    expectPrinted(safetyBullet, exact.bound, 5);
    expect(wilson.passed).toBe(false);
    expect(exact.passed).toBe(false);
  });

  it("finds the number of prompts at which four violations pass the 0.5% limit", () => {
    let prompts = 1500;
    while (wilsonInterval(4, prompts, 0.9)[1] > 0.005) prompts += 1;
    expect(prompts).toBe(1779);
    expect(text).toContain("$n = 1779$");
  });

  it("gives the rule-of-three bound for zero violations", () => {
    // Clopper-Pearson with 0 of 300: 1 − 0.05^(1/300)
    const upper = clopperPearsonInterval(0, 300, 0.9)[1];
    expectPrinted(passage(text, "zero violations in 300 prompts only shows"), upper, 5);
    expect(upper).toBeCloseTo(1 - 0.05 ** (1 / 300), 12);
    // "about 600 clean prompts" for a 0.5% limit
    let prompts = 1;
    while (clopperPearsonInterval(0, prompts, 0.9)[1] > 0.005) prompts += 1;
    expect(prompts).toBeGreaterThanOrEqual(590);
    expect(prompts).toBeLessThanOrEqual(610);
  });

  it("picks the order statistic that bounds the p95 latency", () => {
    // smallest k with P(Bin(500, 0.95) <= k − 1) >= 0.95 (scipy: binom.cdf(483, 500, 0.95) = 0.9657)
    let k = 1;
    while (binomialCdfBelow(k, 500, 0.95) < 0.95) k += 1;
    expect(k).toBe(484);
    expect(text).toContain("$k = 484$");
  });

  it("bounds the mean cost on the log scale (Cox) and passes the budget on the bound", () => {
    const costPerRequest = exampleCosts();
    // numpy/scipy on the same 500 costs: exp(mean(l) + s²/2) = 0.0020912360005151103,
    // Cox bound exp(ℓ̄ + s²/2 + z·sqrt(s²/n + s⁴/(2(n−1)))) = 0.002193956716437079
    const check = costGateCheck({ budgetPerRequest: 0.0025, bound: "log-normal" }, costPerRequest);
    expect(check.bound).toBeCloseTo(0.002193956716437079, 14);
    expectPrinted(costBullet, Math.exp(-6.35 + 0.6 ** 2 / 2), 5);
    expectPrinted(costBullet, check.bound, 5);
    expect(check.passed).toBe(true);
    // the percentile bootstrap of the mean lands within 1% of Cox's bound on these costs
    const bootstrap = costGateCheck(
      { budgetPerRequest: 0.0025, bound: "bootstrap", resamples: 4000 },
      costPerRequest,
      createRng("lesson-9-cost"),
    );
    expect(Math.abs(bootstrap.bound / check.bound - 1)).toBeLessThan(0.01);
  });

  it("holds the release because only the safety check fails", () => {
    const costPerRequest = exampleCosts();
    const { decision, checks } = evaluateGate(
      {
        quality: { margin: 0.015, pairing: "paired" },
        safety: { maxViolationRate: 0.005 },
        cost: { budgetPerRequest: 0.0025, bound: "log-normal" },
      },
      { quality: quality.candidate, safetyViolations: violationFlags, costPerRequest },
      { quality: quality.baseline },
      createRng("lesson-9-gate"),
    );
    expect(decision).toBe("hold");
    expect(checks.filter((check) => !check.passed).map((check) => check.name)).toEqual(["safety"]);
    expect(text).toContain("\\delta = \\text{hold}");
  });

  it("classifies the latency canary as High with Kayenta's rule", () => {
    // Kayenta's MannWhitneyClassifier (spinnaker/kayenta) example: estimate 11, 98% CI [8, 14] → High
    const baseline = [100, 102, 98, 101, 99, 103, 100, 97, 102, 101];
    const canary = [110, 112, 108, 115, 109, 111, 113, 110, 114, 112];
    expect(mannWhitneyU(canary, baseline).statistic).toBe(100);
    expect(text).toContain("$U_{\\mathrm{MW}} = 100 = nm$");
    const interval = hodgesLehmann(baseline, canary, 0.98);
    expectPrinted(
      passage(text, "The median of the 100 pairwise differences is"),
      interval.estimate,
      1,
    );
    expectPrinted(
      passage(text, "The median of the 100 pairwise differences is"),
      interval.lower,
      1,
    );
    expectPrinted(
      passage(text, "The median of the 100 pairwise differences is"),
      interval.upper,
      1,
    );
    const result = classifyKayentaMetric(baseline, canary, {
      name: "latency",
      groups: ["latency"],
    });
    expect(result.label).toBe("High");
    expectPrinted(
      passage(text, "The median of the 100 pairwise differences is"),
      result.bound ?? NaN,
      2,
    );
    // the exact test inverts to [9, 14]: it rejects just outside and accepts just inside
    const exactP = (shift: number) =>
      mannWhitneyU(
        canary.map((value) => value - shift),
        baseline,
        { method: "exact" },
      ).pvalue;
    expect(exactP(8.9)).toBeLessThan(0.02);
    expect(exactP(9.1)).toBeGreaterThan(0.02);
    expect(exactP(13.9)).toBeGreaterThan(0.02);
    expect(exactP(14.1)).toBeLessThan(0.02);
    expect(text).toContain("$[9.0, 14.0]$");
  });

  it("reports the range of pairwise differences when a short window cannot reject any shift", () => {
    // Samples that do not overlap give the exact test its smallest two-sided p-value, 2/C(2n, n):
    // scipy mannwhitneyu([110,112,108],[100,102,98], method="exact") = 0.1; with 4 per side
    // 0.0286; with 5, 0.0079. Below 0.02 only from 5 per side, so up to 4 Kayenta's root finder
    // (ported from R's wilcox.test) has no root and returns min and max of the differences.
    const baseline = [100, 102, 98, 101, 99, 103, 100, 97, 102, 101];
    const canary = [110, 112, 108, 115, 109, 111, 113, 110, 114, 112];
    const smallestP = (n: number) =>
      mannWhitneyU(canary.slice(0, n), baseline.slice(0, n), { method: "exact" }).pvalue;
    expect(smallestP(3)).toBeCloseTo(2 / 20, 12);
    expect(smallestP(4)).toBeCloseTo(2 / 70, 12);
    expect(smallestP(4)).toBeGreaterThan(0.02);
    expect(smallestP(5)).toBeLessThan(0.02);
    for (const n of [3, 4]) {
      const differences = canary.slice(0, n).flatMap((x) => baseline.slice(0, n).map((y) => x - y));
      const result = classifyKayentaMetric(baseline.slice(0, n), canary.slice(0, n), {
        name: "latency",
        groups: ["latency"],
      });
      expect([result.lower, result.upper]).toEqual([
        Math.min(...differences),
        Math.max(...differences),
      ]);
      expect(result.label).toBe("High");
    }
    expect(text).toContain("$2/\\binom{6}{3} = 0.10$");
    expect(text).toContain("$2/\\binom{8}{4} = 0.029$");
    expect(text).toContain("($[6, 14]$ ms at $n = 3$)");
  });

  it("scores weighted groups as Kayenta's WeightedSumScorer", () => {
    const metric = (name: string, group: string, label: KayentaLabel): KayentaMetricResult => ({
      name,
      groups: [group],
      label,
      critical: false,
      estimate: null,
      lower: null,
      upper: null,
      bound: null,
      meanRatio: 1,
      reason: "",
    });
    const metrics = (p50: KayentaLabel) => [
      metric("p50", "latency", p50),
      metric("p99", "latency", "Pass"),
      metric("5xx", "errors", "Pass"),
      metric("timeouts", "errors", "Pass"),
      metric("retries", "errors", "Pass"),
      metric("cpu", "resources", "Pass"),
      metric("memory", "resources", "Low"),
    ];
    const options = { groupWeights: { latency: 60 }, passThreshold: 95, marginalThreshold: 75 };
    const failing = scoreKayentaCanary(metrics("High"), options);
    expect(failing.groups.map((group) => group.score)).toEqual([50, 100, 50]);
    expect(failing.groups.map((group) => group.weight)).toEqual([60, 20, 20]);
    expectPrinted(passage(text, "the unweighted groups share"), failing.score, 1);
    expect(failing.classification).toBe("Fail");
    const marginal = scoreKayentaCanary(metrics("Pass"), options);
    expectPrinted(passage(text, "the unweighted groups share"), marginal.score, 1);
    expect(marginal.classification).toBe("Marginal");
  });

  it("reproduces the peeking false-alarm rates within simulation error", () => {
    // Armitage, McPherson and Rowe (1969): 0.083, 0.142, 0.193 for 2, 5, 10 equally spaced looks
    const printed: [number, number][] = [
      [2, 0.083],
      [5, 0.142],
      [10, 0.193],
    ];
    for (const [looks, rate] of printed) {
      expectPrinted(passage(text, "probability of at least one rejection is about"), rate, 3);
      const result = simulatePeeking({
        rng: createRng(`lesson-9-peeking-${looks}`),
        trials: 40000,
        maxSamples: looks,
        peekEvery: 1,
      });
      expect(result.peekSamples).toHaveLength(looks);
      // four standard errors of a proportion near 0.2 with 40000 trials is 0.008
      expect(Math.abs(result.naiveRejectionRate - rate)).toBeLessThan(0.008);
    }
  });

  it("computes the normal-mixture confidence sequence width", () => {
    const rho = mixtureRho(100, 1, 0.05);
    expectPrinted(passage(text, "tuning for $n_0 = 100$ gives"), rho, 2);
    const radius = normalMixtureRadius(100, {
      standardDeviation: 1,
      alpha: 0.05,
      optimizedAt: 100,
    });
    const fixed = normalQuantile(0.975) / Math.sqrt(100);
    expectPrinted(passage(text, "tuning for $n_0 = 100$ gives"), radius, 4);
    expectPrinted(passage(text, "tuning for $n_0 = 100$ gives"), fixed, 4);
    expectPrinted(passage(text, "tuning for $n_0 = 100$ gives"), radius / fixed, 2);
  });
});
