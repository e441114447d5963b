import { describe, expect, it } from "vitest";
import {
  buildSpanTree,
  evaluateContract,
  guardrailCurve,
  thresholdForTargetFpr,
  traceSummary,
  zTestProportions,
} from "../../../lab/index";
import type { DataContract, GenAiSpan } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("10-llm-traces-failure-modes.md");

/** One span of the example trace, with OpenTelemetry GenAI attributes. */
function span(
  spanId: string,
  parentSpanId: string | null,
  name: string,
  [startTime, endTime]: [number, number],
  attributes: GenAiSpan["attributes"],
): GenAiSpan {
  return { traceId: "t1", spanId, parentSpanId, name, startTime, endTime, attributes, events: [] };
}

const chat = (input: number, output: number) => ({
  "gen_ai.operation.name": "chat",
  "gen_ai.provider.name": "example",
  "gen_ai.request.model": "model-a",
  "gen_ai.usage.input_tokens": input,
  "gen_ai.usage.output_tokens": output,
});

// Example "Accounting for one agent trace" (times in seconds from the start of the trace).
const agentTrace: GenAiSpan[] = [
  span("root", null, "invoke_agent support-agent", [0, 4.2], {
    "gen_ai.operation.name": "invoke_agent",
    "gen_ai.provider.name": "example",
    "gen_ai.agent.name": "support-agent",
  }),
  span("embed", "root", "embeddings embed-small", [0.1, 0.25], {
    "gen_ai.operation.name": "embeddings",
    "gen_ai.provider.name": "example",
    "gen_ai.request.model": "embed-small",
    "gen_ai.usage.input_tokens": 24,
  }),
  span("chat-1", "root", "chat model-a", [0.3, 1.9], chat(1200, 150)),
  span("lookup", "root", "execute_tool lookup_order", [1.9, 2.8], {
    "gen_ai.operation.name": "execute_tool",
    "gen_ai.tool.name": "lookup_order",
  }),
  span("chat-2", "root", "chat model-a", [2.8, 4.1], chat(1500, 300)),
];
const parallelTrace: GenAiSpan[] = [
  ...agentTrace,
  span("policy", "root", "execute_tool fetch_policy", [1.9, 2.6], {
    "gen_ai.operation.name": "execute_tool",
    "gen_ai.tool.name": "fetch_policy",
  }),
];
// hypothetical prices, dollars per million tokens
const prices = {
  "model-a": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "embed-small": { inputPerMillion: 0.02, outputPerMillion: 0 },
};

// Example "Choosing a guardrail threshold": 8 harmful, 12 benign.
const harmfulScores = [0.97, 0.93, 0.88, 0.81, 0.74, 0.66, 0.58, 0.41];
const benignScores = [0.72, 0.55, 0.47, 0.38, 0.33, 0.29, 0.22, 0.18, 0.12, 0.09, 0.05, 0.03];
const scores = [...harmfulScores, ...benignScores];
const labels = scores.map((_, index) => index < harmfulScores.length);

describe("lesson 10 worked examples: LLM traces, guardrails and failure modes", () => {
  it("validates the example trace as a rooted tree", () => {
    const tree = buildSpanTree(agentTrace);
    expect(tree.rootSpanId).toBe("root");
    expect(tree.children.root).toHaveLength(4);
  });

  it("adds up cost over model calls and self times over spans", () => {
    const summary = traceSummary(agentTrace, prices);
    // 2700 input and 450 output tokens of model-a, 24 input tokens of embed-small
    expectPrinted(passage(text, "At hypothetical prices of 2.50 and 10.00"), summary.costUsd, 8);
    const selfOf = (spanId: string) =>
      summary.spans.find((line) => line.spanId === spanId)?.selfSeconds ?? NaN;
    expectPrinted(passage(text, "At hypothetical prices of 2.50 and 10.00"), selfOf("root"), 3);
    const selfTotal = summary.spans.reduce((total, line) => total + line.selfSeconds, 0);
    expectPrinted(
      passage(text, "At hypothetical prices of 2.50 and 10.00"),
      summary.durationSeconds,
      3,
    );
    expect(selfTotal).toBeCloseTo(summary.durationSeconds, 12);
    const modelSeconds = summary.spans
      .filter((line) => line.operation === "chat")
      .reduce((total, line) => total + line.durationSeconds, 0);
    expectPrinted(passage(text, "At hypothetical prices of 2.50 and 10.00"), modelSeconds, 3);
  });

  it("shows self times exceeding wall time by the overlap of parallel tool calls", () => {
    const sequential = traceSummary(agentTrace, prices);
    const parallel = traceSummary(parallelTrace, prices);
    const selfTotal = parallel.spans.reduce((total, line) => total + line.selfSeconds, 0);
    expectPrinted(passage(text, "At hypothetical prices of 2.50 and 10.00"), selfTotal, 3);
    expectPrinted(
      passage(text, "At hypothetical prices of 2.50 and 10.00"),
      selfTotal - parallel.durationSeconds,
      3,
    );
    expect(parallel.durationSeconds).toBe(sequential.durationSeconds);
    // the parallel call finishes before the order lookup, so the critical path is unchanged
    const path = (summary: typeof parallel) => summary.criticalPath.map((piece) => piece.spanId);
    expect(path(parallel)).toEqual(path(sequential));
    expect(path(parallel)).not.toContain("policy");
  });

  it("computes TPR and FPR at fixed thresholds (flag when score >= threshold)", () => {
    const [atHalf, atSeventy] = guardrailCurve(scores, labels, [0.5, 0.7]);
    expectPrinted(passage(text, "At $\\theta = 0.5$, seven harmful"), atHalf?.tpr ?? NaN, 3);
    expectPrinted(passage(text, "At $\\theta = 0.5$, seven harmful"), atHalf?.fpr ?? NaN, 4);
    expect(atHalf?.truePositives).toBe(7);
    expect(atHalf?.falsePositives).toBe(2);
    expectPrinted(passage(text, "At $\\theta = 0.5$, seven harmful"), atSeventy?.tpr ?? NaN, 3);
    expectPrinted(passage(text, "At $\\theta = 0.5$, seven harmful"), atSeventy?.fpr ?? NaN, 4);
  });

  it("picks the operating threshold for a 10% false-positive budget", () => {
    const point = thresholdForTargetFpr(scores, labels, 0.1);
    expect(point.threshold).toBe(0.58);
    expect(text).toContain("$\\theta = 0.58$");
    expectPrinted(passage(text, "At $\\theta = 0.5$, seven harmful"), point.tpr ?? NaN, 3);
    expectPrinted(passage(text, "At $\\theta = 0.5$, seven harmful"), point.fpr ?? NaN, 4);
    // on the labelled set: 7 of the 8 flagged examples are harmful
    expect(point.truePositives).toBe(7);
    expect(point.truePositives + point.falsePositives).toBe(8);
    // production precision at prevalence 0.02, the lesson's Bayes formula
    const prevalence = 0.02;
    const tpr = point.tpr ?? NaN;
    const fpr = point.fpr ?? NaN;
    const precision = (prevalence * tpr) / (prevalence * tpr + (1 - prevalence) * fpr);
    expectPrinted(passage(text, "At $\\theta = 0.5$, seven harmful"), precision, 4);
  });

  it("detects the null spike with a two-proportion z-test and a contract rule", () => {
    // pooled z-test (Evidently's z-test stattest) on 12/2000 versus 85/2000 nulls
    const { z } = zTestProportions(12, 2000, 85, 2000);
    expectPrinted(passage(text, "The pooled two-proportion $z$-test gives"), z, 2);
    const contract: DataContract = {
      apiVersion: "v3.1.0",
      kind: "DataContract",
      id: "orders-features",
      version: "1.0.0",
      status: "active",
      schema: [
        {
          name: "orders",
          properties: [
            {
              name: "amount",
              logicalType: "number",
              quality: [{ metric: "nullValues", mustBeLessThan: 2, unit: "percent" }],
            },
          ],
        },
      ],
    };
    const rows = Array.from({ length: 2000 }, (_, index) => ({
      amount: index < 85 ? null : 10 + (index % 50),
    }));
    const evaluation = evaluateContract(contract, rows);
    const nullRule = evaluation.results.find((result) => result.metric === "nullValues");
    expect(nullRule?.observed).toBeCloseTo(4.25, 12);
    expect(nullRule?.passed).toBe(false);
    expect(evaluation.action).toBe("quarantine");
    expect(evaluation.quarantinedRowIndexes).toHaveLength(85);
    expect(text.replace(/\s+/g, " ")).toContain("quarantines its 85 null rows");
    expect(text).toContain("(4.25%)");
  });

  it("writes the judge's raw flagged share as the true rate pulled towards q0", () => {
    // q = λπ + (1 − λ)q₀ with λ = Se + Sp − 1 and q₀ = (1 − Sp)/((1 − Se) + (1 − Sp)): with the
    // example's Se 0.85, Sp 0.95 and π 0.0875, q₀ = 0.25 and q = 0.12, the flagged share.
    const sensitivity = 34 / 40;
    const specificity = 152 / 160;
    const lambda = sensitivity + specificity - 1;
    const q0 = (1 - specificity) / (1 - sensitivity + (1 - specificity));
    expect(q0).toBeCloseTo(0.25, 12);
    expect(lambda * 0.0875 + (1 - lambda) * q0).toBeCloseTo(0.12, 12);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("so it overstates rare failures ($\\pi < q_0$)");
  });
});
