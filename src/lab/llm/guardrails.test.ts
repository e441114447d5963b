import { describe, expect, it } from "vitest";
import { guardrailCurve, guardrailDataset, rocCurve, thresholdForTargetFpr } from "./guardrails";
import { generateAgentTraces } from "./llm-trace-generator";
import type { GenAiSpan } from "./llm-traces";
import { selectRetrainingExamples } from "./retraining-selection";
import { createRng } from "../random/rng";

const scores = [0.9, 0.8, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.3, 0.1];
const labels = [true, true, false, true, false, true, false, false, true, false];

describe("guardrailCurve", () => {
  it("flags score >= threshold and reports TPR, FPR and precision", () => {
    expect(guardrailCurve(scores, labels, [0.7])).toEqual([
      {
        threshold: 0.7,
        truePositives: 3,
        falsePositives: 1,
        trueNegatives: 4,
        falseNegatives: 2,
        tpr: 0.6,
        fpr: 0.2,
        precision: 0.75,
        flaggedShare: 0.4,
      },
    ]);
  });

  it("uses every distinct score by default and leaves undefined rates null", () => {
    expect(guardrailCurve(scores, labels).map((point) => point.threshold)).toEqual([
      0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.1,
    ]);
    const [nothingFlagged] = guardrailCurve([0.2], [false], [0.5]);
    expect(nothingFlagged).toMatchObject({ tpr: null, fpr: 0, precision: null, flaggedShare: 0 });
  });

  it("rejects mismatched or non-finite input", () => {
    expect(() => guardrailCurve([0.1], [])).toThrow(
      "guardrailCurve requires scores and labels of equal length",
    );
    expect(() => guardrailCurve([NaN], [true])).toThrow(
      "guardrailCurve requires finite scores (found NaN at index 0)",
    );
  });
});

describe("rocCurve", () => {
  it("lists points like roc_curve(drop_intermediate=False), ties together", () => {
    const { points } = rocCurve(scores, labels);
    expect(points.map((point) => [point.threshold, point.fpr, point.tpr])).toEqual([
      [Infinity, 0, 0],
      [0.9, 0, 0.2],
      [0.8, 0.2, 0.4],
      [0.7, 0.2, 0.6],
      [0.6, 0.4, 0.6],
      [0.55, 0.4, 0.8],
      [0.4, 0.6, 0.8],
      [0.3, 0.8, 1],
      [0.1, 1, 1],
    ]);
  });

  it("AUC equals the Mann-Whitney U / (n1 · n0) (scipy: mannwhitneyu(pos, neg).statistic / 25 = 0.72)", () => {
    expect(rocCurve(scores, labels).auc).toBeCloseTo(0.72, 12);
    expect(() => rocCurve([0.1, 0.2], [true, true])).toThrow(
      "rocCurve requires both violations and clean responses",
    );
  });
});

describe("thresholdForTargetFpr", () => {
  it("returns the lowest threshold whose FPR stays within budget", () => {
    expect(thresholdForTargetFpr(scores, labels, 0.2)).toMatchObject({
      threshold: 0.7,
      fpr: 0.2,
      tpr: 0.6,
    });
    expect(thresholdForTargetFpr(scores, labels, 0)).toMatchObject({
      threshold: 0.9,
      fpr: 0,
      tpr: 0.2,
    });
    expect(thresholdForTargetFpr(scores, labels, 1)).toMatchObject({ threshold: 0.1, tpr: 1 });
    expect(() => thresholdForTargetFpr(scores, labels, 1.5)).toThrow(
      "thresholdForTargetFpr requires targetFpr in [0, 1] (found 1.5)",
    );
  });

  it("flags nothing when even the top score costs too many false positives", () => {
    expect(thresholdForTargetFpr([0.9, 0.2], [false, true], 0)).toMatchObject({
      threshold: Infinity,
      tpr: 0,
    });
  });
});

describe("guardrails on generated traces", () => {
  it("separates toxic answers from clean ones", () => {
    const spans = generateAgentTraces(createRng("guardrail"), 600, { toxicityRate: 0.2 });
    const { scores: toxicity, labels: truth } = guardrailDataset(spans, "toxicity");
    expect(toxicity).toHaveLength(600);
    const share = truth.filter(Boolean).length / truth.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.25);
    expect(rocCurve(toxicity, truth).auc).toBeGreaterThan(0.95);
  });
});

describe("selectRetrainingExamples", () => {
  const evaluation = (name: string, score: number, label: string) => ({
    name: "gen_ai.evaluation.result",
    time: 1,
    attributes: {
      "gen_ai.evaluation.name": name,
      "gen_ai.evaluation.score.value": score,
      "gen_ai.evaluation.score.label": label,
    },
  });
  const traceWith = (
    traceId: string,
    events: GenAiSpan["events"],
    status: GenAiSpan["status"] = "ok",
  ): GenAiSpan[] => [
    {
      traceId,
      spanId: `${traceId}-root`,
      parentSpanId: null,
      name: "invoke_agent a",
      startTime: 0,
      endTime: 2,
      attributes: {},
      events: [],
      status,
    },
    {
      traceId,
      spanId: `${traceId}-answer`,
      parentSpanId: `${traceId}-root`,
      name: "chat m",
      startTime: 0,
      endTime: 1,
      attributes: {},
      events,
    },
  ];

  it("keeps only traces that meet the contract and says why the others failed", () => {
    const good = [
      evaluation("relevance", 0.9, "pass"),
      evaluation("toxicity", 0.1, "pass"),
      evaluation("pii", 0.05, "pass"),
    ];
    const spans = [
      ...traceWith("good", good),
      ...traceWith("weak", [evaluation("relevance", 0.5, "pass"), ...good.slice(1)]),
      ...traceWith("toxic", [good[0]!, evaluation("toxicity", 0.8, "fail"), good[2]!]),
      ...traceWith("leaky", [good[0]!, good[1]!, evaluation("pii", 0.9, "fail")]),
      ...traceWith("unchecked", [good[0]!, good[1]!]),
      ...traceWith("failed", good, "error"),
    ];
    const { selected, rejected } = selectRetrainingExamples(spans);
    expect(selected).toEqual([{ traceId: "good", spanId: "good-answer", score: 0.9 }]);
    expect(rejected).toEqual([
      { traceId: "weak", reasons: ["relevance 0.5 < 0.7"] },
      { traceId: "toxic", reasons: ["guardrail toxicity failed"] },
      { traceId: "leaky", reasons: ["pii check did not pass"] },
      { traceId: "unchecked", reasons: ["no pii check"] },
      { traceId: "failed", reasons: ["request failed"] },
    ]);
    expect(
      selectRetrainingExamples(spans, { piiEvaluationName: null, minimumScore: 0.5 }).selected,
    ).toHaveLength(4);
  });

  it("selects a plausible share of generated traffic", () => {
    const spans = generateAgentTraces(createRng("retraining"), 300);
    const { selected, rejected } = selectRetrainingExamples(spans);
    expect(selected.length + rejected.length).toBe(300);
    expect(selected.length).toBeGreaterThan(100);
    expect(rejected.every((item) => item.reasons.length > 0)).toBe(true);
  });
});
