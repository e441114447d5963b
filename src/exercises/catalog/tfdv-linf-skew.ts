/**
 * Exercise: TFDV's L-infinity distance between training and serving value counts of one
 * categorical feature, the value where it is reached, and the strict anomaly comparison.
 * It practises Lesson 3.
 */
import { createRng, linfDistance } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, formatNumber } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";

interface LinfParams {
  feature: string;
  values: string[];
  training: number[];
  serving: number[];
  threshold: number;
}

// One feature with a fixed value list, so the "where" part has the same options in every variant.
const feature = "payment_method";
const paymentValues = ["card", "cash", "transfer", "voucher", "wallet"];

const shares = (counts: number[]) => {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => count / total);
};

const asMap = (values: string[], counts: number[]) =>
  Object.fromEntries(values.map((value, index) => [value, counts[index] ?? 0]));

function differences(params: LinfParams): number[] {
  const p = shares(params.training);
  const q = shares(params.serving);
  return p.map((share, index) => Math.abs(share - (q[index] ?? 0)));
}

/**
 * TFDV's categorical L-infinity distance between training and serving shares (a number in [0, 1]),
 * the value where it is reached, and the strict anomaly verdict against the threshold.
 *
 * @example tfdvLinfSkew.solve(tfdvLinfSkew.generate(1)).distance; // share difference, no unit
 */
export const tfdvLinfSkew = defineExercise<LinfParams>({
  id: "tfdv-linf-skew",
  title: "L-infinity skew between training and serving",
  objectives: ["diagnose-drift-skew"],
  topic: "skew",
  lesson: "training-serving-skew",
  difficulty: 1,
  generate(seed: number): Instance<LinfParams> {
    const rng = createRng(seed);
    const name = feature;
    const values = paymentValues;
    const trainingTotal = 400 + 20 * rng.int(31);
    const servingTotal = 100 + 10 * rng.int(31);
    // Redraw until one value clearly attains the maximum, so the "where" part has one answer.
    for (;;) {
      const base = values.map(() => 0.3 + rng.uniform());
      const shifted = base.map((weight) => weight * Math.exp(rng.normal(0, 0.45)));
      // Sometimes the serving path emits a value training never saw (mapped away offline).
      if (rng.uniform() < 0.4) base[values.length - 1] = 0;
      const draw = (weights: number[], total: number) => {
        const sum = weights.reduce((s, w) => s + w, 0);
        const counts = weights.map((w) => Math.floor((w / sum) * total));
        counts[0]! += total - counts.reduce((s, c) => s + c, 0);
        return counts;
      };
      const training = draw(base, trainingTotal);
      const serving = draw(shifted, servingTotal);
      const params = { feature: name, values, training, serving, threshold: 0 };
      const sorted = differences(params).sort((a, b) => b - a);
      if ((sorted[0] ?? 0) - (sorted[1] ?? 0) < 0.005) continue;
      const distance = sorted[0] ?? 0;
      const thresholds = [0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2];
      const candidates = thresholds.filter((t) => Math.abs(t - distance) > 0.003);
      params.threshold = rng.choice(candidates);
      return {
        seed,
        params,
        tables: [
          {
            name: `${name} value counts`,
            columns: ["value", "training_count", "serving_count"],
            rows: values.map((value, index) => [value, training[index]!, serving[index]!]),
            note: "Counts of examples per value in the training data and in a day of serving logs.",
          },
        ],
      };
    }
  },
  prompt({ params }) {
    return [
      `A skew comparator on the categorical feature \`${params.feature}\` compares training and serving`,
      `value counts (table). The comparator's L-infinity threshold is $${params.threshold}$`,
      "(Lesson 3, measuring distribution skew: TFDV's comparators).",
      "",
      "1. Compute TFDV's L-infinity distance between the two distributions (a number in $[0, 1]$,",
      "   give at least 3 significant figures).",
      "2. At which value is the maximum reached?",
      "3. Does TFDV report a skew anomaly for this feature?",
    ].join("\n");
  },
  answer: {
    distance: {
      kind: "number",
      label: "L-infinity distance",
      tolerance: defaultTolerance,
      weight: 0.5,
    },
    value: {
      kind: "choice",
      label: "Value with the largest difference",
      options: paymentValues.map((value) => ({ id: value, label: value })),
      weight: 0.2,
    },
    anomaly: {
      kind: "decision",
      label: "TFDV verdict",
      options: [
        { id: "anomaly", label: "Skew anomaly" },
        { id: "no-anomaly", label: "No anomaly" },
      ],
      weight: 0.3,
    },
  },
  solve({ params }) {
    const result = linfDistance(
      asMap(params.values, params.training),
      asMap(params.values, params.serving),
    );
    return {
      distance: result.distance,
      value: result.key,
      anomaly: result.distance > params.threshold ? "anomaly" : "no-anomaly",
    };
  },
  mistakes(instance) {
    const { params } = instance;
    const reference = this.solve(instance);
    const pooledTotal = [...params.training, ...params.serving].reduce((s, c) => s + c, 0);
    const pooled = Math.max(
      ...params.training.map(
        (count, i) => Math.abs(count - (params.serving[i] ?? 0)) / pooledTotal,
      ),
    );
    const totalVariation = differences(params).reduce((sum, d) => sum + d, 0) / 2;
    return distinctMistakesForSpec(this.answer, reference, [
      {
        part: "distance",
        value: totalVariation,
        id: "total-variation",
        message:
          "That is the total variation distance (half the sum of the differences). L-infinity takes the largest single difference.",
      },
      {
        part: "distance",
        value: pooled,
        id: "pooled-normalisation",
        message:
          "Normalise each side by its own total before comparing: training and serving have different numbers of examples.",
      },
      {
        part: "anomaly",
        value: totalVariation > params.threshold ? "anomaly" : "no-anomaly",
        id: "verdict-from-total-variation",
        message:
          "TFDV compares the L-infinity distance, not the total variation, with the threshold.",
      },
    ]);
  },
  hints: [
    "Turn each column into shares: divide every count by its own column total.",
    "For each value take $|p_v - q_v|$; a value absent on one side has share 0 there.",
    "The distance is the largest of these differences; TFDV flags an anomaly only when it is strictly greater than the threshold.",
  ],
  solution({ params }) {
    const p = shares(params.training);
    const q = shares(params.serving);
    const diffs = differences(params);
    const result = linfDistance(
      asMap(params.values, params.training),
      asMap(params.values, params.serving),
    );
    const lines = params.values.map(
      (value, i) =>
        `- \`${value}\`: $p = ${formatNumber(p[i]!)}$, $q = ${formatNumber(q[i]!)}$, $|p - q| = ${formatNumber(diffs[i]!)}$`,
    );
    const flagged = result.distance > params.threshold;
    return [
      `Training has $${params.training.reduce((s, c) => s + c, 0)}$ examples and serving $${params.serving.reduce((s, c) => s + c, 0)}$; each side is normalised by its own total.`,
      "",
      ...lines,
      "",
      `The largest difference is $L_\\infty = ${formatNumber(result.distance)}$ at \`${result.key}\`.`,
      `Since $${formatNumber(result.distance)} ${flagged ? ">" : "\\le"} ${params.threshold}$, TFDV ${flagged ? "reports a skew anomaly" : "reports no anomaly"}.`,
    ].join("\n");
  },
});
