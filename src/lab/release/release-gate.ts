/**
 * The release gate: quality, safety, latency and cost checks on one candidate's evaluation data;
 * every configured check must pass to ship (Lesson 9).
 */
import { LabError } from "../core/errors";
import {
  costGateCheck,
  latencyGateCheck,
  qualityGateCheck,
  safetyGateCheck,
  type CostGate,
  type GateCheck,
  type LatencyGate,
  type QualityGate,
  type SafetyGate,
} from "./gate-checks";
import type { Rng } from "../random/rng";

/**
 * A release gate: every configured check must pass to ship. Confidence levels are ONE-SIDED:
 * a 95% lower bound is the 5th percentile of the bootstrap distribution, and a 95% upper bound on
 * a rate is the upper end of a two-sided 90% interval.
 */
export interface GateSpec {
  quality?: QualityGate;
  safety?: SafetyGate;
  latency?: LatencyGate;
  cost?: CostGate;
}

/** Evaluation data of one release (candidate or baseline), per item / per request. */
export interface ReleaseData {
  /** quality score per evaluation item (e.g. 0/1 pass, or a grade in [0, 1]) */
  quality?: number[];
  /** 1 when a request violated a safety policy, else 0 */
  safetyViolations?: number[];
  latencyMs?: number[];
  costPerRequest?: number[];
}

function need(name: string, values: number[] | undefined): number[] {
  if (values === undefined) {
    throw new LabError(`evaluateGate requires ${name} data for the configured check`);
  }
  return values;
}

/**
 * Evaluates a release gate on a candidate against a baseline: quality non-inferiority by a
 * bootstrap lower bound of the difference in means (> −margin, strict), safety by an upper
 * confidence bound on the violation rate (Wilson or Clopper-Pearson, ≤ max), latency by a quantile
 * (type 7) or its order-statistic or bootstrap upper bound (≤ SLO), cost by the mean per request
 * or its bootstrap or log-normal upper bound (≤ budget). Only bounds give the gate the error rate
 * of Lesson 9's proposition; the estimates are the defaults for teaching the difference.
 * Ship only when every configured check passes.
 *
 * @param spec the checks to run and their thresholds
 * @param candidate the candidate's evaluation data
 * @param baseline the baseline's evaluation data (only quality is used)
 * @param rng seeded stream for the bootstraps
 * @returns "ship" or "hold" and one row per check with estimate, bound, threshold and reason
 * @throws LabError when no check is configured, a configured check lacks data, or as the checks
 * @example
 * evaluateGate({ quality: { margin: 0.02 }, cost: { budgetPerRequest: 0.01 } }, candidate, baseline, createRng(1));
 */
export function evaluateGate(
  spec: GateSpec,
  candidate: ReleaseData,
  baseline: ReleaseData,
  rng: Rng,
): { decision: "ship" | "hold"; checks: GateCheck[] } {
  const checks: GateCheck[] = [];
  if (spec.quality) {
    const candidateScores = need("candidate.quality", candidate.quality);
    const baselineScores = need("baseline.quality", baseline.quality);
    checks.push(qualityGateCheck(spec.quality, candidateScores, baselineScores, rng));
  }
  if (spec.safety) {
    checks.push(
      safetyGateCheck(spec.safety, need("candidate.safetyViolations", candidate.safetyViolations)),
    );
  }
  if (spec.latency) {
    checks.push(
      latencyGateCheck(spec.latency, need("candidate.latencyMs", candidate.latencyMs), rng),
    );
  }
  if (spec.cost) {
    checks.push(
      costGateCheck(spec.cost, need("candidate.costPerRequest", candidate.costPerRequest), rng),
    );
  }
  if (checks.length === 0)
    throw new LabError("evaluateGate requires at least one configured check");
  return { decision: checks.every((check) => check.passed) ? "ship" : "hold", checks };
}
