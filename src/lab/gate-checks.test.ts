import { describe, expect, it } from "vitest";
import { LabError } from "./errors";
import { costGateCheck, latencyGateCheck, safetyGateCheck, twoSidedLevel } from "./gate-checks";
import { createRng } from "./rng";

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

  it("turns a one-sided confidence c into the two-sided level 2c − 1", () => {
    expect(twoSidedLevel("f", 0.95)).toBeCloseTo(0.9, 15);
    expect(() => twoSidedLevel("f", 1)).toThrow(
      "f requires a one-sided confidence in (0.5, 1) (got 1)",
    );
  });
});
