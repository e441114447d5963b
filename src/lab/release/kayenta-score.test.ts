import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import type { KayentaLabel, KayentaMetricResult } from "./kayenta";
import { judgeKayentaCanary, scoreKayentaCanary } from "./kayenta-score";

const metric = (label: KayentaLabel, groups: string[], critical = false): KayentaMetricResult => ({
  name: `${label}-${groups.join("+")}`,
  groups,
  label,
  critical,
  estimate: null,
  lower: null,
  upper: null,
  bound: null,
  meanRatio: 1,
  reason: `${label} reason`,
});

describe("scoreKayentaCanary", () => {
  // Expected summary scores from Kayenta's ScorerSuite (WeightedSumScorer tests).
  it("scores a group as 100 · Pass / (Pass + High + Low + NodataFailMetric)", () => {
    expect(scoreKayentaCanary([metric("Pass", ["g"])]).score).toBe(100);
    expect(scoreKayentaCanary([metric("High", ["g"])]).score).toBe(0);
    expect(scoreKayentaCanary([metric("Pass", ["g"]), metric("High", ["g"])]).score).toBe(50);
    expect(
      scoreKayentaCanary([metric("Pass", ["g"]), metric("High", ["g"]), metric("Low", ["g"])])
        .score,
    ).toBe(33.33);
    // NodataFailMetric counts as a failure inside its group (Kayenta's canary scorer, spinnaker/kayenta).
    expect(
      scoreKayentaCanary([metric("Pass", ["g"]), metric("NodataFailMetric", ["g"])]).score,
    ).toBe(50);
  });

  it("weights groups; unweighted groups share 100 − Σ weights", () => {
    const results = [
      metric("Pass", ["group-1"]),
      metric("Pass", ["group-1"]),
      metric("High", ["group-2"]),
    ];
    expect(
      scoreKayentaCanary(results, { groupWeights: { "group-1": 75, "group-2": 25 } }).score,
    ).toBe(75);
    const equal = [
      metric("Pass", ["group-1"]),
      metric("High", ["group-1"]),
      metric("High", ["group-2"]),
    ];
    expect(
      scoreKayentaCanary(equal, { groupWeights: { "group-1": 50, "group-2": 50 } }).score,
    ).toBe(25);
    // group-1 weighted 60; group-2 and group-3 share the remaining 40 (20 each).
    const shared = [
      metric("Pass", ["group-1"]),
      metric("High", ["group-2"]),
      metric("Pass", ["group-3"]),
    ];
    const score = scoreKayentaCanary(shared, { groupWeights: { "group-1": 60 } });
    expect(score.score).toBe(80);
    expect(score.groups.map((group) => group.weight)).toEqual([60, 20, 20]);
    expect(score.classification).toBe("Marginal");
  });

  it("leaves Nodata out of a group, and a group with only Nodata counts as 100", () => {
    const results = [
      metric("Pass", ["a"]),
      metric("High", ["a"]),
      metric("Nodata", ["b"]),
      metric("Pass", ["c"]),
    ];
    const score = scoreKayentaCanary(results);
    expect(score.groups.find((group) => group.group === "b")).toMatchObject({
      noData: true,
      score: 0,
    });
    // (50 + 100 + 100) / 3 = 83.33
    expect(score.score).toBe(83.33);
  });

  it("fails the canary with score 0 on a critical failure or on 50% Nodata", () => {
    const critical = scoreKayentaCanary([metric("Pass", ["g"]), metric("High", ["g"], true)]);
    expect(critical).toMatchObject({ score: 0, classification: "Fail" });
    expect(critical.reason).toBe("Canary Failed: High reason");
    const nodata = scoreKayentaCanary([metric("Pass", ["g"]), metric("Nodata", ["g"])]);
    expect(nodata.score).toBe(0);
    expect(nodata.reason).toBe("Canary Failed: 50% or more metrics returned NODATA");
  });

  it("classifies the score with inclusive pass and marginal thresholds", () => {
    const results = [
      ...Array<KayentaMetricResult>(19).fill(metric("Pass", ["g"])),
      metric("High", ["g"]),
    ];
    expect(scoreKayentaCanary(results).score).toBe(95);
    expect(scoreKayentaCanary(results).classification).toBe("Pass");
    expect(
      scoreKayentaCanary(results, { passThreshold: 96, marginalThreshold: 95 }).classification,
    ).toBe("Marginal");
    expect(
      scoreKayentaCanary(results, { passThreshold: 97, marginalThreshold: 96 }).classification,
    ).toBe("Fail");
  });

  it("rejects bad options", () => {
    expect(() => scoreKayentaCanary([])).toThrow(LabError);
    expect(() =>
      scoreKayentaCanary([metric("Pass", ["g"])], { passThreshold: 70, marginalThreshold: 80 }),
    ).toThrow("scoreKayentaCanary requires marginalThreshold ≤ passThreshold");
    expect(() => scoreKayentaCanary([metric("Pass", ["g"])], { groupWeights: { g: -1 } })).toThrow(
      "scoreKayentaCanary requires non-negative group weights (found -1 for g)",
    );
  });
});

describe("judgeKayentaCanary", () => {
  it("classifies and scores the worked example: the latency increase fails the canary", () => {
    const baseline = [100, 102, 98, 101, 99, 103, 100, 97, 102, 101];
    const canary = [110, 112, 108, 115, 109, 111, 113, 110, 114, 112];
    const judged = judgeKayentaCanary(
      [
        {
          config: { name: "latency", groups: ["performance"], direction: "increase" },
          baseline,
          canary,
        },
        {
          config: { name: "errors", groups: ["errors"], direction: "increase" },
          baseline: [1, 2, 1, 0],
          canary: [1, 1, 2, 0],
        },
      ],
      { passThreshold: 95, marginalThreshold: 75 },
    );
    expect(judged.metrics.map((result) => result.label)).toEqual(["High", "Pass"]);
    expect(judged.score).toMatchObject({ score: 50, classification: "Fail" });
  });
});
