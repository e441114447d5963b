import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import {
  costGateCheck,
  latencyGateCheck,
  safetyGateCheck,
  twoSidedLevel,
  qualityGateCheck,
} from "./gate-checks";
import { createRng } from "../random/rng";

const flags = (ones: number, total: number) =>
  Array.from({ length: total }, (_, index) => (index < ones ? 1 : 0));
const latencies = [120, 130, 150, 180, 200, 210, 260, 300, 350, 900];

describe("safetyGateCheck", () => {
  it("compares the one-sided Wilson upper bound with the maximum rate", () => {
    // Wilson upper end with z = Φ⁻¹(0.95), computed with numpy/scipy 1.17: 0.0074824913019056905
    const check = safetyGateCheck({ maxViolationRate: 0.0075 }, flags(3, 1000));
    expect(check.estimate).toBe(0.003);
    expect(check.bound).toBeCloseTo(0.0074824913019056905, 12);
    expect(check.passed).toBe(true);
    expect(check.reason).toBe("3/1000 violations; wilson upper bound 0.007482 ≤ 0.0075");
  });

  it("can use the exact Clopper-Pearson bound instead", () => {
    // scipy 1.17: beta.ppf(0.95, 4, 997) = 0.007735244718479458 > 0.0075
    const check = safetyGateCheck(
      { maxViolationRate: 0.0075, method: "clopper-pearson" },
      flags(3, 1000),
    );
    expect(check.bound).toBeCloseTo(0.007735244718479458, 10);
    expect(check.passed).toBe(false);
  });

  it("rejects bad input", () => {
    expect(() => safetyGateCheck({ maxViolationRate: 0.1 }, [])).toThrow(LabError);
    expect(() => safetyGateCheck({ maxViolationRate: 0.1, confidence: 0.4 }, [0])).toThrow(
      "safetyGateCheck requires a one-sided confidence in (0.5, 1) (got 0.4)",
    );
  });
});

describe("latencyGateCheck", () => {
  it("uses the type-7 quantile, or its bootstrap upper bound", () => {
    // numpy 2.4: np.quantile(latencies, 0.95) = 652.5, np.quantile(latencies, 0.99) = 850.5
    const p95 = latencyGateCheck({ sloMs: 700 }, latencies, createRng(1));
    expect(p95.estimate).toBeCloseTo(652.5, 9);
    expect(p95.passed).toBe(true);
    const p99 = latencyGateCheck({ sloMs: 700, quantile: 0.99 }, latencies, createRng(1));
    expect(p99.estimate).toBeCloseTo(850.5, 9);
    expect(p99.reason).toBe("p99 latency 850.5 ms > SLO 700 ms");
    const bounded = latencyGateCheck({ sloMs: 700, bound: "bootstrap" }, latencies, createRng(1));
    expect(bounded.bound).toBeGreaterThanOrEqual(652.5);
  });

  it("can compare the distribution-free order-statistic bound X_(k) instead", () => {
    // scipy: k = binom.ppf(0.9, 10, 0.5) + 1 = 8, and the 8th smallest latency is 300
    const median = latencyGateCheck(
      { sloMs: 280, quantile: 0.5, bound: "order-statistic", confidence: 0.9 },
      latencies,
      createRng(1),
    );
    expect(median.estimate).toBeCloseTo(205, 9);
    expect(median.bound).toBe(300);
    expect(median.passed).toBe(false);
    expect(median.reason).toBe("p50 latency upper bound X(8) 300 ms > SLO 280 ms");
    // ten requests cannot bound a p95 at 95% (1 − 0.95^10 = 0.40): the check holds
    const p95 = latencyGateCheck(
      { sloMs: 5000, bound: "order-statistic" },
      latencies,
      createRng(1),
    );
    expect(p95.bound).toBe(Number.POSITIVE_INFINITY);
    expect(p95.passed).toBe(false);
  });

  it("rejects non-finite latencies", () => {
    expect(() => latencyGateCheck({ sloMs: 1 }, [NaN], createRng(1))).toThrow(
      "latencyGateCheck requires finite values in latencyMs (found NaN at index 0)",
    );
  });
});

describe("costGateCheck and twoSidedLevel", () => {
  it("compares the mean cost with the budget", () => {
    const check = costGateCheck({ budgetPerRequest: 0.002 }, [0.001, 0.002, 0.004]);
    expect(check.estimate).toBeCloseTo(0.007 / 3, 15);
    expect(check.passed).toBe(false);
    expect(() => costGateCheck({ budgetPerRequest: 1 }, [])).toThrow(
      "costGateCheck requires at least one value in costPerRequest",
    );
  });

  it("can compare a log-normal or bootstrap upper bound of the mean cost", () => {
    const costs = [0.0012, 0.0021, 0.0018, 0.0035, 0.0016];
    // numpy/scipy: Cox bound exp(ℓ̄ + s²/2 + z·sqrt(s²/n + s⁴/(2(n−1)))) = 0.0028021818774345113
    const logNormal = costGateCheck({ budgetPerRequest: 0.0025, bound: "log-normal" }, costs);
    expect(logNormal.estimate).toBeCloseTo(0.00204, 15);
    expect(logNormal.bound).toBeCloseTo(0.0028021818774345113, 15);
    expect(logNormal.passed).toBe(false);
    expect(logNormal.reason).toBe(
      "log-normal upper bound of the mean cost 0.002802 > budget 0.0025",
    );
    const bootstrap = costGateCheck(
      { budgetPerRequest: 0.0025, bound: "bootstrap" },
      costs,
      createRng(3),
    );
    expect(bootstrap.bound).toBeGreaterThan(bootstrap.estimate);
    expect(() => costGateCheck({ budgetPerRequest: 1, bound: "bootstrap" }, costs)).toThrow(
      "costGateCheck requires an rng for the bootstrap bound",
    );
  });

  it("turns a one-sided confidence c into the two-sided level 2c − 1", () => {
    expect(twoSidedLevel("f", 0.95)).toBeCloseTo(0.9, 15);
    expect(() => twoSidedLevel("f", 1)).toThrow(
      "f requires a one-sided confidence in (0.5, 1) (got 1)",
    );
  });
});

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
