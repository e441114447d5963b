/** Phase of a measurement, a metric or a whole AnalysisRun (Argo Rollouts). */
export type ArgoPhase = "Pending" | "Running" | "Successful" | "Inconclusive" | "Error" | "Failed";

/** Phase of one completed measurement. */
export type ArgoMeasurementPhase = "Successful" | "Failed" | "Inconclusive" | "Error";

/** A condition on a measured value, written as data (Argo writes e.g. `result[0] >= 0.95`). */
export interface ArgoCondition {
  operator: "<" | "<=" | ">" | ">=" | "==" | "!=";
  value: number;
}

/** One metric of an AnalysisTemplate. */
export interface ArgoMetricSpec {
  name: string;
  successCondition?: ArgoCondition;
  failureCondition?: ArgoCondition;
  /** measurements to take; without it the metric runs until the analysis is stopped */
  count?: number;
  /** failed measurements allowed before the metric fails (default 0) */
  failureLimit?: number;
  /** inconclusive measurements allowed before the metric is inconclusive (default 0) */
  inconclusiveLimit?: number;
  /** consecutive errors allowed before the metric errors (default 4) */
  consecutiveErrorLimit?: number;
}

function holds(condition: ArgoCondition, value: number): boolean {
  switch (condition.operator) {
    case "<":
      return value < condition.value;
    case "<=":
      return value <= condition.value;
    case ">":
      return value > condition.value;
    case ">=":
      return value >= condition.value;
    case "==":
      return value === condition.value;
    case "!=":
      return value !== condition.value;
  }
}

/**
 * The phase of one measurement, following Argo's EvaluateResult: no conditions → Successful; only a
 * success condition → Failed when it does not hold; only a failure condition → Successful when it
 * does not hold; with both, Failed if the failure condition holds, Inconclusive if neither holds.
 * A null value stands for a provider error (query failed) and gives Error.
 *
 * @param value the measured value, or null when the measurement itself failed
 * @param spec the metric's conditions
 * @returns the measurement phase
 * @example
 * argoMeasurementPhase(0.93, { name: "success-rate", successCondition: { operator: ">=", value: 0.95 } }); // "Failed"
 */
export function argoMeasurementPhase(
  value: number | null,
  spec: ArgoMetricSpec,
): ArgoMeasurementPhase {
  if (value === null) return "Error";
  const { successCondition, failureCondition } = spec;
  if (!successCondition && !failureCondition) return "Successful";
  let success = successCondition ? holds(successCondition, value) : false;
  let failure = failureCondition ? holds(failureCondition, value) : false;
  if (successCondition && !failureCondition) failure = !success;
  if (!successCondition && failureCondition) success = !failure;
  if (failure) return "Failed";
  return success ? "Successful" : "Inconclusive";
}
