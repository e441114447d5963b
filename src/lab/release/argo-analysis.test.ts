import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessArgoMetric, runArgoAnalysis } from "./argo-analysis";
import type { ArgoMetricSpec } from "./argo-measurement";
import { LabError } from "../core/errors";

const atLeast95: ArgoMetricSpec = {
  name: "success-rate",
  successCondition: { operator: ">=", value: 0.95 },
};

describe("assessArgoMetric", () => {
  it("fails when failed measurements exceed failureLimit (default 0)", () => {
    // Argo Rollouts analysis docs: failed > failureLimit, default 0.
    const result = assessArgoMetric({ name: "m", count: 5 }, ["Successful", "Failed"]);
    expect(result.phase).toBe("Failed");
    expect(result.measured).toBe(2);
    expect(result.message).toBe("failed (1) > failureLimit (0)");
    const tolerant = assessArgoMetric({ name: "m", count: 5, failureLimit: 1 }, [
      "Failed",
      "Successful",
      "Failed",
    ]);
    expect(tolerant.phase).toBe("Failed");
    expect(tolerant.measured).toBe(3);
  });

  it("is inconclusive when inconclusive measurements exceed inconclusiveLimit (default 0)", () => {
    const result = assessArgoMetric({ name: "m", count: 3, inconclusiveLimit: 1 }, [
      "Inconclusive",
      "Successful",
      "Inconclusive",
    ]);
    expect(result.phase).toBe("Inconclusive");
    expect(result.message).toBe("inconclusive (2) > inconclusiveLimit (1)");
  });

  it("errors only after more than 4 consecutive errors, and errors do not count", () => {
    // Argo Rollouts analysis docs: consecutive errors > 4 (default consecutiveErrorLimit).
    const four = assessArgoMetric({ name: "m", count: 2 }, ["Error", "Error", "Error", "Error"]);
    expect(four.phase).toBe("Running");
    expect(four.count).toBe(0);
    const five = assessArgoMetric({ name: "m", count: 2 }, [
      "Error",
      "Error",
      "Error",
      "Error",
      "Error",
    ]);
    expect(five.phase).toBe("Error");
    // A non-error measurement resets the consecutive counter.
    const reset = assessArgoMetric({ name: "m", count: 3 }, [
      "Error",
      "Error",
      "Error",
      "Error",
      "Successful",
      "Error",
      "Error",
      "Successful",
      "Successful",
    ]);
    expect(reset.phase).toBe("Successful");
    expect(reset.error).toBe(6);
  });

  it("succeeds once count measurements are taken, ignoring failures within the limit", () => {
    const result = assessArgoMetric({ name: "m", count: 3, failureLimit: 1 }, [
      "Successful",
      "Failed",
      "Successful",
      "Failed",
    ]);
    expect(result.phase).toBe("Successful");
    expect(result.measured).toBe(3);
    expect(assessArgoMetric({ name: "m" }, ["Successful"]).phase).toBe("Running");
    expect(assessArgoMetric({ name: "m" }, ["Successful"], true).phase).toBe("Successful");
    expect(assessArgoMetric({ name: "m" }, []).phase).toBe("Pending");
  });

  it("rejects invalid limits", () => {
    expect(() => assessArgoMetric({ name: "m", failureLimit: -1 }, [])).toThrow(LabError);
    expect(() => assessArgoMetric({ name: "m", count: 1.5 }, [])).toThrow(
      "assessArgoMetric requires count to be a non-negative integer (got 1.5)",
    );
  });
});

describe("runArgoAnalysis", () => {
  it("is Successful when every metric reaches its count", () => {
    const run = runArgoAnalysis([
      { spec: { ...atLeast95, count: 3 }, values: [0.97, 0.96, 0.99] },
      {
        spec: { name: "latency", count: 2, successCondition: { operator: "<", value: 300 } },
        values: [200, 250],
      },
    ]);
    expect(run.phase).toBe("Successful");
    expect(run.decidedAtRound).toBe(3);
  });

  it("terminates on the first failed metric and reports the worst phase", () => {
    const run = runArgoAnalysis([
      { spec: { ...atLeast95, count: 10 }, values: [0.97, 0.93, 0.99] },
      {
        spec: { name: "latency", count: 10, successCondition: { operator: "<", value: 300 } },
        values: [200, 250, 260],
      },
    ]);
    expect(run.phase).toBe("Failed");
    expect(run.decidedAtRound).toBe(2);
    expect(run.metrics.map((metric) => metric.phase)).toEqual(["Failed", "Successful"]);
  });

  it("ranks Failed above Error above Inconclusive (Argo's analysisStatusOrder)", () => {
    const run = runArgoAnalysis([
      {
        spec: {
          name: "a",
          count: 1,
          successCondition: { operator: ">", value: 0 },
          failureCondition: { operator: "<", value: -1 },
        },
        values: [-0.5],
      },
      { spec: { name: "b", count: 1, consecutiveErrorLimit: 0 }, values: [null] },
    ]);
    expect(run.metrics.map((metric) => metric.phase)).toEqual(["Inconclusive", "Error"]);
    expect(run.phase).toBe("Error");
  });

  it("stays Running while measurements are missing", () => {
    expect(runArgoAnalysis([{ spec: { ...atLeast95, count: 5 }, values: [0.99] }]).phase).toBe(
      "Running",
    );
    expect(() => runArgoAnalysis([])).toThrow("runArgoAnalysis requires at least one metric");
  });
});

describe("assessArgoMetric properties", () => {
  it("never consumes more measurements than given, and succeeds only at its count or when stopped", () => {
    const phase = fc.constantFrom(
      "Successful" as const,
      "Failed" as const,
      "Inconclusive" as const,
      "Error" as const,
    );
    fc.assert(
      fc.property(
        fc.array(phase, { maxLength: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 3 }),
        (measurements, count, failureLimit) => {
          const result = assessArgoMetric({ name: "m", count, failureLimit }, measurements);
          expect(result.measured).toBeLessThanOrEqual(measurements.length);
          if (result.phase === "Successful") expect(result.count).toBe(count);
          if (result.phase === "Failed") expect(result.failed).toBe(failureLimit + 1);
        },
      ),
    );
  });
});
