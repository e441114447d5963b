/**
 * Exercise: a silent null spike. Test the null rate with the pooled two-proportion z-test,
 * evaluate a percent-unit contract rule on it, and compute how large the spike looks to KS after
 * the nulls are imputed with a constant.
 * It practises Lessons 4 and 10.
 */
import { createRng, zTestProportions } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, formatNumber } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";

interface NullSpikeParams {
  referenceRows: number;
  referenceNulls: number;
  currentRows: number;
  currentNulls: number;
  thresholdPercent: number;
  imputation: { label: string; quantile: number };
}

const imputations = [
  { label: "the reference median", quantile: 0.5 },
  { label: "the reference's 10th percentile", quantile: 0.1 },
  { label: "the reference's 25th percentile", quantile: 0.25 },
  { label: "the reference's 80th percentile", quantile: 0.8 },
  { label: "the reference's 95th percentile", quantile: 0.95 },
];

const ksAfterImputation = (p: NullSpikeParams, pick: (u: number) => number) =>
  (p.currentNulls / p.currentRows) * pick(p.imputation.quantile);

/**
 * A silent null spike: the pooled two-proportion z of the null rate, a percent-unit contract
 * rule's verdict, and the KS distance the spike produces after constant imputation.
 *
 * @example nullSpikeDetection.solve(nullSpikeDetection.generate(1)).z; // about -5.67
 */
export const nullSpikeDetection = defineExercise<NullSpikeParams>({
  id: "null-spike-detection",
  title: "A silent null spike: z-test, contract rule and what KS sees",
  objectives: ["failure-modes", "diagnose-drift-skew"],
  topic: "monitoring",
  lesson: "llm-traces-failure-modes",
  difficulty: 2,
  generate(seed: number): Instance<NullSpikeParams> {
    const rng = createRng(seed);
    const referenceRows = 1000 * (1 + rng.int(3));
    const currentRows = 500 * (2 + rng.int(5));
    const referenceNulls = Math.round(referenceRows * (0.003 + 0.005 * rng.uniform()));
    const currentNulls = Math.round(currentRows * (0.015 + 0.06 * rng.uniform()));
    // Thresholds away from the observed percentage, so the verdict is not a rounding question.
    const percent = (100 * currentNulls) / currentRows;
    const thresholdPercent = rng.choice(
      [1, 2, 3, 5, 8].filter((t) => Math.abs(t - percent) > 0.05),
    );
    const params = {
      referenceRows,
      referenceNulls,
      currentRows,
      currentNulls,
      thresholdPercent,
      imputation: rng.choice(imputations),
    };
    return {
      seed,
      params,
      tables: [
        {
          name: "trip_distance null counts",
          columns: ["batch", "rows", "null_rows"],
          rows: [
            ["reference (training window)", referenceRows, referenceNulls],
            ["current (today)", currentRows, currentNulls],
          ],
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      "Upstream stopped filling `trip_distance` for some trips (table). (Lesson 10, the silent null spike;",
      "Lesson 4, contract rules.)",
      "",
      "1. Compute the pooled two-proportion $z$ statistic of the null rate as Evidently computes it, with",
      "   the reference as the first sample (3 significant figures).",
      `2. The contract has the rule \`nullValues mustBeLessThan ${params.thresholdPercent}\` with unit \`percent\`.`,
      "   Does today's batch pass?",
      `3. Downstream, nulls are replaced by ${params.imputation.label} ($F_P(d) = ${params.imputation.quantile}$).`,
      "   Treating today's nulls as random erasures of values from the reference distribution $P$, what",
      "   Kolmogorov-Smirnov distance $D$ between the imputed batch and $P$ does the spike produce?",
    ].join("\n");
  },
  answer: {
    z: { kind: "number", label: "z statistic", tolerance: defaultTolerance, weight: 0.4 },
    contract: {
      kind: "decision",
      label: "Contract rule",
      options: [
        { id: "pass", label: "Passes" },
        { id: "fail", label: "Fails" },
      ],
      weight: 0.3,
    },
    ks: {
      kind: "number",
      label: "KS distance after imputation",
      tolerance: defaultTolerance,
      weight: 0.3,
    },
  },
  solve({ params }) {
    const test = zTestProportions(
      params.referenceNulls,
      params.referenceRows,
      params.currentNulls,
      params.currentRows,
    );
    const percent = (100 * params.currentNulls) / params.currentRows;
    return {
      z: test.z,
      contract: percent < params.thresholdPercent ? "pass" : "fail",
      ks: ksAfterImputation(params, (u) => Math.max(u, 1 - u)),
    };
  },
  mistakes(instance) {
    const { params } = instance;
    const pa = params.referenceNulls / params.referenceRows;
    const pb = params.currentNulls / params.currentRows;
    const unpooled =
      (pa - pb) /
      Math.sqrt((pa * (1 - pa)) / params.referenceRows + (pb * (1 - pb)) / params.currentRows);
    const reference = this.solve(instance);
    return distinctMistakesForSpec(this.answer, reference, [
      {
        part: "z",
        value: -(reference.z as number),
        id: "sample-order",
        message:
          "Evidently computes (reference share − current share) / SE: with the reference first, a rise in nulls gives a negative z.",
      },
      {
        part: "z",
        value: unpooled,
        id: "unpooled-standard-error",
        message:
          "Use the pooled share $\\hat p = (k_1 + k_2)/(n_1 + n_2)$ in the standard error, as the test does under the null hypothesis.",
      },
      {
        part: "contract",
        value: pb < params.thresholdPercent ? "pass" : "fail",
        id: "fraction-not-percent",
        message: `With unit percent the null rate is ${formatNumber(100 * pb)}%, not ${formatNumber(pb)}: compare percent with percent.`,
      },
      {
        part: "ks",
        value: ksAfterImputation(params, (u) => Math.min(u, 1 - u)),
        id: "min-instead-of-max",
        message:
          "The supremum of $|F_Q - F_P|$ is $\\varepsilon\\max(u, 1-u)$: the larger side of the jump at $d$.",
      },
      {
        part: "ks",
        value: 0,
        id: "nulls-invisible",
        message:
          "Dropping nulls would hide the spike from KS, but imputing a constant puts a point mass at $d$, which KS does see.",
      },
    ]);
  },
  hints: [
    "Null shares: $\\hat p_1 = k_1/n_1$, $\\hat p_2 = k_2/n_2$, pooled $\\hat p = (k_1+k_2)/(n_1+n_2)$.",
    "$z = (\\hat p_1 - \\hat p_2)/\\sqrt{\\hat p(1-\\hat p)(1/n_1 + 1/n_2)}$; the contract's unit is percent.",
    "After imputation $Q = (1-\\varepsilon)P + \\varepsilon\\,\\delta_d$ with $\\varepsilon$ today's null share, and $D = \\varepsilon\\max(u, 1-u)$ with $u = F_P(d)$.",
  ],
  solution({ params }) {
    const r = this.solve({ seed: 0, params, tables: [] });
    const p1 = params.referenceNulls / params.referenceRows;
    const p2 = params.currentNulls / params.currentRows;
    const pooled =
      (params.referenceNulls + params.currentNulls) / (params.referenceRows + params.currentRows);
    const u = params.imputation.quantile;
    return [
      `Shares: $\\hat p_1 = ${params.referenceNulls}/${params.referenceRows} = ${formatNumber(p1)}$, $\\hat p_2 = ${params.currentNulls}/${params.currentRows} = ${formatNumber(p2)}$, pooled $\\hat p = ${formatNumber(pooled)}$.`,
      `$z = (${formatNumber(p1)} - ${formatNumber(p2)}) / \\sqrt{${formatNumber(pooled)}(1 - ${formatNumber(pooled)})(1/${params.referenceRows} + 1/${params.currentRows})} = ${formatNumber(r.z as number)}$.`,
      "",
      `Null rate today: $${formatNumber(100 * p2)}\\%$ against \`mustBeLessThan ${params.thresholdPercent}\` → **${r.contract}**.`,
      "",
      `KS after imputation: $D = \\varepsilon \\max(u, 1-u) = ${formatNumber(p2)} \\cdot ${Math.max(u, 1 - u)} = ${formatNumber(r.ks as number)}$.`,
    ].join("\n");
  },
});
