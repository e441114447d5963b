/**
 * Kayenta's canary score: per-group scores from the metric classifications, the weighted summary in
 * points and the promote / review / roll-back judgement with critical metrics (Lesson 9).
 * Classifying single metrics is `kayenta.ts`.
 */
import { LabError } from "../core/errors";
import {
  classifyKayentaMetric,
  type KayentaClassifierOptions,
  type KayentaMetricConfig,
  type KayentaMetricResult,
} from "./kayenta";

/** Score of one metric group: 100 · Pass / (Pass + High + Low + NodataFailMetric). */
export interface KayentaGroupScore {
  group: string;
  /** 0..100; 0 when the group has no scorable metric (then `noData` is true) */
  score: number;
  noData: boolean;
  /** weight used in the summary (percent) */
  weight: number;
  counts: Record<string, number>;
}

/** The canary verdict. */
export interface KayentaScore {
  /** 0..100, rounded to two decimals as Kayenta does */
  score: number;
  classification: "Pass" | "Marginal" | "Fail";
  groups: KayentaGroupScore[];
  reason: string;
}

/** Scoring options: group weights (percent) and score thresholds (e.g. pass 95, marginal 75). */
export interface KayentaScoreOptions {
  groupWeights?: Record<string, number>;
  passThreshold?: number;
  marginalThreshold?: number;
}

/**
 * Scores classified canary metrics as Kayenta's WeightedSumScorer and ThresholdScoreClassifier
 * do: per group, 100 · Pass / (Pass + High + Low + NodataFailMetric) (Nodata is left out; a group
 * with nothing left has no data and contributes as 100); groups without a configured weight share
 * 100 − Σ weights equally; the summary is Σ score · weight / 100, rounded to 2 decimals. A critical
 * failure, or Nodata on 50% or more of the metrics, makes the score 0. Score ≥ pass threshold
 * passes, ≥ marginal threshold is marginal, else the canary fails.
 *
 * @param results metric results from `classifyKayentaMetric`
 * @param options group weights and the pass (default 95) and marginal (default 75) thresholds
 * @returns the summary score, its classification, per-group scores and the reason
 * @throws LabError when there are no results, a weight is negative, or marginal > pass
 * @example
 * scoreKayentaCanary(results, { groupWeights: { errors: 60 }, passThreshold: 95, marginalThreshold: 75 });
 */
export function scoreKayentaCanary(
  results: readonly KayentaMetricResult[],
  options: KayentaScoreOptions = {},
): KayentaScore {
  const passThreshold = options.passThreshold ?? 95;
  const marginalThreshold = options.marginalThreshold ?? 75;
  const groupWeights = options.groupWeights ?? {};
  if (results.length === 0)
    throw new LabError("scoreKayentaCanary requires at least one metric result");
  if (!(marginalThreshold <= passThreshold)) {
    throw new LabError("scoreKayentaCanary requires marginalThreshold ≤ passThreshold");
  }
  for (const [group, weight] of Object.entries(groupWeights)) {
    if (!(weight >= 0) || !Number.isFinite(weight)) {
      throw new LabError(
        `scoreKayentaCanary requires non-negative group weights (found ${weight} for ${group})`,
      );
    }
  }
  const labelsByGroup = new Map<string, string[]>();
  for (const result of results) {
    for (const group of result.groups) {
      const labels = labelsByGroup.get(group) ?? [];
      labels.push(result.label);
      labelsByGroup.set(group, labels);
    }
  }
  const weightSum = Object.values(groupWeights).reduce((sum, weight) => sum + weight, 0);
  const unweighted = [...labelsByGroup.keys()].filter((group) => !(group in groupWeights));
  const sharedWeight = unweighted.length > 0 ? (100 - weightSum) / unweighted.length : 0;
  const groups: KayentaGroupScore[] = [...labelsByGroup.entries()].map(([group, labels]) => {
    const counts: Record<string, number> = {};
    for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
    const passed = counts.Pass ?? 0;
    const total = passed + (counts.High ?? 0) + (counts.Low ?? 0) + (counts.NodataFailMetric ?? 0);
    return {
      group,
      score: total === 0 ? 0 : (passed / total) * 100,
      noData: total === 0,
      weight: groupWeights[group] ?? sharedWeight,
      counts,
    };
  });
  const classify = (score: number): KayentaScore["classification"] =>
    score >= passThreshold ? "Pass" : score >= marginalThreshold ? "Marginal" : "Fail";
  const criticalFailure = results.find((result) => result.critical && result.label !== "Pass");
  if (criticalFailure) {
    return {
      score: 0,
      classification: classify(0),
      groups,
      reason: `Canary Failed: ${criticalFailure.reason}`,
    };
  }
  const nodataShare = results.filter((result) => result.label === "Nodata").length / results.length;
  if (nodataShare * 100 >= 50) {
    const reason = "Canary Failed: 50% or more metrics returned NODATA";
    return { score: 0, classification: classify(0), groups, reason };
  }
  let summary = 0;
  // A group with no scorable metric counts as fully passing, as in Kayenta.
  for (const group of groups) summary += (group.noData ? 100 : group.score) * (group.weight / 100);
  const score = Math.round(summary * 100) / 100;
  return { score, classification: classify(score), groups, reason: "" };
}

/** One metric of a canary run: its configuration and both samples. */
export interface KayentaMetricInput {
  config: KayentaMetricConfig;
  baseline: readonly number[];
  canary: readonly number[];
}

/**
 * Classifies every metric and scores the canary in one call (see `classifyKayentaMetric` and
 * `scoreKayentaCanary`).
 *
 * @param metrics metric configurations with baseline and canary samples
 * @param options classifier and scoring options
 * @returns per-metric results and the canary score
 * @throws LabError as the two steps
 * @example
 * judgeKayentaCanary([{ config: { name: "p99", groups: ["latency"], direction: "increase" }, baseline, canary }]);
 */
export function judgeKayentaCanary(
  metrics: readonly KayentaMetricInput[],
  options: KayentaClassifierOptions & KayentaScoreOptions = {},
): { metrics: KayentaMetricResult[]; score: KayentaScore } {
  const classified = metrics.map((metric) =>
    classifyKayentaMetric(metric.baseline, metric.canary, metric.config, options),
  );
  return { metrics: classified, score: scoreKayentaCanary(classified, options) };
}
