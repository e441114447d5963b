/**
 * Exercise: classify canary metrics from their Hodges-Lehmann intervals, score the canary as
 * Kayenta does (weighted groups, critical metrics) and decide to promote, review or roll back.
 * It practises Lessons 6 and 9.
 */
import { classifyKayentaMetric, createRng, scoreKayentaCanary } from "../../lab/index";
import type { KayentaDirection, KayentaMetricResult } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance, formatNumber, roundTo } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";

interface CanaryMetric {
  name: string;
  group: string;
  direction: KayentaDirection;
  critical: boolean;
  estimate: number;
  lower: number;
  upper: number;
}

interface CanaryParams {
  metrics: CanaryMetric[];
  weights: Record<string, number>;
}

const catalogue = [
  { name: "p50 latency (ms)", group: "latency", direction: "increase", level: 120, sd: 8 },
  { name: "p99 latency (ms)", group: "latency", direction: "increase", level: 450, sd: 40 },
  { name: "5xx rate (%)", group: "errors", direction: "increase", level: 0.4, sd: 0.1 },
  { name: "timeout rate (%)", group: "errors", direction: "increase", level: 0.2, sd: 0.05 },
  { name: "CPU (%)", group: "resources", direction: "either", level: 45, sd: 4 },
  { name: "memory (MB)", group: "resources", direction: "increase", level: 900, sd: 40 },
] as const;

const passThreshold = 95;
const marginalThreshold = 75;
const decisions = { Pass: "promote", Marginal: "manual-review", Fail: "roll-back" } as const;

/** Classifies from the rounded numbers shown to the student, with Kayenta's band. */
function classify(metric: CanaryMetric, direction = metric.direction): KayentaMetricResult {
  const bound = 0.25 * Math.abs(metric.estimate);
  const high = direction !== "decrease" && metric.lower > bound;
  const low = direction !== "increase" && metric.upper < -bound;
  const label = high ? "High" : low ? "Low" : "Pass";
  return {
    name: metric.name,
    groups: [metric.group],
    label,
    critical: metric.critical && label !== "Pass",
    estimate: metric.estimate,
    lower: metric.lower,
    upper: metric.upper,
    bound,
    meanRatio: 1,
    reason: `${metric.name}: ${label}`,
  };
}

const score = (params: CanaryParams, results = params.metrics.map((m) => classify(m))) =>
  scoreKayentaCanary(results, { groupWeights: params.weights, passThreshold, marginalThreshold });

/**
 * Kayenta's canary score in points (0 to 100) from per-metric Hodges-Lehmann intervals, group
 * weights and critical metrics, and the decision: promote, manual review or roll back.
 *
 * @example kayentaCanaryScore.solve(kayentaCanaryScore.generate(1)).decision; // "promote" | "manual-review" | "roll-back"
 */
export const kayentaCanaryScore = defineExercise<CanaryParams>({
  id: "kayenta-canary-score",
  title: "Kayenta canary score: promote, review or roll back",
  objectives: ["versioning-rollback", "release-gates"],
  topic: "canary",
  lesson: "release-gates-canaries",
  difficulty: 2,
  generate(seed: number): Instance<CanaryParams> {
    const rng = createRng(seed);
    const weights: Record<string, number> = { latency: rng.choice([40, 50, 60]) };
    if (rng.uniform() < 0.5) weights.errors = rng.choice([20, 30]);
    const criticalErrors = rng.uniform() < 0.35;
    const metrics = catalogue.map((spec) => {
      // Redraw until the rounded interval classifies like the raw one (no knife-edge cases).
      for (;;) {
        const roll = rng.uniform();
        const shift = roll < 0.55 ? 0 : (roll < 0.8 ? 2.5 : -2.5) * spec.sd;
        const draw = (offset: number) =>
          Array.from({ length: 12 }, () => roundTo(rng.normal(spec.level + offset, spec.sd), 3));
        const config = {
          name: spec.name,
          groups: [spec.group],
          direction: spec.direction as KayentaDirection,
          critical: criticalErrors && spec.name.startsWith("5xx"),
        };
        const raw = classifyKayentaMetric(draw(0), draw(shift), config);
        const digits = spec.level < 1 ? 3 : 1;
        const metric: CanaryMetric = {
          ...config,
          group: spec.group,
          estimate: roundTo(raw.estimate ?? 0, digits),
          lower: roundTo(raw.lower ?? 0, digits),
          upper: roundTo(raw.upper ?? 0, digits),
        };
        const bound = 0.25 * Math.abs(metric.estimate);
        const margin = Math.min(Math.abs(metric.lower - bound), Math.abs(metric.upper + bound));
        if (classify(metric).label === raw.label && margin > 2 * 10 ** -digits) return metric;
      }
    });
    const params = { metrics, weights };
    return {
      seed,
      params,
      tables: [
        {
          name: "canary metrics (canary minus baseline, 12 one-minute samples per side)",
          columns: [
            "metric",
            "group",
            "direction",
            "critical",
            "hl_estimate",
            "ci98_lower",
            "ci98_upper",
          ],
          rows: metrics.map((m) => [
            m.name,
            m.group,
            m.direction,
            m.critical,
            m.estimate,
            m.lower,
            m.upper,
          ]),
          note: "Hodges-Lehmann shift and its 98% Mann-Whitney interval, in the metric's unit.",
        },
        {
          name: "group weights (percent)",
          columns: ["group", "weight"],
          rows: ["latency", "errors", "resources"].map((g) => [g, weights[g] ?? "unweighted"]),
        },
      ],
    };
  },
  prompt() {
    return [
      "A canary ran beside a freshly deployed baseline. For each metric the table gives the",
      "Hodges-Lehmann shift (canary minus baseline) and its 98% interval (Lesson 9, canary analysis).",
      "",
      "1. Classify each metric as Kayenta's judge does (tolerance $\\eta = 0.25$, respecting each",
      "   metric's direction), then compute the canary score $\\bar s$ in $[0, 100]$ with the group",
      "   weights (unweighted groups share what is left equally).",
      `2. With pass threshold ${passThreshold} and marginal threshold ${marginalThreshold}: promote the`,
      "   canary, send it to manual review, or roll the release pointer back (Lesson 6)?",
    ].join("\n");
  },
  answer: {
    score: {
      kind: "number",
      label: "Canary score",
      unit: "points",
      tolerance: defaultTolerance,
      weight: 0.6,
    },
    decision: {
      kind: "decision",
      label: "Rollout decision",
      options: [
        { id: "promote", label: "Promote (pass)" },
        { id: "manual-review", label: "Manual review (marginal)" },
        { id: "roll-back", label: "Roll back (fail)" },
      ],
      weight: 0.4,
    },
  },
  solve({ params }) {
    const result = score(params);
    return { score: result.score, decision: decisions[result.classification] };
  },
  mistakes(instance) {
    const { params } = instance;
    const results = params.metrics.map((m) => classify(m));
    const passed = results.filter((r) => r.label === "Pass").length;
    const withoutCritical = results.map((r) => ({ ...r, critical: false }));
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "score",
        value: score({ ...params, weights: {} }, results).score,
        id: "equal-group-weights",
        message:
          "Groups with a configured weight keep it; only the unweighted groups share the rest equally.",
      },
      {
        part: "score",
        value: roundTo((100 * passed) / results.length, 2),
        id: "share-of-metrics",
        message:
          "Kayenta scores each group first and then takes the weighted sum of group scores, not the share of passing metrics.",
      },
      {
        part: "score",
        value: score(
          params,
          params.metrics.map((m) => classify(m, "either")),
        ).score,
        id: "ignored-direction",
        message:
          "A metric whose direction is 'increase' cannot be Low: a latency or error rate that went down passes.",
      },
      {
        part: "score",
        value: score(params, withoutCritical).score,
        id: "ignored-critical",
        message: "A critical metric that is not Pass sets the whole canary score to 0.",
      },
    ]);
  },
  hints: [
    "For each metric compute the band $\\eta|\\hat\\Delta|$ and compare the interval's ends with it: High if the lower end is above $+\\eta|\\hat\\Delta|$, Low if the upper end is below $-\\eta|\\hat\\Delta|$.",
    "High only counts for directions 'increase' and 'either', Low for 'decrease' and 'either'.",
    "A group's score is $100 \\cdot \\#\\text{Pass} / \\#\\text{metrics}$; the canary score is $\\sum_g w_g s_g / 100$, and a failing critical metric makes it 0.",
  ],
  solution({ params }) {
    const results = params.metrics.map((m) => classify(m));
    const summary = score(params, results);
    const metricLines = results.map(
      (r) =>
        `- ${r.name}: band $\\pm ${formatNumber(r.bound ?? 0)}$, interval $[${r.lower}, ${r.upper}]$ → **${r.label}**${r.critical ? " (critical)" : ""}`,
    );
    const groupLines = summary.groups.map(
      (g) => `- ${g.group}: score $${formatNumber(g.score)}$, weight $${formatNumber(g.weight)}$`,
    );
    const critical = results.some((r) => r.critical);
    return [
      ...metricLines,
      "",
      ...groupLines,
      "",
      critical
        ? "A critical metric failed, so the canary score is $0$."
        : `Weighted sum: $\\bar s = ${summary.groups.map((g) => `${formatNumber(g.weight / 100)} \\cdot ${formatNumber(g.score)}`).join(" + ")} = ${summary.score}$.`,
      `Against ${passThreshold} and ${marginalThreshold} this is **${summary.classification}**: ${decisions[summary.classification].replace("-", " ")}.`,
    ].join("\n");
  },
});
