import { bootstrapInterval } from "./bootstrap";
import { mean, quantile } from "./descriptive";
import { LabError, requireFinite, requireNonEmpty } from "./errors";
import { clopperPearsonInterval, wilsonInterval } from "./intervals";
import type { Rng } from "./rng";

/** Result of one release-gate check. */
export interface GateCheck {
  name: "quality" | "safety" | "latency" | "cost";
  estimate: number;
  bound: number;
  threshold: number;
  passed: boolean;
  reason: string;
}

/** Safety gate: the one-sided upper bound of the violation rate must be ≤ maxViolationRate. */
export interface SafetyGate {
  maxViolationRate: number;
  method?: "wilson" | "clopper-pearson";
  /** one-sided confidence (default 0.95) */
  confidence?: number;
}

/** Latency gate: a latency quantile (default 0.95), or its bootstrap upper bound, must be ≤ sloMs. */
export interface LatencyGate {
  sloMs: number;
  quantile?: number;
  bound?: "estimate" | "bootstrap";
  /** one-sided confidence of the bootstrap bound (default 0.95) */
  confidence?: number;
  resamples?: number;
}

/** Cost gate: the mean cost per request must be ≤ budgetPerRequest. */
export interface CostGate {
  budgetPerRequest: number;
}

/**
 * Converts a one-sided confidence c into the two-sided level 2c − 1 whose interval has c on
 * each side: the upper end of a two-sided 90% interval is a one-sided 95% upper bound.
 *
 * Lesson concept: one-sided bounds from two-sided intervals.
 *
 * @param fnName the calling function, for the error message
 * @param confidence one-sided confidence in (0.5, 1)
 * @returns the two-sided level
 * @throws LabError when confidence is outside (0.5, 1)
 * @example
 * twoSidedLevel("safetyGateCheck", 0.95); // 0.9
 */
export function twoSidedLevel(fnName: string, confidence: number): number {
  if (!(confidence > 0.5 && confidence < 1)) {
    throw new LabError(`${fnName} requires a one-sided confidence in (0.5, 1) (got ${confidence})`);
  }
  return 2 * confidence - 1;
}

/**
 * A number rounded to 4 significant digits without trailing zeros, for gate reasons.
 *
 * Lesson concept: readable gate reasons.
 *
 * @param value the number to show
 * @returns its short text form
 * @example
 * formatGateNumber(0.0074824913); // "0.007482"
 */
export function formatGateNumber(value: number): string {
  return Number(value.toPrecision(4)).toString();
}

function requireSample(fnName: string, what: string, values: readonly number[]): void {
  requireNonEmpty(fnName, what, values);
  requireFinite(fnName, what, values);
}

/**
 * Safety check: count violations and compare the one-sided Wilson (default) or Clopper-Pearson
 * upper bound of the violation rate with the maximum allowed rate (≤ passes).
 *
 * Lesson concept: bound a rare-event rate, do not trust "0 violations in 200 requests".
 *
 * @param gate maximum rate, interval method and one-sided confidence
 * @param violationFlags one entry per request, non-zero when it violated a policy
 * @returns the check row (estimate = observed rate, bound = upper bound)
 * @throws LabError when there are no requests, a flag is not finite, or confidence ∉ (0.5, 1)
 * @example
 * safetyGateCheck({ maxViolationRate: 0.0075 }, flags).bound; // 0.0074825 for 3 of 1000
 */
export function safetyGateCheck(gate: SafetyGate, violationFlags: readonly number[]): GateCheck {
  requireSample("safetyGateCheck", "violationFlags", violationFlags);
  const { maxViolationRate, method = "wilson" } = gate;
  const level = twoSidedLevel("safetyGateCheck", gate.confidence ?? 0.95);
  const violations = violationFlags.filter((flag) => flag !== 0).length;
  const interval = method === "wilson" ? wilsonInterval : clopperPearsonInterval;
  const bound = interval(violations, violationFlags.length, level)[1];
  const passed = bound <= maxViolationRate;
  const relation = passed ? "≤" : ">";
  return {
    name: "safety",
    estimate: violations / violationFlags.length,
    bound,
    threshold: maxViolationRate,
    passed,
    reason: `${violations}/${violationFlags.length} violations; ${method} upper bound ${formatGateNumber(bound)} ${relation} ${formatGateNumber(maxViolationRate)}`,
  };
}

/**
 * Latency check: the latency quantile (numpy type 7), or its percentile-bootstrap one-sided upper
 * bound, against the SLO (≤ passes).
 *
 * Lesson concept: tail latency SLOs and the noise in a p99 from few requests.
 *
 * @param gate SLO, quantile level and bound kind
 * @param latencyMs one latency per request, in milliseconds
 * @param rng seeded stream (used by the bootstrap bound only)
 * @returns the check row (estimate = quantile, bound = quantile or its upper bound)
 * @throws LabError when there is no latency, one is not finite, or options are out of range
 * @example
 * latencyGateCheck({ sloMs: 700 }, [120, 130, 150, 180, 200, 210, 260, 300, 350, 900], rng).estimate; // 652.5
 */
export function latencyGateCheck(
  gate: LatencyGate,
  latencyMs: readonly number[],
  rng: Rng,
): GateCheck {
  requireSample("latencyGateCheck", "latencyMs", latencyMs);
  const { sloMs, bound: boundKind = "estimate" } = gate;
  const level = gate.quantile ?? 0.95;
  const estimate = quantile(latencyMs, level);
  const bound =
    boundKind === "estimate"
      ? estimate
      : bootstrapInterval(latencyMs, (sample) => quantile(sample, level), {
          resamples: gate.resamples ?? 1000,
          confidence: twoSidedLevel("latencyGateCheck", gate.confidence ?? 0.95),
          rng,
        }).upper;
  const passed = bound <= sloMs;
  const label = boundKind === "estimate" ? "latency" : "latency upper bound";
  return {
    name: "latency",
    estimate,
    bound,
    threshold: sloMs,
    passed,
    reason: `p${Math.round(level * 1000) / 10} ${label} ${formatGateNumber(bound)} ms ${passed ? "≤" : ">"} SLO ${formatGateNumber(sloMs)} ms`,
  };
}

/**
 * Cost check: the mean cost per request against the budget (≤ passes).
 *
 * Lesson concept: cost budgets as a release criterion next to quality and safety.
 *
 * @param gate budget per request (currency units)
 * @param costPerRequest one cost per request
 * @returns the check row (estimate = bound = mean cost)
 * @throws LabError when there is no cost or one is not finite
 * @example
 * costGateCheck({ budgetPerRequest: 0.002 }, [0.001, 0.002, 0.004]).passed; // false
 */
export function costGateCheck(gate: CostGate, costPerRequest: readonly number[]): GateCheck {
  requireSample("costGateCheck", "costPerRequest", costPerRequest);
  const estimate = mean(costPerRequest);
  const passed = estimate <= gate.budgetPerRequest;
  return {
    name: "cost",
    estimate,
    bound: estimate,
    threshold: gate.budgetPerRequest,
    passed,
    reason: `mean cost per request ${formatGateNumber(estimate)} ${passed ? "≤" : ">"} budget ${formatGateNumber(gate.budgetPerRequest)}`,
  };
}
