/**
 * Exercise: Evidently's normed Wasserstein drift score on a large numeric column given as counts.
 * It practises Lesson 7.
 */
import { createRng, standardDeviation, wasserstein, wassersteinNormed } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, distinctMistakes, driftOptions, formatNumber } from "./exercise-helpers";

/** Parameters of one instance: delivery-time values (minutes) and their counts per window. */
export interface WassersteinParams {
  minutes: number[];
  referenceCounts: number[];
  currentCounts: number[];
}

function expand(values: number[], counts: number[]): number[] {
  return values.flatMap((value, index) => Array<number>(counts[index] ?? 0).fill(value));
}

function samples(params: WassersteinParams): { reference: number[]; current: number[] } {
  return {
    reference: expand(params.minutes, params.referenceCounts),
    current: expand(params.minutes, params.currentCounts),
  };
}

/**
 * Wasserstein-1 distance in minutes, Evidently's normed score W / max(std_ref(ddof 0), 0.001), and
 * the decision (drift when the score is ≥ 0.1).
 *
 * @example normedWassersteinDeliveryTime.solve(normedWassersteinDeliveryTime.generate(1)).score;
 */
export const normedWassersteinDeliveryTime = defineExercise<WassersteinParams>({
  id: "normed-wasserstein-delivery-time",
  title: "Normed Wasserstein distance of delivery times",
  objectives: ["production-statistics", "diagnose-drift-skew"],
  topic: "drift",
  lesson: "drift-detection",
  difficulty: 3,
  generate(seed: number): Instance<WassersteinParams> {
    const rng = createRng(seed);
    const minutes = Array.from({ length: 8 }, (_, index) => 20 + 5 * index);
    const referenceRows = 1100 + 50 * rng.int(20);
    const currentRows = 600 + 50 * rng.int(20);
    const shift = rng.uniform() * 0.8;
    const profile = (center: number, rows: number) => {
      const weights = minutes.map((_, index) => Math.exp(-0.5 * ((index - center) / 1.6) ** 2));
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return weights.map((weight) => Math.round((weight / total) * rows));
    };
    const referenceCounts = profile(3 + rng.normal(0, 0.3), referenceRows);
    const currentCounts = profile(3 + shift * 2, currentRows);
    return {
      seed,
      params: { minutes, referenceCounts, currentCounts },
      tables: [
        {
          name: "delivery time counts",
          columns: ["delivery_minutes", "reference_count", "current_count"],
          rows: minutes.map((value, index) => [
            value,
            referenceCounts[index]!,
            currentCounts[index]!,
          ]),
          note: "Delivery time rounded to 5 minutes; counts of orders per value in each window.",
        },
      ],
    };
  },
  prompt({ params }) {
    const referenceRows = params.referenceCounts.reduce((sum, count) => sum + count, 0);
    return [
      `The reference window of \`delivery_minutes\` has ${referenceRows} orders (more than 1000) and more than`,
      "5 distinct values, so Evidently scores drift with the normed Wasserstein distance",
      "(Lesson 7, Evidently's defaults). Treat each row of the table as that many orders.",
      "Compute (a) the Wasserstein-1 distance between the two windows, in minutes, and (b) Evidently's",
      "normed score $W / \\max(\\sigma_{\\mathrm{ref}}, 0.001)$ where $\\sigma_{\\mathrm{ref}}$ is the reference",
      "standard deviation as numpy computes it by default, then (c) the decision (threshold 0.1).",
      "Enter decimal numbers; each is accepted within 1% relative error.",
    ].join(" ");
  },
  answer: {
    distance: {
      kind: "number",
      label: "Wasserstein distance",
      unit: "minutes",
      tolerance: defaultTolerance,
      weight: 0.3,
    },
    score: { kind: "number", label: "Normed score", tolerance: defaultTolerance, weight: 0.4 },
    decision: { kind: "decision", label: "Drift decision", options: driftOptions, weight: 0.3 },
  },
  solve({ params }) {
    const { reference, current } = samples(params);
    const score = wassersteinNormed(reference, current);
    return {
      distance: wasserstein(reference, current),
      score,
      decision: score >= 0.1 ? "drift" : "no-drift",
    };
  },
  mistakes({ params }) {
    const { reference, current } = samples(params);
    const distance = wasserstein(reference, current);
    const score = wassersteinNormed(reference, current);
    const referenceMean = reference.reduce((sum, value) => sum + value, 0) / reference.length;
    const decision = score >= 0.1 ? "drift" : "no-drift";
    return distinctMistakes(
      [
        {
          part: "score",
          value: distance,
          id: "not-normed",
          message:
            "That is the raw distance in minutes. Evidently divides it by the reference standard deviation so that the 0.1 threshold is unit-free.",
        },
        {
          part: "score",
          value: distance / standardDeviation(current),
          id: "current-std",
          message:
            "Divide by the standard deviation of the reference window, not of the current one.",
        },
        {
          part: "score",
          value: distance / referenceMean,
          id: "divided-by-mean",
          message: "Evidently normalises by the reference standard deviation, not by its mean.",
        },
        {
          part: "decision",
          value: decision === "drift" ? "no-drift" : "drift",
          id: "reversed-decision",
          message: "Evidently reports drift when the normed Wasserstein score is at least 0.1.",
        },
      ],
      { distance, score, decision },
    );
  },
  hints: [
    "For one-dimensional samples, W₁ is the area between the two empirical CDFs: Σ |F_ref(x_k) − F_cur(x_k)|·(x_{k+1} − x_k) over consecutive values.",
    "Build both CDFs from the cumulative counts divided by each window's total; the grid step is 5 minutes.",
    "σ_ref uses ddof 0: √(Σ n_k (x_k − x̄)² / N) over the reference counts.",
  ],
  solution({ params }) {
    const { reference, current } = samples(params);
    const distance = wasserstein(reference, current);
    const deviation = standardDeviation(reference);
    const score = distance / Math.max(deviation, 0.001);
    let referenceCumulative = 0;
    let currentCumulative = 0;
    const lines = params.minutes.slice(0, -1).map((value, index) => {
      referenceCumulative += params.referenceCounts[index]!;
      currentCumulative += params.currentCounts[index]!;
      const gap = referenceCumulative / reference.length - currentCumulative / current.length;
      return `- at ${value} min: $F_{\\mathrm{ref}} - F_{\\mathrm{cur}} = ${formatNumber(gap)}$`;
    });
    return [
      "CDF gaps at each value (each gap holds for the next 5 minutes):",
      "",
      ...lines,
      "",
      `$W = 5 \\cdot \\sum |\\text{gap}| = ${formatNumber(distance)}$ minutes.`,
      `The reference standard deviation (ddof 0) is $${formatNumber(deviation)}$ minutes, so the normed score is`,
      `$${formatNumber(distance)} / ${formatNumber(deviation)} = ${formatNumber(score)}$:`,
      `**${score >= 0.1 ? "drift" : "no drift"}** (threshold 0.1).`,
    ].join("\n");
  },
});
