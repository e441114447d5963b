/**
 * Kayenta's per-metric classification of a canary against its baseline (its Mann-Whitney
 * classifier): the Hodges-Lehmann interval of the shift, the direction that counts as a failure,
 * and the effect-size and no-data rules (Lesson 9). Scoring the classified metrics is
 * `kayenta-score.ts`.
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
