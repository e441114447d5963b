/**
 * Exercise: two-sample Kolmogorov-Smirnov test on a small numeric column, with Evidently's rule.
 * It practises Lesson 7.
 */
import { createRng, ks2samp, sortedCopy } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import {
  defaultTolerance,
  distinctMistakes,
  driftOptions,
  formatNumber,
  roundTo,
} from "./exercise-helpers";

/** Parameters of one instance: basket values in USD, reference and current. */
export interface KsBasketParams {
  reference: number[];
  current: number[];
}

// One-sided gaps of the empirical CDFs: max(F_ref − F_cur) and max(F_cur − F_ref).
function oneSidedGaps(reference: number[], current: number[]): [number, number] {
  const points = [...reference, ...current];
  let referenceAbove = 0;
  let currentAbove = 0;
  for (const point of points) {
    const fReference = reference.filter((value) => value <= point).length / reference.length;
    const fCurrent = current.filter((value) => value <= point).length / current.length;
    referenceAbove = Math.max(referenceAbove, fReference - fCurrent);
    currentAbove = Math.max(currentAbove, fCurrent - fReference);
  }
  return [referenceAbove, currentAbove];
}

/**
 * KS statistic D, its exact p-value (scipy's `ks_2samp` default for small samples) and Evidently's
 * decision: drift when p ≤ 0.05.
 *
 * @example ksBasketValueDrift.solve(ksBasketValueDrift.generate(1)).statistic; // a number in (0, 1]
 */
export const ksBasketValueDrift = defineExercise<KsBasketParams>({
  id: "ks-basket-value-drift",
  title: "Kolmogorov-Smirnov drift test on basket values",
  objectives: ["production-statistics", "diagnose-drift-skew"],
  topic: "drift",
  lesson: "drift-detection",
  difficulty: 2,
  generate(seed: number): Instance<KsBasketParams> {
    const rng = createRng(seed);
    const referenceSize = 10 + rng.int(5);
    const currentSize = 10 + rng.int(5);
    const shift = rng.uniform() * 1.2;
    const draw = (size: number, offset: number) =>
      Array.from({ length: size }, () => roundTo(Math.exp(rng.normal(3.6 + offset, 0.45)), 2));
    const reference = draw(referenceSize, 0);
    const current = draw(currentSize, shift * 0.45);
    const rows = Array.from({ length: Math.max(referenceSize, currentSize) }, (_, index) => [
      reference[index] ?? null,
      current[index] ?? null,
    ]);
    return {
      seed,
      params: { reference, current },
      tables: [
        {
          name: "basket values",
          columns: ["reference_usd", "current_usd"],
          rows,
          note: "Basket value per order in US dollars; an empty cell means that window has fewer orders.",
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      `A monitor compares the basket values of ${params.reference.length} reference orders with ${params.current.length} current orders.`,
      "The reference has at most 1000 rows and the column is numeric with more than 5 distinct values,",
      "so Evidently runs the two-sample Kolmogorov-Smirnov test (Lesson 7, Evidently's defaults).",
      "Compute the statistic $D = \\max_x |F_{\\mathrm{ref}}(x) - F_{\\mathrm{cur}}(x)|$, its two-sided p-value",
      "as `scipy.stats.ks_2samp` computes it by default for samples this small (the exact distribution),",
      "and Evidently's decision. Enter D and p as decimal numbers (1% relative tolerance).",
    ].join(" ");
  },
  answer: {
    statistic: {
      kind: "number",
      label: "KS statistic D",
      tolerance: defaultTolerance,
      weight: 0.4,
    },
    pvalue: { kind: "number", label: "p-value", tolerance: defaultTolerance, weight: 0.3 },
    decision: { kind: "decision", label: "Drift decision", options: driftOptions, weight: 0.3 },
  },
  solve({ params }) {
    const result = ks2samp(params.reference, params.current);
    return {
      statistic: result.statistic,
      pvalue: result.pvalue,
      decision: result.pvalue <= 0.05 ? "drift" : "no-drift",
    };
  },
  mistakes({ params }) {
    const exact = ks2samp(params.reference, params.current);
    const asymptotic = ks2samp(params.reference, params.current, { method: "asymp" });
    const [referenceAbove, currentAbove] = oneSidedGaps(params.reference, params.current);
    const oneSided = Math.min(referenceAbove, currentAbove);
    const decision = exact.pvalue <= 0.05 ? "drift" : "no-drift";
    return distinctMistakes(
      [
        {
          part: "pvalue",
          value: asymptotic.pvalue,
          id: "asymptotic-p",
          message:
            "That is the asymptotic p-value. With samples this small scipy (and so Evidently) uses the exact distribution of D.",
        },
        {
          part: "statistic",
          value: oneSided,
          id: "one-sided-gap",
          message:
            "That is the gap in one direction only. The two-sided D is the largest absolute difference of the two empirical CDFs, in either direction.",
        },
        {
          part: "decision",
          value: decision === "drift" ? "no-drift" : "drift",
          id: "reversed-decision",
          message:
            "Evidently reports drift when p ≤ 0.05: a small p-value is evidence that the two samples come from different distributions.",
        },
      ],
      { statistic: exact.statistic, pvalue: exact.pvalue, decision },
    );
  },
  hints: [
    "Sort both samples; the empirical CDF of a sample at x is the share of its values ≤ x.",
    "D is attained at one of the observed values: evaluate both CDFs there and take the largest absolute difference.",
    "For the p-value use `ks_2samp(reference, current)` (method auto means exact when both samples have at most 10000 values); drift when p ≤ 0.05.",
  ],
  solution({ params }) {
    const result = ks2samp(params.reference, params.current);
    const reference = Array.from(sortedCopy(params.reference));
    const current = Array.from(sortedCopy(params.current));
    return [
      `Sorted reference (n = ${reference.length}): ${reference.join(", ")}.`,
      `Sorted current (n = ${current.length}): ${current.join(", ")}.`,
      "",
      `Evaluating both empirical CDFs at every observed value, the largest absolute gap is $D = ${formatNumber(result.statistic)}$.`,
      `The exact two-sided p-value is $p = ${formatNumber(result.pvalue)}$ (\`ks_2samp\`, method exact).`,
      `Since $p ${result.pvalue <= 0.05 ? "\\le" : ">"} 0.05$, Evidently reports **${result.pvalue <= 0.05 ? "drift" : "no drift"}**.`,
    ].join("\n");
  },
});
