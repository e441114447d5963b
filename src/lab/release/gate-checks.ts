/**
 * The release gate's four checks, each judged on a bound rather than on a point estimate
 * (Lesson 9): quality (non-inferiority of the candidate within a margin of the baseline, on a
 * bootstrap lower bound of the difference of mean scores, paired when both were scored on the same
 * items), safety (an upper bound on the violation rate), latency (an upper bound on a percentile)
 * and cost (an upper bound on the mean cost), with their shared result type.
 */
import { bootstrapInterval } from "../inference/bootstrap";
import { mean, quantile } from "../core/descriptive";
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";
import { formatNumber } from "../core/format-number";
import { clopperPearsonInterval, wilsonInterval } from "../inference/intervals";
import { bootstrapMeanUpperBound, logNormalMeanUpperBound } from "../inference/mean-upper-bound";
import { quantileUpperBound } from "../inference/quantile-upper-bound";
import type { Rng } from "../random/rng";
import { pairedDifferenceLowerBound } from "../inference/paired-bootstrap";
import { differenceOfMeansLowerBound } from "../inference/two-sample-bootstrap";

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

/**
 * Latency gate: a latency quantile (default 0.95) must be ≤ sloMs. `bound` says what is compared:
 * "estimate" (the default, kept for exercises that grade the point estimate: it is NOT a bound,
 * see Lesson 9's pitfall), "order-statistic" (the distribution-free upper bound X_(k) of Lesson 9)
 * or "bootstrap" (the percentile-bootstrap upper bound).
 */
export interface LatencyGate {
  sloMs: number;
  quantile?: number;
  bound?: "estimate" | "order-statistic" | "bootstrap";
  /** one-sided confidence of the bound (default 0.95) */
  confidence?: number;
  /** bootstrap resamples (default 1000) */
  resamples?: number;
}

/**
 * Cost gate: the mean cost per request must be ≤ budgetPerRequest. `bound` says what is compared:
 * "estimate" (the default: the sample mean, NOT a bound), "bootstrap" (percentile-bootstrap
 * upper bound of the mean) or "log-normal" (Cox's log-scale upper bound).
 */
export interface CostGate {
  budgetPerRequest: number;
  bound?: "estimate" | "bootstrap" | "log-normal";
  /** one-sided confidence of the bound (default 0.95) */
  confidence?: number;
  /** bootstrap resamples (default 1000) */
  resamples?: number;
}

/**
 * Converts a one-sided confidence c into the two-sided level 2c − 1 whose interval has c on
 * each side: the upper end of a two-sided 90% interval is a one-sided 95% upper bound.
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

function requireSample(fnName: string, what: string, values: readonly number[]): void {
  requireNonEmpty(fnName, what, values);
  requireFinite(fnName, what, values);
}

/**
 * Safety check: count violations and compare the one-sided Wilson (default) or Clopper-Pearson
 * upper bound of the violation rate with the maximum allowed rate (≤ passes).
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
    reason: `${violations}/${violationFlags.length} violations; ${method} upper bound ${formatNumber(bound)} ${relation} ${formatNumber(maxViolationRate)}`,
  };
}

/**
 * Latency check: the latency quantile (numpy type 7), its distribution-free order-statistic
 * upper bound, or its percentile-bootstrap one-sided upper bound, against the SLO (≤ passes).
 * With too few requests the order-statistic bound is +Infinity and the check fails.
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
  const confidence = gate.confidence ?? 0.95;
  const estimate = quantile(latencyMs, level);
  let bound = estimate;
  let label = "latency";
  if (boundKind === "bootstrap") {
    bound = bootstrapInterval(latencyMs, (sample) => quantile(sample, level), {
      resamples: gate.resamples ?? 1000,
      confidence: twoSidedLevel("latencyGateCheck", confidence),
      rng,
    }).upper;
    label = "latency bootstrap upper bound";
  } else if (boundKind === "order-statistic") {
    const upper = quantileUpperBound(latencyMs, level, confidence);
    bound = upper.bound;
    label =
      upper.rank === null
        ? `latency upper bound: ${latencyMs.length} requests are too few, no order statistic is`
        : `latency upper bound X(${upper.rank})`;
  }
  const passed = bound <= sloMs;
  return {
    name: "latency",
    estimate,
    bound,
    threshold: sloMs,
    passed,
    reason: `p${Math.round(level * 1000) / 10} ${label} ${formatNumber(bound)} ms ${passed ? "≤" : ">"} SLO ${formatNumber(sloMs)} ms`,
  };
}

/**
 * Cost check: the mean cost per request, or a one-sided upper bound of it (percentile bootstrap,
 * or Cox's log-scale bound for right-skewed costs), against the budget (≤ passes).
 *
 * @param gate budget per request (currency units), bound kind, confidence and resamples
 * @param costPerRequest one cost per request
 * @param rng seeded stream (needed by the bootstrap bound only)
 * @returns the check row (estimate = mean cost, bound = the mean or its upper bound)
 * @throws LabError when there is no cost, one is not finite, the log-normal bound meets a cost
 *   ≤ 0, or the bootstrap bound has no rng
 * @example
 * costGateCheck({ budgetPerRequest: 0.002 }, [0.001, 0.002, 0.004]).passed; // false
 * costGateCheck({ budgetPerRequest: 0.0025, bound: "log-normal" }, costs).bound; // ≥ mean(costs)
 */
export function costGateCheck(
  gate: CostGate,
  costPerRequest: readonly number[],
  rng?: Rng,
): GateCheck {
  requireSample("costGateCheck", "costPerRequest", costPerRequest);
  const estimate = mean(costPerRequest);
  const boundKind = gate.bound ?? "estimate";
  const confidence = gate.confidence ?? 0.95;
  let bound = estimate;
  if (boundKind === "log-normal") {
    bound = logNormalMeanUpperBound(costPerRequest, confidence);
  } else if (boundKind === "bootstrap") {
    if (rng === undefined) {
      throw new LabError("costGateCheck requires an rng for the bootstrap bound");
    }
    bound = bootstrapMeanUpperBound(costPerRequest, {
      confidence,
      resamples: gate.resamples ?? 1000,
      rng,
    });
  }
  const passed = bound <= gate.budgetPerRequest;
  const label =
    boundKind === "estimate"
      ? "mean cost per request"
      : `${boundKind} upper bound of the mean cost`;
  return {
    name: "cost",
    estimate,
    bound,
    threshold: gate.budgetPerRequest,
    passed,
    reason: `${label} ${formatNumber(bound)} ${passed ? "≤" : ">"} budget ${formatNumber(gate.budgetPerRequest)}`,
  };
}

/** Quality gate: non-inferiority of the candidate within `margin` of the baseline. */
export interface QualityGate {
  /** largest acceptable drop of the mean quality score (same units as the scores) */
  margin: number;
  /** one-sided confidence of the lower bound (default 0.95) */
  confidence?: number;
  /** bootstrap resamples (default 1000) */
  resamples?: number;
  /** "independent" (default) resamples each arm; "paired" resamples per-item differences */
  pairing?: "independent" | "paired";
}

/**
 * Quality non-inferiority check: the percentile-bootstrap one-sided lower bound of
 * mean(candidate) − mean(baseline) must be above −margin (strict). Independent arms are
 * resampled separately; paired scores (same items, same order) are resampled item by item
 * (`pairedDifferenceLowerBound`), which is what a paired evaluation calls for.
 *
 * @param gate margin, confidence, resamples and pairing
 * @param candidateScores quality score per evaluation item of the candidate
 * @param baselineScores quality score per evaluation item of the baseline
 * @param rng seeded stream for the bootstrap
 * @returns the check row (estimate = difference of means, bound = its lower bound)
 * @throws LabError when a sample is empty or not finite, paired samples differ in length, or
 *   confidence ∉ (0.5, 1)
 * @example
 * qualityGateCheck({ margin: 0.02 }, candidateScores, baselineScores, createRng(1)).passed;
 */
export function qualityGateCheck(
  gate: QualityGate,
  candidateScores: readonly number[],
  baselineScores: readonly number[],
  rng: Rng,
): GateCheck {
  const fnName = "qualityGateCheck";
  requireNonEmpty(fnName, "candidateScores", candidateScores);
  requireNonEmpty(fnName, "baselineScores", baselineScores);
  requireFinite(fnName, "candidateScores", candidateScores);
  requireFinite(fnName, "baselineScores", baselineScores);
  const { margin, pairing = "independent" } = gate;
  const confidence = gate.confidence ?? 0.95;
  const resamples = gate.resamples ?? 1000;
  // validates the one-sided confidence: (0.5, 1), with the gate's error message
  twoSidedLevel(fnName, confidence);
  let bound: number;
  if (pairing === "paired") {
    if (candidateScores.length !== baselineScores.length) {
      throw new LabError(`${fnName} requires equal-length samples for a paired comparison`);
    }
    bound = pairedDifferenceLowerBound(candidateScores, baselineScores, {
      resamples,
      confidence,
      rng,
    });
  } else {
    bound = differenceOfMeansLowerBound(candidateScores, baselineScores, {
      resamples,
      confidence,
      rng,
    });
  }
  const estimate = mean(candidateScores) - mean(baselineScores);
  const passed = bound > -margin;
  return {
    name: "quality",
    estimate,
    bound,
    threshold: -margin,
    passed,
    reason: `${Math.round(confidence * 100)}% lower bound of the quality difference is ${formatNumber(bound)}, ${passed ? "above" : "not above"} −${formatNumber(margin)}`,
  };
}
