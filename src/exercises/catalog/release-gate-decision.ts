/**
 * Exercise: a release gate on quality (paired non-inferiority), safety (Wilson upper bound) and
 * cost, decided on one-sided bounds rather than point estimates.
 * It practises Lesson 9.
 */
import { createRng, normalQuantile, wilsonInterval } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import {
  defaultTolerance,
  distinctMistakes,
  formatNumber,
  roundTo,
  shipHoldOptions,
} from "./exercise-helpers";

/** Parameters of one instance: the gate's evidence and thresholds. */
export interface ReleaseGateParams {
  pairedExamples: number;
  candidateOnlyCorrect: number;
  baselineOnlyCorrect: number;
  margin: number;
  redTeamPrompts: number;
  violations: number;
  maxViolationRate: number;
  meanCostUsd: number;
  budgetUsd: number;
}

// One-sided 95%: z = Φ⁻¹(0.95) = 1.6449, the upper end of a two-sided 90% interval.
const oneSidedZ = normalQuantile(0.95);

function qualityBound(
  params: ReleaseGateParams,
  z = oneSidedZ,
): { estimate: number; bound: number } {
  const n = params.pairedExamples;
  const estimate = (params.candidateOnlyCorrect - params.baselineOnlyCorrect) / n;
  const variance = (params.candidateOnlyCorrect + params.baselineOnlyCorrect) / n - estimate ** 2;
  return { estimate, bound: estimate - (z * Math.sqrt(variance)) / Math.sqrt(n) };
}

function evaluate(params: ReleaseGateParams) {
  const quality = qualityBound(params);
  const safetyBound = wilsonInterval(params.violations, params.redTeamPrompts, 0.9)[1];
  const passed =
    quality.bound > -params.margin &&
    safetyBound <= params.maxViolationRate &&
    params.meanCostUsd <= params.budgetUsd;
  return { qualityBound: quality.bound, safetyBound, decision: passed ? "ship" : "hold" };
}

/**
 * The paired lower bound of the accuracy difference, the one-sided 95% Wilson upper bound of the
 * violation rate, and the ship/hold decision when every check must pass.
 *
 * @example releaseGateDecision.solve(releaseGateDecision.generate(1)).decision; // "ship" or "hold"
 */
export const releaseGateDecision = defineExercise<ReleaseGateParams>({
  id: "release-gate-decision",
  title: "Ship or hold: a gate on quality, safety and cost",
  objectives: ["release-gates", "offline-vs-online"],
  topic: "release-gates",
  lesson: "release-gates-canaries",
  difficulty: 3,
  generate(seed: number): Instance<ReleaseGateParams> {
    const rng = createRng(seed);
    const pairedExamples = 1000 + 100 * rng.int(21);
    const disagreement = 0.04 + 0.04 * rng.uniform();
    const difference = -0.012 + 0.016 * rng.uniform();
    const redTeamPrompts = 400 + 100 * rng.int(17);
    const params: ReleaseGateParams = {
      pairedExamples,
      candidateOnlyCorrect: Math.round((pairedExamples * (disagreement + difference)) / 2),
      baselineOnlyCorrect: Math.round((pairedExamples * (disagreement - difference)) / 2),
      margin: rng.choice([0.01, 0.015, 0.02]),
      redTeamPrompts,
      violations: rng.binomial(redTeamPrompts, 0.001 + 0.004 * rng.uniform()),
      maxViolationRate: rng.choice([0.005, 0.01]),
      meanCostUsd: roundTo(0.0016 + 0.0011 * rng.uniform(), 5),
      budgetUsd: 0.0025,
    };
    return {
      seed,
      params,
      tables: [
        {
          name: "gate evidence",
          columns: ["check", "measurement", "value"],
          rows: [
            ["quality", "paired test examples n", params.pairedExamples],
            ["quality", "candidate right, baseline wrong (n10)", params.candidateOnlyCorrect],
            ["quality", "baseline right, candidate wrong (n01)", params.baselineOnlyCorrect],
            ["quality", "non-inferiority margin", params.margin],
            ["safety", "red-team prompts", params.redTeamPrompts],
            ["safety", "policy violations", params.violations],
            ["safety", "maximum violation rate", params.maxViolationRate],
            ["cost", "mean cost per request (USD)", params.meanCostUsd],
            ["cost", "budget per request (USD)", params.budgetUsd],
          ],
          note: "Offline evaluation of the candidate against the serving baseline.",
        },
      ],
    };
  },
  prompt() {
    return [
      "A candidate model must pass every check of its release gate, each at one-sided confidence 95%",
      "(Lesson 9, the four checks). Quality: the paired Wald lower bound",
      "$L = \\hat\\Delta - z_{0.95}\\,\\hat\\sigma/\\sqrt n$ with $\\hat\\Delta = (n_{10} - n_{01})/n$ and",
      "$\\hat\\sigma^2 = (n_{10} + n_{01})/n - \\hat\\Delta^2$ must satisfy $L > -\\varepsilon$. Safety: the one-sided",
      "95% Wilson upper bound of the violation rate must be at most the maximum rate. Cost: the mean cost per",
      "request must be at most the budget. Compute $L$ and the Wilson upper bound (decimals, 1% relative",
      "tolerance) and decide.",
    ].join(" ");
  },
  answer: {
    qualityBound: {
      kind: "number",
      label: "Quality lower bound L",
      tolerance: defaultTolerance,
      weight: 0.3,
    },
    safetyBound: {
      kind: "number",
      label: "Wilson upper bound",
      tolerance: defaultTolerance,
      weight: 0.3,
    },
    decision: { kind: "decision", label: "Gate decision", options: shipHoldOptions, weight: 0.4 },
  },
  solve({ params }) {
    return evaluate(params);
  },
  mistakes({ params }) {
    const reference = evaluate(params);
    const rate = params.violations / params.redTeamPrompts;
    const estimatesPass =
      qualityBound(params).estimate > -params.margin &&
      rate <= params.maxViolationRate &&
      params.meanCostUsd <= params.budgetUsd;
    return distinctMistakes(
      [
        {
          part: "safetyBound",
          value: wilsonInterval(params.violations, params.redTeamPrompts, 0.95)[1],
          id: "two-sided-95",
          message:
            "That is the upper end of a two-sided 95% interval (z = 1.96). A one-sided 95% bound is the upper end of a two-sided 90% interval (z = 1.6449).",
        },
        {
          part: "safetyBound",
          value: rate + oneSidedZ * Math.sqrt((rate * (1 - rate)) / params.redTeamPrompts),
          id: "wald-bound",
          message:
            "That is the Wald bound p̂ + z·√(p̂(1 − p̂)/n), which collapses for rare events; the gate uses Wilson's score bound.",
        },
        {
          part: "qualityBound",
          value: qualityBound(params, normalQuantile(0.975)).bound,
          id: "two-sided-z-quality",
          message: "Use the one-sided z₀.₉₅ = 1.6449, not the two-sided 1.96.",
        },
        {
          part: "decision",
          value: estimatesPass ? "ship" : "hold",
          id: "point-estimates",
          message:
            "That decision compares point estimates with the thresholds. The gate compares bounds: a rate just under the limit on few prompts is not evidence that it is under the limit.",
        },
      ],
      reference,
    );
  },
  hints: [
    "Quality: only the examples on which the two models disagree (n10 and n01) carry information about the difference.",
    "Safety: a one-sided 95% bound uses z = 1.6449 in Wilson's formula: (p̂ + z²/2n + z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n).",
    "Ship only when all three checks pass; a single failing check holds the release.",
  ],
  solution({ params }) {
    const quality = qualityBound(params);
    const { safetyBound, decision } = evaluate(params);
    const qualityPass = quality.bound > -params.margin;
    const safetyPass = safetyBound <= params.maxViolationRate;
    const costPass = params.meanCostUsd <= params.budgetUsd;
    return [
      `- Quality: $\\hat\\Delta = (${params.candidateOnlyCorrect} - ${params.baselineOnlyCorrect})/${params.pairedExamples} = ${formatNumber(quality.estimate)}$,`,
      `  $L = ${formatNumber(quality.bound)}$, ${qualityPass ? "above" : "not above"} $-${params.margin}$: ${qualityPass ? "pass" : "fail"}.`,
      `- Safety: $\\hat p = ${params.violations}/${params.redTeamPrompts} = ${formatNumber(params.violations / params.redTeamPrompts)}$, Wilson upper bound (z = 1.6449)`,
      `  $U = ${formatNumber(safetyBound)}$ ${safetyPass ? "\\le" : ">"} ${params.maxViolationRate}: ${safetyPass ? "pass" : "fail"}.`,
      `- Cost: ${params.meanCostUsd} ${costPass ? "≤" : ">"} ${params.budgetUsd} USD: ${costPass ? "pass" : "fail"}.`,
      "",
      `Decision: **${decision}**.`,
    ].join("\n");
  },
});
