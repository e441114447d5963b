import { describe, expect, it } from "vitest";
import { argoMeasurementPhase, type ArgoMetricSpec } from "./argo-measurement";

const atLeast95: ArgoMetricSpec = {
  name: "success-rate",
  successCondition: { operator: ">=", value: 0.95 },
};

describe("argoMeasurementPhase", () => {
  it("follows Argo's EvaluateResult for success and failure conditions", () => {
    // Only a success condition: not successful means Failed.
    expect(argoMeasurementPhase(0.97, atLeast95)).toBe("Successful");
    expect(argoMeasurementPhase(0.93, atLeast95)).toBe("Failed");
    // Only a failure condition: not failed means Successful.
    const failureOnly: ArgoMetricSpec = {
      name: "errors",
      failureCondition: { operator: ">", value: 5 },
    };
    expect(argoMeasurementPhase(3, failureOnly)).toBe("Successful");
    expect(argoMeasurementPhase(7, failureOnly)).toBe("Failed");
    // Both: neither holding is Inconclusive; failure wins when both hold.
    const both: ArgoMetricSpec = {
      name: "p99",
      successCondition: { operator: "<", value: 300 },
      failureCondition: { operator: ">", value: 500 },
    };
    expect(argoMeasurementPhase(400, both)).toBe("Inconclusive");
    expect(argoMeasurementPhase(250, both)).toBe("Successful");
    expect(argoMeasurementPhase(600, both)).toBe("Failed");
    // No conditions: always Successful; a failed query is an Error.
    expect(argoMeasurementPhase(1, { name: "noop" })).toBe("Successful");
    expect(argoMeasurementPhase(null, atLeast95)).toBe("Error");
  });
});
