/**
 * Guardrail thresholds: the trade-off between catching violations and blocking good answers.
 *
 * Guardrails are classifiers with a threshold (Lesson 10). A response is flagged when its
 * score is >= the threshold. TPR = flagged violations / violations (recall), FPR = flagged clean
 * answers / clean answers, precision = flagged violations / flagged. Lowering the threshold
 * catches more violations and blocks more good answers; the ROC curve shows every choice at once
 * and `thresholdForTargetFpr` picks the most sensitive threshold that keeps FPR within budget.
 */

import { LabError } from "../core/errors";
import type { GenAiSpan } from "./llm-traces";

/** Confusion counts and rates at one threshold; a rate is null when its denominator is 0. */
export interface GuardrailPoint {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
  tpr: number | null;
  fpr: number | null;
  precision: number | null;
  /** Share of all responses flagged. */
  flaggedShare: number;
}

function check(fnName: string, scores: readonly number[], labels: readonly boolean[]): void {
  if (!Array.isArray(scores) || !Array.isArray(labels) || scores.length !== labels.length) {
    throw new LabError(`${fnName} requires scores and labels of equal length`);
  }
  if (scores.length === 0) throw new LabError(`${fnName} requires at least one score`);
  scores.forEach((score, index) => {
    if (!Number.isFinite(score))
      throw new LabError(`${fnName} requires finite scores (found ${score} at index ${index})`);
  });
}

function pointAt(
  scores: readonly number[],
  labels: readonly boolean[],
  threshold: number,
): GuardrailPoint {
  let truePositives = 0;
  let falsePositives = 0;
  let positives = 0;
  scores.forEach((score, index) => {
    const violation = Boolean(labels[index]);
    if (violation) positives += 1;
    if (score >= threshold) {
      if (violation) truePositives += 1;
      else falsePositives += 1;
    }
  });
  const negatives = scores.length - positives;
  const flagged = truePositives + falsePositives;
  return {
    threshold,
    truePositives,
    falsePositives,
    trueNegatives: negatives - falsePositives,
    falseNegatives: positives - truePositives,
    tpr: positives === 0 ? null : truePositives / positives,
    fpr: negatives === 0 ? null : falsePositives / negatives,
    precision: flagged === 0 ? null : truePositives / flagged,
    flaggedShare: flagged / scores.length,
  };
}

/**
 * Confusion counts and rates at each threshold (flag when score >= threshold).
 *
 * @param scores - guardrail scores, higher = more likely a violation
 * @param labels - true when the response really is a violation
 * @param thresholds - thresholds to evaluate (default: every distinct score, descending)
 * @returns one point per threshold, in the order given
 * @throws {LabError} on different lengths, no scores, or a non-finite score
 * @example
 * guardrailCurve([0.9, 0.4, 0.7], [true, false, false], [0.5])[0]; // tpr 1, fpr 0.5, precision 0.5
 */
export function guardrailCurve(
  scores: readonly number[],
  labels: readonly boolean[],
  thresholds?: readonly number[],
): GuardrailPoint[] {
  check("guardrailCurve", scores, labels);
  const chosen = thresholds ?? [...new Set(scores)].sort((a, b) => b - a);
  return chosen.map((threshold) => pointAt(scores, labels, threshold));
}

/**
 * ROC curve points as scikit-learn's `roc_curve(drop_intermediate=False)`: thresholds +Infinity
 * then every distinct score descending, from (0, 0) to (1, 1), with the area under it
 * (trapezoids; equals the Mann-Whitney probability P(score of violation > score of clean) with
 * ties counted half).
 *
 * @param scores - guardrail scores
 * @param labels - true for violations; both classes must be present
 * @returns the points and the AUC
 * @throws {LabError} as {@link guardrailCurve}, or when one class is absent
 * @example
 * rocCurve([0.9, 0.4, 0.7], [true, false, false]).auc; // 1
 */
export function rocCurve(
  scores: readonly number[],
  labels: readonly boolean[],
): { points: { threshold: number; fpr: number; tpr: number }[]; auc: number } {
  check("rocCurve", scores, labels);
  const positives = labels.filter(Boolean).length;
  if (positives === 0 || positives === labels.length)
    throw new LabError("rocCurve requires both violations and clean responses");
  const order = scores.map((_, index) => index).sort((a, b) => scores[b]! - scores[a]!);
  const points = [{ threshold: Infinity, fpr: 0, tpr: 0 }];
  let truePositives = 0;
  let falsePositives = 0;
  // One pass over scores in descending order; ties move together, one point per distinct score.
  for (let position = 0; position < order.length; position += 1) {
    const index = order[position]!;
    if (labels[index]) truePositives += 1;
    else falsePositives += 1;
    const next = order[position + 1];
    if (next === undefined || scores[next] !== scores[index]) {
      points.push({
        threshold: scores[index]!,
        fpr: falsePositives / (labels.length - positives),
        tpr: truePositives / positives,
      });
    }
  }
  let auc = 0;
  for (let index = 1; index < points.length; index += 1) {
    auc +=
      ((points[index]!.fpr - points[index - 1]!.fpr) *
        (points[index]!.tpr + points[index - 1]!.tpr)) /
      2;
  }
  return { points, auc };
}

/**
 * The most sensitive threshold whose false-positive rate stays within a budget: the lowest score
 * threshold with FPR <= target (so TPR is as high as the budget allows).
 *
 * @param scores - guardrail scores
 * @param labels - true for violations; both classes must be present
 * @param targetFpr - allowed false-positive rate, in [0, 1]
 * @returns the point at that threshold (threshold +Infinity flags nothing when even the highest score is too costly)
 * @throws {LabError} as {@link rocCurve}, or when targetFpr is outside [0, 1]
 * @example
 * thresholdForTargetFpr(scores, labels, 0.01).threshold;
 */
export function thresholdForTargetFpr(
  scores: readonly number[],
  labels: readonly boolean[],
  targetFpr: number,
): GuardrailPoint {
  if (!(targetFpr >= 0 && targetFpr <= 1))
    throw new LabError(`thresholdForTargetFpr requires targetFpr in [0, 1] (found ${targetFpr})`);
  const { points } = rocCurve(scores, labels);
  // FPR grows as the threshold falls, so the last point within budget is the lowest threshold.
  const within = points.filter((point) => point.fpr <= targetFpr).at(-1)!;
  return pointAt(scores, labels, within.threshold);
}

/**
 * Extracts one guardrail's scores and ground-truth labels from `gen_ai.evaluation.result` events
 * (labels come from the simulation attribute `app.ground_truth.violation`).
 *
 * @param spans - spans with evaluation events
 * @param evaluationName - e.g. "toxicity" or "pii"
 * @returns aligned scores and labels
 * @example
 * const { scores, labels } = guardrailDataset(generateAgentTraces(rng, 500), "toxicity");
 */
export function guardrailDataset(
  spans: GenAiSpan[],
  evaluationName: string,
): { scores: number[]; labels: boolean[] } {
  const scores: number[] = [];
  const labels: boolean[] = [];
  for (const span of spans) {
    for (const event of span.events) {
      const attributes = event.attributes;
      if (
        event.name !== "gen_ai.evaluation.result" ||
        attributes["gen_ai.evaluation.name"] !== evaluationName
      )
        continue;
      if (typeof attributes["app.ground_truth.violation"] !== "boolean") continue;
      scores.push(Number(attributes["gen_ai.evaluation.score.value"]));
      labels.push(attributes["app.ground_truth.violation"]);
    }
  }
  return { scores, labels };
}
