/**
 * Exercise: pick the test Evidently runs for a small low-cardinality column, compute its p-value
 * and decide with that test's own comparison.
 * It practises Lesson 7.
 */
import {
  chiSquareSurvival,
  createRng,
  evidentlyChiSquare,
  evidentlyZTest,
  normalCdf,
  selectDriftTest,
} from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, distinctMistakes, driftOptions, formatNumber } from "./exercise-helpers";

/** Parameters of one instance: a low-cardinality column given as counts per value. */
export interface DriftTestSelectionParams {
  column: string;
  categorical: boolean;
  values: (string | number)[];
  referenceCounts: number[];
  currentCounts: number[];
}

const columns = [
  { column: "is_returning_customer", categorical: true, values: ["no", "yes"] },
  { column: "support_tickets_last_30d", categorical: false, values: [0, 1, 2, 3] },
  { column: "shipping_speed", categorical: true, values: ["economy", "standard", "express"] },
];

const testOptions = [
  { id: "ks", label: "Kolmogorov-Smirnov" },
  { id: "chisquare", label: "Chi-square" },
  { id: "z", label: "Two-proportion z-test" },
  { id: "wasserstein", label: "Normed Wasserstein" },
  { id: "jensenshannon", label: "Jensen-Shannon" },
];

function expand(params: DriftTestSelectionParams, counts: number[]): (string | number)[] {
  return params.values.flatMap((value, index) => Array(counts[index] ?? 0).fill(value));
}

function analyse(params: DriftTestSelectionParams) {
  const reference = expand(params, params.referenceCounts);
  const current = expand(params, params.currentCounts);
  const test = selectDriftTest(reference, current, params.categorical);
  const pvalue =
    test === "z"
      ? evidentlyZTest(reference, current).pvalue
      : evidentlyChiSquare(reference, current).pvalue;
  return { test, pvalue, decision: pvalue < 0.05 ? "drift" : "no-drift" };
}

// Two frequent slips: chi-square against unscaled reference counts; z-test with unpooled error.
function slippedPvalue(params: DriftTestSelectionParams, test: string): number {
  const { referenceCounts: reference, currentCounts: current } = params;
  if (test === "z") {
    const n1 = reference.reduce((sum, count) => sum + count, 0);
    const n2 = current.reduce((sum, count) => sum + count, 0);
    const p1 = (reference[1] ?? 0) / n1;
    const p2 = (current[1] ?? 0) / n2;
    const z = (p1 - p2) / Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
    return 2 * (1 - normalCdf(Math.abs(z)));
  }
  const statistic = current.reduce((sum, observed, index) => {
    const expected = reference[index] ?? 0;
    return sum + (observed - expected) ** 2 / expected;
  }, 0);
  return chiSquareSurvival(statistic, reference.length - 1);
}

/**
 * Evidently's default test for the column (z-test for two values, chi-square for 3–5), its p-value
 * and the decision (drift when p < 0.05, strict, for these two tests).
 *
 * @example driftTestSelection.solve(driftTestSelection.generate(1)).test; // "z" or "chisquare"
 */
export const driftTestSelection = defineExercise<DriftTestSelectionParams>({
  id: "drift-test-selection",
  title: "Which drift test, and does it fire?",
  objectives: ["diagnose-drift-skew", "production-statistics"],
  topic: "drift",
  lesson: "drift-detection",
  difficulty: 2,
  generate(seed: number): Instance<DriftTestSelectionParams> {
    const rng = createRng(seed);
    const chosen = columns[rng.int(columns.length)]!;
    const weights = chosen.values.map(() => 0.3 + rng.uniform());
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const referenceRows = 200 + 20 * rng.int(40);
    const currentRows = 150 + 10 * rng.int(40);
    const strength = rng.uniform() * 0.5;
    const currentWeights = weights.map((weight) => weight * Math.exp(strength * rng.normal()));
    const currentTotal = currentWeights.reduce((sum, weight) => sum + weight, 0);
    const params: DriftTestSelectionParams = {
      column: chosen.column,
      categorical: chosen.categorical,
      values: chosen.values,
      referenceCounts: weights.map((weight) => Math.round((weight / total) * referenceRows)),
      currentCounts: currentWeights.map((weight) =>
        Math.round((weight / currentTotal) * currentRows),
      ),
    };
    return {
      seed,
      params,
      tables: [
        {
          name: `${chosen.column} counts`,
          columns: ["value", "reference_count", "current_count"],
          rows: params.values.map((value, index) => [
            value,
            params.referenceCounts[index]!,
            params.currentCounts[index]!,
          ]),
          note: chosen.categorical
            ? "A categorical column: rows per value in each window."
            : "A numeric column (a count of tickets): rows per value in each window.",
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      `Evidently's data drift preset checks the column \`${params.column}\` with its default test`,
      "(Lesson 7, Evidently's defaults: the choice depends on the reference size, the column type and the",
      "number of distinct values in reference and current together). (a) Which test does it run?",
      "(b) Compute that test's p-value as Evidently does (for chi-square the expected counts are the",
      "reference counts scaled to the current size; the z-test pools the two proportions).",
      "(c) Decide with that test's own comparison. Enter p as a decimal number (1% relative tolerance).",
    ].join(" ");
  },
  answer: {
    test: { kind: "choice", label: "Test", options: testOptions, weight: 0.3 },
    pvalue: { kind: "number", label: "p-value", tolerance: defaultTolerance, weight: 0.4 },
    decision: { kind: "decision", label: "Drift decision", options: driftOptions, weight: 0.3 },
  },
  solve({ params }) {
    return analyse(params);
  },
  mistakes({ params }) {
    const reference = analyse(params);
    const wrongTests = [
      {
        part: "test",
        value: "ks",
        id: "ks-for-few-values",
        message:
          "Kolmogorov-Smirnov is Evidently's choice only for numeric columns with more than 5 distinct values; with 5 or fewer the column is treated as categorical.",
      },
      {
        part: "test",
        value: reference.test === "z" ? "chisquare" : "z",
        id: reference.test === "z" ? "chisquare-for-binary" : "z-for-many-values",
        message:
          reference.test === "z"
            ? "With only 2 distinct values Evidently uses the two-proportion z-test, not chi-square."
            : "The z-test is for 2 distinct values; with 3 to 5 Evidently uses chi-square.",
      },
      {
        part: "test",
        value: "jensenshannon",
        id: "large-data-test",
        message:
          "Jensen-Shannon is the default only when the reference has more than 1000 rows; this one has fewer.",
      },
    ];
    return distinctMistakes(
      [
        ...wrongTests,
        {
          part: "pvalue",
          value: slippedPvalue(params, reference.test),
          id: reference.test === "z" ? "unpooled-z" : "unscaled-expected",
          message:
            reference.test === "z"
              ? "That p-value uses an unpooled standard error. Evidently's z-test pools the two samples: p̂ = (x₁ + x₂)/(n₁ + n₂)."
              : "That p-value compares current counts with the raw reference counts. Scale the reference counts by n_current / n_reference first.",
        },
        {
          part: "decision",
          value: reference.decision === "drift" ? "no-drift" : "drift",
          id: "reversed-decision",
          message: "For chi-square and the z-test Evidently reports drift when p < 0.05.",
        },
      ],
      reference,
    );
  },
  hints: [
    "Count the distinct values over both windows together and check the reference size against 1000.",
    "Up to 1000 reference rows: more than 5 distinct numeric values → KS; otherwise 2 values → z-test, 3 to 5 → chi-square.",
    "Chi-square: expected_i = reference_i · n_cur / n_ref, statistic Σ (observed − expected)²/expected with k − 1 degrees of freedom. z-test: pooled proportion, p = 2(1 − Φ(|z|)).",
  ],
  solution({ params }) {
    const { test, pvalue, decision } = analyse(params);
    const referenceRows = params.referenceCounts.reduce((sum, count) => sum + count, 0);
    const currentRows = params.currentCounts.reduce((sum, count) => sum + count, 0);
    const lines =
      test === "z"
        ? (() => {
            const result = evidentlyZTest(
              expand(params, params.referenceCounts),
              expand(params, params.currentCounts),
            );
            return [
              `Pooled two-proportion test on the share of \`${params.values[1]}\`: $z = ${formatNumber(result.z)}$.`,
            ];
          })()
        : (() => {
            const result = evidentlyChiSquare(
              expand(params, params.referenceCounts),
              expand(params, params.currentCounts),
            );
            return [
              `Expected counts are the reference counts times ${currentRows}/${referenceRows}; the statistic is $\\chi^2 = ${formatNumber(result.statistic)}$ with ${result.dof} degrees of freedom.`,
            ];
          })();
    return [
      `The reference has ${referenceRows} rows (at most 1000) and the column has ${params.values.length} distinct values, so Evidently runs the **${testOptions.find((option) => option.id === test)?.label}** test.`,
      ...lines,
      `The p-value is $p = ${formatNumber(pvalue)}$, ${pvalue < 0.05 ? "below" : "not below"} 0.05: **${decision === "drift" ? "drift" : "no drift"}**.`,
    ].join("\n\n");
  },
});
