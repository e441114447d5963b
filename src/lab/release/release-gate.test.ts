import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { evaluateGate, type ReleaseData } from "./release-gate";
import { createRng } from "../random/rng";

const latencies = [120, 130, 150, 180, 200, 210, 260, 300, 350, 900];

describe("evaluateGate", () => {
  it("ships only when every configured check passes, reporting each check in order", () => {
    const candidate: ReleaseData = {
      quality: [1, 1, 1, 0, 1, 1, 1, 1],
      safetyViolations: new Array<number>(500).fill(0),
      latencyMs: latencies,
      costPerRequest: [0.001],
    };
    const baseline: ReleaseData = { quality: [1, 1, 0, 1, 1, 1, 1, 1] };
    const spec = {
      quality: { margin: 0.5 },
      safety: { maxViolationRate: 0.01 },
      latency: { sloMs: 600 },
      cost: { budgetPerRequest: 0.01 },
    };
    const result = evaluateGate(spec, candidate, baseline, createRng(1));
    expect(result.checks.map((check) => [check.name, check.passed])).toEqual([
      ["quality", true],
      ["safety", true],
      ["latency", false],
      ["cost", true],
    ]);
    expect(result.decision).toBe("hold");
    // numpy 2.4: np.quantile(latencies, 0.95) = 652.5
    expect(result.checks[2]?.reason).toBe("p95 latency 652.5 ms > SLO 600 ms");
    expect(
      evaluateGate({ ...spec, latency: { sloMs: 700 } }, candidate, baseline, createRng(1))
        .decision,
    ).toBe("ship");
  });

  it("rejects a gate without checks or a check without data", () => {
    expect(() => evaluateGate({}, {}, {}, createRng(1))).toThrow(LabError);
    expect(() => evaluateGate({}, {}, {}, createRng(1))).toThrow(
      "evaluateGate requires at least one configured check",
    );
    expect(() => evaluateGate({ cost: { budgetPerRequest: 1 } }, {}, {}, createRng(1))).toThrow(
      "evaluateGate requires candidate.costPerRequest data for the configured check",
    );
    expect(() =>
      evaluateGate({ quality: { margin: 1 } }, { quality: [1] }, {}, createRng(1)),
    ).toThrow("evaluateGate requires baseline.quality data for the configured check");
  });
});
