/**
 * Exercise: Evidently's Jensen-Shannon drift score on a large categorical column.
 * It practises Lesson 7.
 */
import { createRng, jensenShannon } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, distinctMistakes, driftOptions, formatNumber } from "./exercise-helpers";

/** Parameters of one instance: per category, reference and current row counts. */
export interface JensenShannonParams {
  categories: string[];
  referenceCounts: number[];
  currentCounts: number[];
}

const countries = ["DE", "FR", "NL", "ES", "IT", "PL"];

/**
 * Jensen-Shannon distance (natural log, as `scipy.spatial.distance.jensenshannon`) between the
 * category shares of two windows, and Evidently's decision: drift when the distance is ≥ 0.1.
 *
 * @example jensenShannonCountryDrift.solve(jensenShannonCountryDrift.generate(1)).distance;
 */
export const jensenShannonCountryDrift = defineExercise<JensenShannonParams>({
  id: "jensen-shannon-country-drift",
  title: "Jensen-Shannon distance of a country column",
  objectives: ["production-statistics", "diagnose-drift-skew"],
  topic: "drift",
  lesson: "drift-detection",
  difficulty: 2,
  generate(seed: number): Instance<JensenShannonParams> {
    const rng = createRng(seed);
    const size = 3 + rng.int(3);
    const categories = countries.slice(0, size);
    const weights = categories.map(() => 0.2 + rng.uniform());
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const referenceRows = 1200 + 100 * rng.int(30);
    const currentRows = 800 + 100 * rng.int(20);
    const strength = rng.uniform() * 0.9;
    const referenceCounts = weights.map((weight) => Math.round((weight / total) * referenceRows));
    const currentWeights = weights.map((weight) => weight * Math.exp(strength * rng.normal()));
    const currentTotal = currentWeights.reduce((sum, weight) => sum + weight, 0);
    const currentCounts = currentWeights.map((weight) =>
      Math.round((weight / currentTotal) * currentRows),
    );
    // A third of the variants: the last country stops sending traffic (a zero share, no filling needed).
    if (rng.uniform() < 1 / 3) currentCounts[size - 1] = 0;
    return {
      seed,
      params: { categories, referenceCounts, currentCounts },
      tables: [
        {
          name: "country counts",
          columns: ["country", "reference_count", "current_count"],
          rows: categories.map((category, index) => [
            category,
            referenceCounts[index]!,
            currentCounts[index]!,
          ]),
          note: "Rows per billing country in the reference and current windows.",
        },
      ],
    };
  },
  prompt({ params }) {
    const referenceRows = params.referenceCounts.reduce((sum, count) => sum + count, 0);
    return [
      `The reference window of the categorical column \`country\` has ${referenceRows} rows, more than 1000,`,
      "so Evidently scores its drift with the Jensen-Shannon test (Lesson 7, Evidently's defaults).",
      "Compute the score exactly as Evidently does, with `scipy.spatial.distance.jensenshannon` on the",
      "two share vectors (default settings), and decide whether Evidently reports drift (threshold 0.1).",
      "Enter the score as a decimal number (1% relative tolerance).",
    ].join(" ");
  },
  answer: {
    distance: {
      kind: "number",
      label: "Jensen-Shannon score",
      tolerance: defaultTolerance,
      weight: 0.7,
    },
    decision: { kind: "decision", label: "Drift decision", options: driftOptions, weight: 0.3 },
  },
  solve({ params }) {
    const { distance } = jensenShannon(params.referenceCounts, params.currentCounts);
    return { distance, decision: distance >= 0.1 ? "drift" : "no-drift" };
  },
  mistakes({ params }) {
    const natural = jensenShannon(params.referenceCounts, params.currentCounts);
    const binary = jensenShannon(params.referenceCounts, params.currentCounts, { base: 2 });
    const decision = natural.distance >= 0.1 ? "drift" : "no-drift";
    return distinctMistakes(
      [
        {
          part: "distance",
          value: natural.divergence,
          id: "divergence-not-distance",
          message:
            "That is the Jensen-Shannon divergence. scipy's `jensenshannon` (and Evidently) return the distance, its square root.",
        },
        {
          part: "distance",
          value: binary.distance,
          id: "log-base-2",
          message:
            "That is the distance with base-2 logarithms. scipy's default, which Evidently uses, is the natural logarithm.",
        },
        {
          part: "distance",
          value: binary.divergence,
          id: "tfdv-divergence",
          message:
            "That is TFDV's convention (base-2 divergence, Lesson 3). Evidently uses the natural-log distance.",
        },
        {
          part: "decision",
          value: decision === "drift" ? "no-drift" : "drift",
          id: "reversed-decision",
          message: "Evidently reports drift when the Jensen-Shannon score is at least 0.1.",
        },
      ],
      { distance: natural.distance, decision },
    );
  },
  hints: [
    "Normalise each column of counts into shares. With M = (P + Q)/2, the divergence is ½KL(P‖M) + ½KL(Q‖M).",
    "A share of 0 contributes 0·ln(0/m) = 0: Jensen-Shannon needs no zero filling, because M is never 0 where P or Q is not.",
    "scipy's `jensenshannon` uses the natural logarithm and returns the square root of the divergence.",
  ],
  solution({ params }) {
    const { distance, divergence } = jensenShannon(params.referenceCounts, params.currentCounts);
    const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
    const referenceTotal = total(params.referenceCounts);
    const currentTotal = total(params.currentCounts);
    const lines = params.categories.map((category, index) => {
      const p = params.referenceCounts[index]! / referenceTotal;
      const q = params.currentCounts[index]! / currentTotal;
      return `- ${category}: $p = ${formatNumber(p)}$, $q = ${formatNumber(q)}$, $m = ${formatNumber((p + q) / 2)}$`;
    });
    return [
      `Shares (reference ${referenceTotal} rows, current ${currentTotal} rows) and their midpoint:`,
      "",
      ...lines,
      "",
      `The divergence is $\\tfrac12\\mathrm{KL}(P\\|M) + \\tfrac12\\mathrm{KL}(Q\\|M) = ${formatNumber(divergence)}$ (natural log),`,
      `so the distance is $\\sqrt{${formatNumber(divergence)}} = ${formatNumber(distance)}$.`,
      `It is ${distance >= 0.1 ? "at least" : "below"} 0.1: **${distance >= 0.1 ? "drift" : "no drift"}**.`,
    ].join("\n");
  },
});
