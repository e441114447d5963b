/**
 * The release gate's quality check: non-inferiority of the candidate within a margin of the
 * baseline, on a bootstrap lower bound of the difference of mean scores, paired when both were
 * scored on the same items (Lesson 9).
 */
import { mean } from "../core/descriptive";
import { LabError, requireFinite, requireNonEmpty } from "../core/errors";
import { formatGateNumber, twoSidedLevel, type GateCheck } from "./gate-checks";
import { pairedDifferenceLowerBound } from "../inference/paired-bootstrap";
import type { Rng } from "../random/rng";
import { differenceOfMeansLowerBound } from "../inference/two-sample-bootstrap";

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
    reason: `${Math.round(confidence * 100)}% lower bound of the quality difference is ${formatGateNumber(bound)}, ${passed ? "above" : "not above"} −${formatGateNumber(margin)}`,
  };
}
