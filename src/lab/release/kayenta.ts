/**
 * Kayenta's canary judgement (Lesson 9). Each metric is classified against the baseline by
 * Kayenta's Mann-Whitney classifier: the Hodges-Lehmann interval of the shift, the direction that
 * counts as a failure, and the effect-size and no-data rules. The classifications then give
 * per-group scores, the weighted summary in points and the promote / review / roll-back judgement
 * with critical metrics.
 */
import { LabError } from "../core/errors";
import { hodgesLehmann } from "../inference/hodges-lehmann";

/** Which change of a metric is a failure: "increase" for latency or errors, "decrease" for throughput. */
export type KayentaDirection = "increase" | "decrease" | "either";

/** Kayenta's metric classifications. */
export type KayentaLabel = "Pass" | "High" | "Low" | "Nodata" | "NodataFailMetric";

/** One canary metric as configured in a Kayenta canary config. */
export interface KayentaMetricConfig {
  name: string;
  /** groups the metric counts towards (a metric may sit in several) */
  groups: string[];
  /** default "either" */
  direction?: KayentaDirection;
  /** a critical metric that is not Pass fails the whole canary (score 0) */
  critical?: boolean;
  /** a non-critical metric without data is NodataFailMetric instead of Nodata */
  mustHaveData?: boolean;
  /** NaN handling: "remove" (default) drops NaN, "replace" turns NaN into 0 */
  nanStrategy?: "remove" | "replace";
  /** effect-size gate for High: mean(canary)/mean(baseline) must reach this (default 1) */
  allowedIncrease?: number;
  /** effect-size gate for Low: the mean ratio must be at most this (default 1) */
  allowedDecrease?: number;
  /** a critical High fails the canary only when the mean ratio reaches this (default 1) */
  criticalIncrease?: number;
  /** a critical Low fails the canary only when the mean ratio is at most this (default 1) */
  criticalDecrease?: number;
}

/** Kayenta's judgement of one metric, with the numbers behind it. */
export interface KayentaMetricResult {
  name: string;
  groups: string[];
  label: KayentaLabel;
  /** true when this result fails the whole canary (a critical metric that is not Pass) */
  critical: boolean;
  /** Hodges-Lehmann shift canary − baseline and its confidence interval (null without a test) */
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  /** the tolerance band ±tolerance·|estimate| (null without a test) */
  bound: number | null;
  /** effect size mean(canary) / mean(baseline) (1 when the baseline mean is 0) */
  meanRatio: number;
  reason: string;
}

/** Classifier settings: Kayenta's judge uses tolerance 0.25 and confidence 0.98. */
export interface KayentaClassifierOptions {
  tolerance?: number;
  confidence?: number;
}

function average(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function clean(values: readonly number[], strategy: "remove" | "replace"): number[] {
  return strategy === "remove"
    ? values.filter((value) => !Number.isNaN(value))
    : values.map((value) => (Number.isNaN(value) ? 0 : value));
}

/**
 * Classifies one canary metric as Kayenta's NetflixACAJudge does (MannWhitneyClassifier): NaN
 * handling, no data → Nodata (NodataFailMetric when `mustHaveData`, critical when `critical`),
 * identical or single-valued samples → Pass, otherwise the Hodges-Lehmann shift canary − baseline
 * with its Mann-Whitney confidence interval (98%) against the band ±0.25·|estimate|: High when the
 * interval's lower end is above +band (and the mean ratio ≥ allowedIncrease), Low when its upper
 * end is below −band (and the mean ratio ≤ allowedDecrease), else Pass. `direction` decides which
 * of High/Low can be reported. Kayenta adds tiny Gaussian noise when both samples are constant
 * and differ; here the interval is the exact difference instead, which classifies the same way.
 *
 * @param baseline the control's measurements (NaN allowed, see nanStrategy)
 * @param canary the experiment's measurements
 * @param config the metric's configuration
 * @param options tolerance (default 0.25) and confidence (default 0.98)
 * @returns the label, whether it fails the canary outright, and the numbers behind it
 * @throws LabError when a value is ±Infinity or the tolerance/confidence are out of range
 * @example
 * // Kayenta's MannWhitneyClassifier on this pair: estimate 11, 98% CI [8, 14] → High
 * classifyKayentaMetric([100, 102, 98, 101, 99, 103, 100, 97, 102, 101],
 *   [110, 112, 108, 115, 109, 111, 113, 110, 114, 112], { name: "latency", groups: ["perf"] }).label; // "High"
 */
export function classifyKayentaMetric(
  baseline: readonly number[],
  canary: readonly number[],
  config: KayentaMetricConfig,
  options: KayentaClassifierOptions = {},
): KayentaMetricResult {
  const tolerance = options.tolerance ?? 0.25;
  const confidence = options.confidence ?? 0.98;
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) {
    throw new LabError(
      `classifyKayentaMetric requires a non-negative tolerance (got ${tolerance})`,
    );
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new LabError(`classifyKayentaMetric requires confidence in (0, 1) (got ${confidence})`);
  }
  for (const value of [...baseline, ...canary]) {
    if (value === Infinity || value === -Infinity) {
      throw new LabError(`classifyKayentaMetric requires finite or NaN values in ${config.name}`);
    }
  }
  const direction = config.direction ?? "either";
  const isCritical = config.critical ?? false;
  const control = clean(baseline, config.nanStrategy ?? "remove");
  const experiment = clean(canary, config.nanStrategy ?? "remove");
  const result = (label: KayentaLabel, critical: boolean, reason: string, meanRatio = 1) => ({
    name: config.name,
    groups: [...config.groups],
    label,
    critical,
    estimate: null,
    lower: null,
    upper: null,
    bound: null,
    meanRatio,
    reason,
  });
  if (control.length === 0 || experiment.length === 0) {
    const reason = `Missing data for ${config.name}`;
    // Kayenta: a required but non-critical metric counts as a failure inside its group; a critical
    // metric without data keeps the Nodata label but fails the canary.
    if (config.mustHaveData && !isCritical) return result("NodataFailMetric", false, reason);
    return result("Nodata", isCritical, reason);
  }
  const sortedControl = [...control].sort((a, b) => a - b);
  const sortedExperiment = [...experiment].sort((a, b) => a - b);
  if (
    sortedControl.length === sortedExperiment.length &&
    sortedControl.every((value, index) => value === sortedExperiment[index])
  ) {
    return result("Pass", false, `The canary and baseline data for ${config.name} are identical`);
  }
  if (new Set([...control, ...experiment]).size === 1) {
    return result("Pass", false, `${config.name} has a single value in both samples`);
  }
  const controlMean = average(control);
  const meanRatio = controlMean === 0 ? 1 : average(experiment) / controlMean;
  const bothConstant = new Set(control).size === 1 && new Set(experiment).size === 1;
  const interval = bothConstant
    ? { estimate: (experiment[0] ?? 0) - (control[0] ?? 0), lower: NaN, upper: NaN }
    : hodgesLehmann(control, experiment, confidence);
  if (bothConstant) interval.lower = interval.upper = interval.estimate;
  const bound = tolerance * Math.abs(interval.estimate);
  const isHigh =
    direction !== "decrease" &&
    interval.lower > bound &&
    meanRatio >= (config.allowedIncrease ?? 1);
  const isLow =
    direction !== "increase" &&
    interval.upper < -bound &&
    meanRatio <= (config.allowedDecrease ?? 1);
  const label: KayentaLabel = isHigh ? "High" : isLow ? "Low" : "Pass";
  const critical =
    isCritical &&
    ((isHigh && meanRatio >= (config.criticalIncrease ?? 1)) ||
      (isLow && meanRatio <= (config.criticalDecrease ?? 1)));
  const reason =
    label === "Pass"
      ? `${config.name}: interval [${interval.lower}, ${interval.upper}] is within ±${bound}`
      : `${config.name} was classified as ${label}${critical ? " (Critical)" : ""}`;
  return {
    ...result(label, critical, reason, meanRatio),
    estimate: interval.estimate,
    lower: interval.lower,
    upper: interval.upper,
    bound,
  };
}

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
