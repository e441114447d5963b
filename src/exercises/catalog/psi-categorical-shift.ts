/**
 * Exercise: Evidently's PSI on a categorical feature, including a category that one side never saw.
 * It practises Lesson 7.
 */
import { createRng, psiFromShares } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, distinctMistakes, driftOptions, formatNumber } from "./exercise-helpers";

/** Parameters of one instance: per category, reference and current counts. */
export interface PsiCategoricalParams {
  feature: string;
  categories: string[];
  referenceCounts: number[];
  currentCounts: number[];
}

const features = [
  { name: "payment_method", categories: ["card", "wallet", "bank_transfer", "cash", "voucher"] },
  { name: "device_type", categories: ["android", "ios", "web", "tablet", "smart_tv"] },
  { name: "plan_tier", categories: ["free", "basic", "plus", "pro", "enterprise"] },
];

function shares(counts: number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => count / total);
}

// PSI with an arbitrary logarithm, zero shares filled as Evidently does (by psiFromShares' rule).
function psiWithBase(reference: number[], current: number[], base: number): number {
  return psiFromShares(reference, current) / Math.log(base);
}

function solvePsi(params: PsiCategoricalParams): number {
  return psiFromShares(shares(params.referenceCounts), shares(params.currentCounts));
}

/**
 * Evidently's PSI between two categorical count tables, with its zero-share rule, and the drift
 * decision at the 0.1 threshold.
 *
 * @example psiCategoricalShift.solve(psiCategoricalShift.generate(1)).psi; // a number ≥ 0
 */
export const psiCategoricalShift = defineExercise<PsiCategoricalParams>({
  id: "psi-categorical-shift",
  title: "PSI of a categorical feature with a new category",
  objectives: ["production-statistics", "diagnose-drift-skew"],
  topic: "drift",
  lesson: "drift-detection",
  difficulty: 2,
  generate(seed: number): Instance<PsiCategoricalParams> {
    const rng = createRng(seed);
    const feature = features[rng.int(features.length)]!;
    const size = 4 + rng.int(2);
    const categories = feature.categories.slice(0, size);
    const referenceCounts = categories.map(() => 5 + rng.int(40));
    const currentCounts = referenceCounts.map((count) =>
      Math.max(1, Math.round(count * (0.5 + rng.uniform()) + rng.normal(0, 3))),
    );
    // Every variant: the last category is new in the current window (reference count 0).
    referenceCounts[size - 1] = 0;
    const params = { feature: feature.name, categories, referenceCounts, currentCounts };
    return {
      seed,
      params,
      tables: [
        {
          name: `${feature.name} counts`,
          columns: ["category", "reference_count", "current_count"],
          rows: categories.map((category, index) => [
            category,
            referenceCounts[index]!,
            currentCounts[index]!,
          ]),
          note: "Counts of rows per category in the reference window and in the current window.",
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      `The table gives the counts of \`${params.feature}\` in a reference window and in the current window.`,
      "Compute the population stability index between the two windows **as Evidently computes it**",
      "(Lesson 7): shares are count / window size, a zero share is replaced by 0.0001 on its side, and",
      "$\\mathrm{PSI} = \\sum_i (r_i - c_i)\\ln(r_i / c_i)$.",
      "Then decide whether Evidently reports drift for this column with the PSI test (threshold 0.1).",
      "Enter the PSI as a decimal number (unitless); it is accepted within 1% relative error.",
    ].join(" ");
  },
  answer: {
    psi: { kind: "number", label: "PSI", tolerance: defaultTolerance, weight: 0.7 },
    decision: { kind: "decision", label: "Drift decision", options: driftOptions, weight: 0.3 },
  },
  solve({ params }) {
    const value = solvePsi(params);
    return { psi: value, decision: value >= 0.1 ? "drift" : "no-drift" };
  },
  mistakes({ params }) {
    const reference = shares(params.referenceCounts);
    const current = shares(params.currentCounts);
    const value = solvePsi(params);
    const kept = params.referenceCounts.map(
      (count, index) => count > 0 && (params.currentCounts[index] ?? 0) > 0,
    );
    const dropped = psiFromShares(
      reference.filter((_, index) => kept[index]),
      current.filter((_, index) => kept[index]),
    );
    // Kullback-Leibler in one direction only: Σ r·ln(r/c) after the same zero rule.
    const filledReference = reference.map((share) => (share === 0 ? 0.0001 : share));
    const filledCurrent = current.map((share) => (share === 0 ? 0.0001 : share));
    const oneSided = filledReference.reduce(
      (sum, share, index) => sum + share * Math.log(share / filledCurrent[index]!),
      0,
    );
    const mistakes = [
      {
        part: "psi",
        value: psiWithBase(reference, current, 2),
        id: "log-base-2",
        message: "That is the PSI with base-2 logarithms; Evidently uses the natural logarithm.",
      },
      {
        part: "psi",
        value: psiWithBase(reference, current, 10),
        id: "log-base-10",
        message: "That is the PSI with base-10 logarithms; Evidently uses the natural logarithm.",
      },
      {
        part: "psi",
        value: dropped,
        id: "dropped-zero-category",
        message:
          "You dropped the category with a zero count. Evidently keeps it and replaces the zero share by 0.0001; a new category is exactly the drift PSI should see.",
      },
      {
        part: "psi",
        value: oneSided,
        id: "kl-one-direction",
        message:
          "That is the one-directional KL divergence Σ r·ln(r/c). PSI multiplies the log ratio by the difference (r − c), which makes it symmetric.",
      },
      {
        part: "decision",
        value: value >= 0.1 ? "no-drift" : "drift",
        id: "wrong-threshold-side",
        message: "Evidently reports drift when the PSI is at least 0.1, and no drift below 0.1.",
      },
    ];
    return distinctMistakes(mistakes, {
      psi: value,
      decision: value >= 0.1 ? "drift" : "no-drift",
    });
  },
  hints: [
    "Turn each column of counts into shares by dividing by that window's total.",
    "A share of exactly 0 would make ln(r/c) infinite: Evidently replaces it by 0.0001 on its side before the logarithm.",
    "Each category contributes (r − c)·ln(r/c), which is never negative; add the contributions and compare the sum with 0.1.",
  ],
  solution({ params }) {
    const reference = shares(params.referenceCounts);
    const current = shares(params.currentCounts);
    const value = solvePsi(params);
    const referenceTotal = params.referenceCounts.reduce((sum, count) => sum + count, 0);
    const currentTotal = params.currentCounts.reduce((sum, count) => sum + count, 0);
    const lines = params.categories.map((category, index) => {
      const r = reference[index] === 0 ? 0.0001 : reference[index]!;
      const c = current[index] === 0 ? 0.0001 : current[index]!;
      const term = (r - c) * Math.log(r / c);
      return `- \`${category}\`: $r = ${formatNumber(r)}$, $c = ${formatNumber(c)}$, $(r - c)\\ln(r/c) = ${formatNumber(term)}$`;
    });
    return [
      `The reference window has ${referenceTotal} rows and the current window ${currentTotal}.`,
      "Shares (zeros replaced by 0.0001) and contributions:",
      "",
      ...lines,
      "",
      `Sum: $\\mathrm{PSI} = ${formatNumber(value)}$, which is ${value >= 0.1 ? "at least" : "below"} 0.1, so Evidently reports **${value >= 0.1 ? "drift" : "no drift"}**.`,
    ].join("\n");
  },
});
