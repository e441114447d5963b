/**
 * Exercise: confidence-based performance estimation (CBPE) of accuracy before labels arrive.
 * It practises Lesson 8.
 */
import { createRng, estimateAccuracy, mean } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, distinctMistakes, formatNumber, roundTo } from "./exercise-helpers";

/** Parameters of one instance: calibrated probabilities of the positive class. */
export interface EstimatedAccuracyParams {
  probabilities: number[];
}

function predictions(probabilities: number[]): number[] {
  return probabilities.map((probability) => (probability >= 0.5 ? 1 : 0));
}

/**
 * The estimated accuracy (Σ_{ŷ=1} p + Σ_{ŷ=0} (1 − p)) / n with ŷ = 1 when p ≥ 0.5.
 *
 * @example estimatedAccuracyWithoutLabels.solve(estimatedAccuracyWithoutLabels.generate(1)).accuracy;
 */
export const estimatedAccuracyWithoutLabels = defineExercise<EstimatedAccuracyParams>({
  id: "estimated-accuracy-without-labels",
  title: "Estimating accuracy before the labels arrive",
  objectives: ["offline-vs-online", "production-statistics"],
  topic: "monitoring",
  lesson: "offline-online-monitoring",
  difficulty: 1,
  generate(seed: number): Instance<EstimatedAccuracyParams> {
    const rng = createRng(seed);
    const size = 12 + rng.int(9);
    const probabilities = Array.from({ length: size }, () =>
      roundTo(1 / (1 + Math.exp(-rng.normal(0, 2.2))), 2),
    );
    return {
      seed,
      params: { probabilities },
      tables: [
        {
          name: "today's predictions",
          columns: ["request", "p_fraud"],
          rows: probabilities.map((probability, index) => [index + 1, probability]),
          note: "Calibrated probability of fraud per transaction; the labels arrive after 30 days.",
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      `A fraud model scored ${params.probabilities.length} transactions today; their labels arrive after 30 days.`,
      "It predicts fraud when $p \\ge 0.5$. Assuming the probabilities are calibrated, estimate today's",
      "accuracy as NannyML's confidence-based performance estimation does (Lesson 8, proxies and",
      "label-free estimation). Enter a decimal between 0 and 1 (1% relative tolerance).",
    ].join(" ");
  },
  answer: {
    accuracy: {
      kind: "number",
      label: "Estimated accuracy",
      tolerance: defaultTolerance,
      weight: 1,
    },
  },
  solve({ params }) {
    return { accuracy: estimateAccuracy(params.probabilities, predictions(params.probabilities)) };
  },
  mistakes({ params }) {
    const accuracy = estimateAccuracy(params.probabilities, predictions(params.probabilities));
    return distinctMistakes(
      [
        {
          part: "accuracy",
          value: mean(params.probabilities),
          id: "mean-probability",
          message:
            "That is the mean probability of fraud. A prediction of 'not fraud' is right with probability 1 − p, not p.",
        },
        {
          part: "accuracy",
          value: mean(predictions(params.probabilities)),
          id: "positive-rate",
          message: "That is the share of transactions predicted as fraud, not an accuracy.",
        },
      ],
      { accuracy },
    );
  },
  hints: [
    "If a probability is calibrated, a prediction ŷ = 1 made with probability p is correct with probability p.",
    "A prediction ŷ = 0 (p < 0.5) is correct with probability 1 − p.",
    "Average the per-transaction probabilities of being correct.",
  ],
  solution({ params }) {
    const predicted = predictions(params.probabilities);
    const terms = params.probabilities.map((probability, index) =>
      predicted[index] === 1 ? probability : roundTo(1 - probability, 2),
    );
    const accuracy = estimateAccuracy(params.probabilities, predicted);
    return [
      "Probability that each prediction is correct (p when p ≥ 0.5, else 1 − p):",
      terms.join(", ") + ".",
      "",
      `Their mean is the estimated accuracy: $${formatNumber(accuracy)}$.`,
    ].join("\n");
  },
});
