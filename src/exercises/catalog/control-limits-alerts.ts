/**
 * Exercise: NannyML-style control limits from reference chunks, and which monitored chunks alert.
 * It practises Lesson 8.
 */
import { chunkAlerts, controlLimits, createRng, mean, standardDeviation } from "../../lab/index";
import type { ControlLimits } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { distinctMistakes, formatNumber, roundTo } from "./exercise-helpers";

/** Parameters of one instance: accuracy per reference chunk and per monitored chunk. */
export interface ControlLimitsParams {
  referenceAccuracy: number[];
  monitoredAccuracy: number[];
}

/**
 * The limit's tolerance, absolute: σ (ddof 0) of the ten reference chunks is at least 0.0013 over
 * seeds 1..5000, so ±0.0001 stays under 0.08σ. A relative 1% (±0.009 near 0.87) was wider than
 * the chunks' spread and accepted the mean itself.
 */
const limitTolerance = { rule: "absolute", atol: 1e-4 } as const;

const monitoredOptions = [
  ...[1, 2, 3, 4, 5].map((index) => ({ id: `chunk-${index}`, label: `Monitored chunk ${index}` })),
  { id: "none", label: "No chunk alerts" },
];

function alertIds(params: ControlLimitsParams, limits: ControlLimits): string[] {
  const ids = chunkAlerts(params.monitoredAccuracy, limits).flatMap((alert, index) =>
    alert ? [`chunk-${index + 1}`] : [],
  );
  return ids.length === 0 ? ["none"] : ids;
}

function sampleLimits(values: number[]): ControlLimits {
  // The slip: the sample standard deviation (ddof 1) instead of NannyML's ddof 0.
  const center = mean(values);
  const spread = standardDeviation(values, 1);
  return {
    center,
    standardDeviation: spread,
    lower: center - 3 * spread,
    upper: center + 3 * spread,
  };
}

/**
 * The lower control limit (mean − 3·std, ddof 0, of the reference chunk accuracies) and the
 * monitored chunks whose accuracy falls outside the limits (strictly).
 *
 * @example controlLimitsAlerts.solve(controlLimitsAlerts.generate(1)).alerts; // e.g. ["chunk-4"]
 */
export const controlLimitsAlerts = defineExercise<ControlLimitsParams>({
  id: "control-limits-alerts",
  title: "Control limits for a monitored accuracy",
  objectives: ["offline-vs-online", "production-statistics"],
  topic: "monitoring",
  lesson: "offline-online-monitoring",
  difficulty: 1,
  generate(seed: number): Instance<ControlLimitsParams> {
    const rng = createRng(seed);
    const level = 0.86 + 0.06 * rng.uniform();
    const noise = 0.004 + 0.004 * rng.uniform();
    const referenceAccuracy = Array.from({ length: 10 }, () =>
      roundTo(level + rng.normal(0, noise), 3),
    );
    const dropStart = 1 + rng.int(5);
    const drop = rng.uniform() * 6 * noise;
    const monitoredAccuracy = Array.from({ length: 5 }, (_, index) =>
      roundTo(
        level +
          rng.normal(0, noise) -
          (index + 1 >= dropStart ? drop * (index + 2 - dropStart) * 0.5 : 0),
        3,
      ),
    );
    return {
      seed,
      params: { referenceAccuracy, monitoredAccuracy },
      tables: [
        {
          name: "chunk accuracy",
          columns: ["period", "chunk", "accuracy"],
          rows: [
            ...referenceAccuracy.map((value, index) => ["reference", index + 1, value]),
            ...monitoredAccuracy.map((value, index) => ["monitored", index + 1, value]),
          ],
          note: "Accuracy per chunk of 2,000 predictions, once the labels of the chunk have arrived.",
        },
      ],
    };
  },
  prompt() {
    return [
      "A monitor sets control limits on chunk accuracy as NannyML does (Lesson 8, control limits on",
      "chunks): the mean of the 10 reference chunk values plus or minus three standard deviations, with",
      "NannyML's standard deviation (ddof 0). A monitored chunk alerts when its accuracy is strictly outside",
      "the limits. Compute the lower limit (a decimal accuracy, to within ±0.0001: give four decimals,",
      "since the limit is only useful to a small fraction of σ) and select every monitored chunk that",
      'alerts (or "No chunk alerts").',
    ].join(" ");
  },
  answer: {
    lower: {
      kind: "number",
      label: "Lower control limit",
      tolerance: limitTolerance,
      weight: 0.5,
    },
    alerts: { kind: "multiple", label: "Alerting chunks", options: monitoredOptions, weight: 0.5 },
  },
  solve({ params }) {
    const limits = controlLimits(params.referenceAccuracy);
    return { lower: limits.lower, alerts: alertIds(params, limits) };
  },
  mistakes({ params }) {
    const limits = controlLimits(params.referenceAccuracy);
    const slipped = sampleLimits(params.referenceAccuracy);
    return distinctMistakes(
      [
        {
          part: "lower",
          value: slipped.lower,
          id: "ddof-1",
          message:
            "That limit uses the sample standard deviation (ddof 1); NannyML uses ddof 0 (divide by n).",
        },
        {
          part: "lower",
          value: limits.center - limits.standardDeviation,
          id: "one-sigma",
          message: "The limits sit three standard deviations from the mean, not one.",
        },
        {
          part: "alerts",
          value: alertIds(params, slipped),
          id: "ddof-1-alerts",
          message:
            "Those alerts follow from ddof-1 limits; with NannyML's ddof-0 limits the set differs.",
        },
      ],
      { lower: limits.lower, alerts: alertIds(params, limits) },
      ["alerts"],
    );
  },
  hints: [
    "Average the 10 reference accuracies.",
    "Standard deviation with ddof 0: √(Σ(xᵢ − x̄)²/10). The limits are x̄ ± 3σ.",
    "Only values strictly below the lower limit (or strictly above the upper one) alert.",
  ],
  solution({ params }) {
    const limits = controlLimits(params.referenceAccuracy);
    const alerts = alertIds(params, limits);
    return [
      `Reference mean $\\bar x = ${formatNumber(limits.center, 6)}$, standard deviation (ddof 0) $\\sigma = ${formatNumber(limits.standardDeviation)}$.`,
      `Limits: $[${formatNumber(limits.lower, 6)}, ${formatNumber(limits.upper, 6)}]$.`,
      `Monitored accuracies: ${params.monitoredAccuracy.join(", ")}.`,
      `Alerts: ${alerts[0] === "none" ? "none" : alerts.map((id) => id.replace("chunk-", "chunk ")).join(", ")}.`,
    ].join("\n\n");
  },
});
