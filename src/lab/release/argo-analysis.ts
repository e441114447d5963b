/**
 * Argo Rollouts' analysis run, measurement by measurement: per-metric counters and phases (failure,
 * inconclusive and consecutive-error limits) and the run's overall phase, so a canary analysis can
 * be replayed exactly as the controller would judge it (Lesson 9).
 */
import { LabError } from "../core/errors";
import {
  argoMeasurementPhase,
  type ArgoMeasurementPhase,
  type ArgoMetricSpec,
  type ArgoPhase,
} from "./argo-measurement";

/** Counters and phase of one metric after its measurements. */
export interface ArgoMetricResult {
  name: string;
  phase: ArgoPhase;
  /** measurements consumed before the metric completed (later ones are never taken) */
  measured: number;
  count: number;
  successful: number;
  failed: number;
  inconclusive: number;
  error: number;
  consecutiveError: number;
  message: string;
}

/**
 * Assesses one metric the way Argo Rollouts' analysis controller does after each measurement:
 * Successful/Failed/Inconclusive measurements add to `count` and reset the consecutive-error
 * counter, Error measurements do not count; the metric is Failed when failed > failureLimit
 * (default 0), else Inconclusive when inconclusive > inconclusiveLimit (0), else Error when
 * consecutive errors > consecutiveErrorLimit (4), else Successful once `count` measurements are
 * reached, else still Running (Successful when `terminated`, as Argo does when a run is stopped).
 *
 * @param spec the metric and its limits
 * @param measurements measurement phases in time order (see `argoMeasurementPhase`)
 * @param terminated whether the analysis was stopped after these measurements
 * @returns the metric's phase, counters and a message naming the limit that decided it
 * @throws LabError when a limit or the count is not a non-negative integer
 * @example
 * assessArgoMetric({ name: "errors", failureLimit: 1, count: 5 }, ["Failed", "Successful", "Failed"]).phase; // "Failed"
 */
export function assessArgoMetric(
  spec: ArgoMetricSpec,
  measurements: readonly ArgoMeasurementPhase[],
  terminated = false,
): ArgoMetricResult {
  const failureLimit = spec.failureLimit ?? 0;
  const inconclusiveLimit = spec.inconclusiveLimit ?? 0;
  const consecutiveErrorLimit = spec.consecutiveErrorLimit ?? 4;
  for (const [what, limit] of Object.entries({
    failureLimit,
    inconclusiveLimit,
    consecutiveErrorLimit,
    count: spec.count ?? 0,
  })) {
    if (!Number.isInteger(limit) || limit < 0) {
      throw new LabError(
        `assessArgoMetric requires ${what} to be a non-negative integer (got ${limit})`,
      );
    }
  }
  const result: ArgoMetricResult = {
    name: spec.name,
    phase: "Pending",
    measured: 0,
    count: 0,
    successful: 0,
    failed: 0,
    inconclusive: 0,
    error: 0,
    consecutiveError: 0,
    message: "",
  };
  for (const measurement of measurements) {
    result.measured += 1;
    if (measurement === "Error") {
      result.error += 1;
      result.consecutiveError += 1;
    } else {
      result.count += 1;
      result.consecutiveError = 0;
      if (measurement === "Successful") result.successful += 1;
      else if (measurement === "Failed") result.failed += 1;
      else result.inconclusive += 1;
    }
    if (result.failed > failureLimit) {
      return {
        ...result,
        phase: "Failed",
        message: `failed (${result.failed}) > failureLimit (${failureLimit})`,
      };
    }
    if (result.inconclusive > inconclusiveLimit) {
      const message = `inconclusive (${result.inconclusive}) > inconclusiveLimit (${inconclusiveLimit})`;
      return { ...result, phase: "Inconclusive", message };
    }
    if (result.consecutiveError > consecutiveErrorLimit) {
      const message = `consecutiveErrors (${result.consecutiveError}) > consecutiveErrorLimit (${consecutiveErrorLimit})`;
      return { ...result, phase: "Error", message };
    }
    if (spec.count !== undefined && result.count >= spec.count) {
      return { ...result, phase: "Successful", message: `count (${spec.count}) reached` };
    }
  }
  if (terminated) return { ...result, phase: "Successful", message: "run terminated" };
  return { ...result, phase: measurements.length === 0 ? "Pending" : "Running" };
}

const worstOrder: readonly ArgoPhase[] = [
  "Successful",
  "Running",
  "Pending",
  "Inconclusive",
  "Error",
  "Failed",
];

/**
 * Runs an AnalysisRun over measured values, one measurement per metric per round (metrics with
 * the same interval). As in Argo, a metric stops measuring once it completes; when any metric
 * completes Failed, Error or Inconclusive the run terminates and the still-running metrics are
 * assessed as terminated (Successful). The run's phase is Running until every metric has
 * completed, then the worst metric phase (Successful < Inconclusive < Error < Failed).
 *
 * @param metrics metric specs with their measured values per round (null = provider error)
 * @returns the run phase, the round at which it was decided (null while running) and per-metric results
 * @throws LabError when there are no metrics or a limit is invalid
 * @example
 * runArgoAnalysis([{ spec: { name: "rate", count: 3, successCondition: { operator: ">=", value: 0.95 } }, values: [0.97, 0.96, 0.99] }]).phase; // "Successful"
 */
export function runArgoAnalysis(
  metrics: readonly { spec: ArgoMetricSpec; values: readonly (number | null)[] }[],
): { phase: ArgoPhase; decidedAtRound: number | null; metrics: ArgoMetricResult[] } {
  if (metrics.length === 0) throw new LabError("runArgoAnalysis requires at least one metric");
  const phases = metrics.map((metric) =>
    metric.values.map((value) => argoMeasurementPhase(value, metric.spec)),
  );
  const rounds = Math.max(...phases.map((list) => list.length));
  let results = metrics.map((metric) => assessArgoMetric(metric.spec, []));
  for (let round = 1; round <= rounds; round += 1) {
    results = metrics.map((metric, index) =>
      assessArgoMetric(metric.spec, (phases[index] ?? []).slice(0, round)),
    );
    const terminating = results.some((result) =>
      ["Failed", "Error", "Inconclusive"].includes(result.phase),
    );
    if (terminating) {
      results = metrics.map((metric, index) =>
        assessArgoMetric(metric.spec, (phases[index] ?? []).slice(0, round), true),
      );
    }
    if (results.every((result) => result.phase !== "Running" && result.phase !== "Pending")) {
      const phase = results.reduce<ArgoPhase>(
        (worst, result) =>
          worstOrder.indexOf(result.phase) > worstOrder.indexOf(worst) ? result.phase : worst,
        "Successful",
      );
      return { phase, decidedAtRound: round, metrics: results };
    }
  }
  return { phase: "Running", decidedAtRound: null, metrics: results };
}
