import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import {
  classifyKayentaMetric,
  type KayentaMetricConfig,
  type KayentaLabel,
  type KayentaMetricResult,
  judgeKayentaCanary,
  scoreKayentaCanary,
} from "./kayenta";

// Kayenta's MannWhitneyClassifier (spinnaker/kayenta) on this control and experiment: Hodges-Lehmann estimate 11, 98% CI [8, 14] → High.
const control = [100, 102, 98, 101, 99, 103, 100, 97, 102, 101];
const experiment = [110, 112, 108, 115, 109, 111, 113, 110, 114, 112];
const latency: KayentaMetricConfig = { name: "latency", groups: ["performance"] };

describe("classifyKayentaMetric", () => {
  it("classifies the worked example as High (CI lower 8 > 0.25 · 11)", () => {
    const result = classifyKayentaMetric(control, experiment, latency);
    expect(result.label).toBe("High");
    expect(result.estimate).toBeCloseTo(11, 10);
    expect(result.lower).toBeCloseTo(8, 6);
    expect(result.upper).toBeCloseTo(14, 6);
    expect(result.bound).toBeCloseTo(2.75, 10);
    expect(result.critical).toBe(false);
    expect(result.meanRatio).toBeCloseTo(1114 / 1003, 12);
  });

  it("reports Low for a decrease, and respects the metric's direction", () => {
    expect(classifyKayentaMetric(experiment, control, latency).label).toBe("Low");
    // Kayenta: High is only reported for direction increase or either.
    expect(
      classifyKayentaMetric(control, experiment, { ...latency, direction: "decrease" }).label,
    ).toBe("Pass");
    expect(
      classifyKayentaMetric(control, experiment, { ...latency, direction: "increase" }).label,
    ).toBe("High");
    expect(
      classifyKayentaMetric(experiment, control, { ...latency, direction: "increase" }).label,
    ).toBe("Pass");
  });

  it("passes when the interval overlaps the tolerance band", () => {
    const noisy = classifyKayentaMetric([1, 5, 9, 3, 7], [2, 6, 10, 4, 8], latency);
    expect(noisy.label).toBe("Pass");
  });

  it("applies the effect-size gate allowedIncrease to the mean ratio", () => {
    // mean ratio 111.4 / 100.3 ≈ 1.11 < 1.2: Kayenta does not flag the increase.
    expect(
      classifyKayentaMetric(control, experiment, { ...latency, allowedIncrease: 1.2 }).label,
    ).toBe("Pass");
  });

  it("passes identical and single-valued samples without a test", () => {
    const shuffled = [...control].reverse();
    const identical = classifyKayentaMetric(control, shuffled, latency);
    expect(identical.label).toBe("Pass");
    expect(identical.estimate).toBeNull();
    expect(classifyKayentaMetric([5, 5], [5, 5, 5], latency).label).toBe("Pass");
  });

  it("classifies two different constant samples by their exact difference", () => {
    const result = classifyKayentaMetric([5, 5, 5], [7, 7, 7], latency);
    expect(result).toMatchObject({ label: "High", estimate: 2, lower: 2, upper: 2 });
  });

  it("handles missing data: Nodata, NodataFailMetric when required, critical when critical", () => {
    expect(classifyKayentaMetric(control, [], latency).label).toBe("Nodata");
    expect(classifyKayentaMetric(control, [NaN, NaN], latency).label).toBe("Nodata");
    expect(classifyKayentaMetric([], experiment, { ...latency, mustHaveData: true }).label).toBe(
      "NodataFailMetric",
    );
    const critical = classifyKayentaMetric(control, [], {
      ...latency,
      critical: true,
      mustHaveData: true,
    });
    expect(critical).toMatchObject({ label: "Nodata", critical: true });
    // nanStrategy "replace": NaN becomes 0, so data exists and is compared.
    expect(
      classifyKayentaMetric([0, 0, 0], [NaN, NaN, NaN], { ...latency, nanStrategy: "replace" })
        .label,
    ).toBe("Pass");
  });

  it("marks a failing critical metric as critical", () => {
    const result = classifyKayentaMetric(control, experiment, { ...latency, critical: true });
    expect(result).toMatchObject({ label: "High", critical: true });
    expect(
      classifyKayentaMetric(control, experiment, {
        ...latency,
        critical: true,
        criticalIncrease: 1.5,
      }).critical,
    ).toBe(false);
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => classifyKayentaMetric([1, Infinity], [2], latency)).toThrow(LabError);
    expect(() => classifyKayentaMetric([1, Infinity], [2], latency)).toThrow(
      "classifyKayentaMetric requires finite or NaN values in latency",
    );
    expect(() => classifyKayentaMetric([1], [2], latency, { confidence: 1 })).toThrow(
      "classifyKayentaMetric requires confidence in (0, 1) (got 1)",
    );
  });
});

describe("classifyKayentaMetric properties", () => {
  it("swapping baseline and canary swaps High and Low (direction either)", () => {
    const sample = fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 25 });
    const mirror = { High: "Low", Low: "High", Pass: "Pass" } as Record<string, string>;
    fc.assert(
      fc.property(sample, sample, (baseline, canary) => {
        const forward = classifyKayentaMetric(baseline, canary, latency).label;
        const backward = classifyKayentaMetric(canary, baseline, latency).label;
        // The mean-ratio gate is not symmetric when a mean is 0; compare only positive means.
        fc.pre(baseline.some((value) => value > 0) && canary.some((value) => value > 0));
        expect(backward).toBe(mirror[forward]);
      }),
    );
  });
});

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
