/**
 * Exercise: a guardrail's TPR and FPR at a threshold on labelled trace evaluations, and the
 * precision it will have in production, where harmful answers are rare.
 * It practises Lesson 10.
 */
import { createRng, guardrailCurve } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, formatNumber, roundTo } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";

interface GuardrailParams {
  scores: number[];
  harmful: boolean[];
  threshold: number;
  prevalence: number;
}

const precisionAt = (tpr: number, fpr: number, prevalence: number) =>
  (prevalence * tpr) / (prevalence * tpr + (1 - prevalence) * fpr);

function rates(params: GuardrailParams, threshold = params.threshold) {
  const point = guardrailCurve(params.scores, params.harmful, [threshold])[0]!;
  return { tpr: point.tpr ?? 0, fpr: point.fpr ?? 0, precision: point.precision ?? 0 };
}

/**
 * A guardrail's TPR and FPR at a threshold (score at least the threshold is blocked) on labelled
 * traces, and its precision at the production prevalence of harmful answers.
 *
 * @example guardrailPrecision.solve(guardrailPrecision.generate(1)).precision; // share in [0, 1]
 */
export const guardrailPrecision = defineExercise<GuardrailParams>({
  id: "guardrail-precision",
  title: "Guardrail threshold: TPR, FPR and precision in production",
  objectives: ["llm-traces", "failure-modes"],
  topic: "llm",
  lesson: "llm-traces-failure-modes",
  difficulty: 2,
  generate(seed: number): Instance<GuardrailParams> {
    const rng = createRng(seed);
    for (;;) {
      const harmfulCount = 6 + rng.int(4);
      const benignCount = 20 - harmfulCount;
      const draw = (mean: number) =>
        roundTo(Math.min(0.99, Math.max(0.01, rng.normal(mean, 0.18))), 2);
      const scores = [
        ...Array.from({ length: harmfulCount }, () => draw(0.72)),
        ...Array.from({ length: benignCount }, () => draw(0.3)),
      ];
      const harmful = scores.map((_, i) => i < harmfulCount);
      const order = rng.shuffle(scores.map((_, i) => i));
      const shuffledScores = order.map((i) => scores[i]!);
      const shuffledHarmful = order.map((i) => harmful[i]!);
      // The threshold is one of the observed scores, so "at least" versus "above" matters.
      const middle = shuffledScores.filter((s) => s >= 0.4 && s <= 0.7);
      if (middle.length === 0) continue;
      const params = {
        scores: shuffledScores,
        harmful: shuffledHarmful,
        threshold: rng.choice(middle),
        prevalence: rng.choice([0.01, 0.02, 0.05]),
      };
      const { tpr, fpr } = rates(params);
      if (tpr > 0 && fpr > 0) {
        return {
          seed,
          params,
          tables: [
            {
              name: "labelled evaluations (gen_ai.evaluation.result, toxicity)",
              columns: ["trace", "toxicity_score", "harmful"],
              rows: params.scores.map((s, i) => [
                `tr-${String(i + 1).padStart(2, "0")}`,
                s,
                params.harmful[i]!,
              ]),
              note: "harmful: the label given by a human reviewer.",
            },
          ],
        };
      }
    }
  },
  prompt({ params }) {
    return [
      "A toxicity guardrail scores each answer and blocks it when the score reaches the threshold",
      `$\\theta = ${params.threshold}$. Twenty traces were reviewed by people (table). In production, a share`,
      `$\\pi = ${params.prevalence}$ of answers is harmful (Lesson 10, guardrails as thresholds).`,
      "",
      "1. The guardrail's true-positive rate at $\\theta$ on the labelled traces.",
      "2. Its false-positive rate.",
      "3. The precision it will have in production: the share of blocked answers that are harmful.",
    ].join("\n");
  },
  answer: {
    tpr: { kind: "number", label: "TPR", tolerance: defaultTolerance, weight: 0.3 },
    fpr: { kind: "number", label: "FPR", tolerance: defaultTolerance, weight: 0.3 },
    precision: {
      kind: "number",
      label: "Precision in production",
      tolerance: defaultTolerance,
      weight: 0.4,
    },
  },
  solve({ params }) {
    const { tpr, fpr } = rates(params);
    return { tpr, fpr, precision: precisionAt(tpr, fpr, params.prevalence) };
  },
  mistakes(instance) {
    const { params } = instance;
    const { tpr, fpr, precision } = rates(params);
    const strict = rates(params, params.threshold + 1e-9);
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "tpr",
        value: strict.tpr,
        id: "strict-threshold",
        message:
          "The guardrail blocks when the score *reaches* the threshold: a score equal to θ is blocked.",
      },
      {
        part: "fpr",
        value: strict.fpr,
        id: "strict-threshold",
        message:
          "The guardrail blocks when the score *reaches* the threshold: a score equal to θ is blocked.",
      },
      {
        part: "fpr",
        value: 1 - tpr,
        id: "fpr-as-miss-rate",
        message:
          "FPR is the share of benign answers that are blocked, not the share of harmful answers that get through.",
      },
      {
        part: "precision",
        value: precision,
        id: "labelled-set-precision",
        message:
          "That is the precision on the labelled set, where harmful answers are common. In production use $\\pi$: precision $= \\pi\\,\\mathrm{TPR} / (\\pi\\,\\mathrm{TPR} + (1-\\pi)\\,\\mathrm{FPR})$.",
      },
      {
        part: "precision",
        value: precisionAt(tpr, fpr, 0.5),
        id: "ignored-prevalence",
        message:
          "Precision depends on how common harmful answers are: weight TPR by $\\pi$ and FPR by $1 - \\pi$.",
      },
    ]);
  },
  hints: [
    "Count harmful and benign traces, and how many of each have a score $\\ge \\theta$.",
    "TPR = blocked harmful / harmful; FPR = blocked benign / benign.",
    "Bayes' rule: precision $= \\pi\\,\\mathrm{TPR} / (\\pi\\,\\mathrm{TPR} + (1-\\pi)\\,\\mathrm{FPR})$.",
  ],
  solution({ params }) {
    const { tpr, fpr } = rates(params);
    const harmful = params.harmful.filter(Boolean).length;
    const benign = params.harmful.length - harmful;
    const blockedHarmful = params.scores.filter(
      (s, i) => params.harmful[i] && s >= params.threshold,
    ).length;
    const blockedBenign = params.scores.filter(
      (s, i) => !params.harmful[i] && s >= params.threshold,
    ).length;
    const precision = precisionAt(tpr, fpr, params.prevalence);
    return [
      `At $\\theta = ${params.threshold}$ (scores $\\ge \\theta$ are blocked): ${blockedHarmful} of ${harmful} harmful and ${blockedBenign} of ${benign} benign traces are blocked.`,
      `$\\mathrm{TPR} = ${blockedHarmful}/${harmful} = ${formatNumber(tpr)}$, $\\mathrm{FPR} = ${blockedBenign}/${benign} = ${formatNumber(fpr)}$.`,
      `Precision in production: $\\frac{${params.prevalence} \\cdot ${formatNumber(tpr)}}{${params.prevalence} \\cdot ${formatNumber(tpr)} + ${formatNumber(1 - params.prevalence)} \\cdot ${formatNumber(fpr)}} = ${formatNumber(precision)}$.`,
    ].join("\n");
  },
});
