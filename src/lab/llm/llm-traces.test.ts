import { describe, expect, it } from "vitest";
import {
  explicitBucketHistogram,
  genAiOperationDurationBuckets,
  genAiTokenUsageBuckets,
  operationDurationHistogram,
  tokenUsageHistogram,
} from "./gen-ai-metrics";
import { exampleModelPrices, generateAgentTraces } from "./llm-trace-generator";
import { buildSpanTree, groupSpansByTrace } from "./llm-traces";
import type { GenAiSpan } from "./llm-traces";
import { createRng } from "../random/rng";
import { traceSummary } from "./trace-summary";

const span = (
  spanId: string,
  parentSpanId: string | null,
  startTime: number,
  endTime: number,
  attributes: GenAiSpan["attributes"] = {},
): GenAiSpan => ({
  traceId: "t1",
  spanId,
  parentSpanId,
  name: String(attributes["gen_ai.operation.name"] ?? "step"),
  startTime,
  endTime,
  attributes,
  events: [],
});
const chat = (input: number, output: number) => ({
  "gen_ai.operation.name": "chat",
  "gen_ai.request.model": "m1",
  "gen_ai.usage.input_tokens": input,
  "gen_ai.usage.output_tokens": output,
});

// root [0, 10]: A chat [1, 4]; B tool [4, 9] with C chat [5, 8]; D tool [4, 6] in parallel with B.
const trace = [
  span("root", null, 0, 10, {
    "gen_ai.operation.name": "invoke_agent",
    "gen_ai.usage.input_tokens": 1500,
  }),
  span("A", "root", 1, 4, chat(1000, 200)),
  span("B", "root", 4, 9, { "gen_ai.operation.name": "execute_tool" }),
  span("C", "B", 5, 8, chat(500, 100)),
  span("D", "root", 4, 6, { "gen_ai.operation.name": "execute_tool" }),
];
const prices = { m1: { inputPerMillion: 2, outputPerMillion: 8 } };

describe("buildSpanTree", () => {
  it("builds children by start time, depths and a depth-first order", () => {
    const tree = buildSpanTree(trace);
    expect(tree.rootSpanId).toBe("root");
    expect(tree.children.root).toEqual(["A", "B", "D"]);
    expect(tree.depth).toEqual({ root: 0, A: 1, B: 1, C: 2, D: 1 });
    expect(tree.order).toEqual(["root", "A", "B", "C", "D"]);
  });

  it("rejects every malformed trace with one clear message", () => {
    expect(() => buildSpanTree([])).toThrow("buildSpanTree requires at least one span");
    expect(() => buildSpanTree([...trace, span("E", null, 0, 1)])).toThrow(
      "buildSpanTree requires exactly one root span (found 2)",
    );
    expect(() => buildSpanTree([...trace, span("E", "ghost", 0, 1)])).toThrow(
      'buildSpanTree found span "E" with missing parent "ghost"',
    );
    expect(() => buildSpanTree([...trace, span("A", "root", 0, 1)])).toThrow(
      'buildSpanTree found span id "A" twice',
    );
    expect(() => buildSpanTree([...trace, span("E", "F", 0, 1), span("F", "E", 0, 1)])).toThrow(
      "buildSpanTree found 2 spans unreachable from the root (a cycle)",
    );
    expect(() => buildSpanTree([...trace, { ...span("E", "root", 0, 1), traceId: "t2" }])).toThrow(
      "buildSpanTree requires spans of one trace (found 2 trace ids)",
    );
    expect(() => buildSpanTree([span("root", null, 5, 4)])).toThrow(
      'buildSpanTree requires endTime >= startTime (span "root")',
    );
  });
});

describe("traceSummary", () => {
  const summary = traceSummary(trace, prices);

  it("counts tokens and cost of model calls only (not the agent's aggregate)", () => {
    expect(summary.inputTokens).toBe(1500);
    expect(summary.outputTokens).toBe(300);
    // 1000·2/1e6 + 200·8/1e6 + 500·2/1e6 + 100·8/1e6
    expect(summary.costUsd).toBeCloseTo(0.0054, 15);
    expect(() => traceSummary(trace, {})).toThrow('traceSummary has no price for model "m1"');
  });

  it("computes self time as duration minus the union of children", () => {
    const self = Object.fromEntries(summary.spans.map((line) => [line.spanId, line.selfSeconds]));
    expect(self).toEqual({ root: 2, A: 3, B: 2, C: 3, D: 2 });
    expect(summary.durationSeconds).toBe(10);
  });

  it("finds the critical path; its pieces add up to the root duration", () => {
    expect(summary.criticalPath).toEqual([
      { spanId: "root", start: 0, end: 1 },
      { spanId: "A", start: 1, end: 4 },
      { spanId: "B", start: 4, end: 5 },
      { spanId: "C", start: 5, end: 8 },
      { spanId: "B", start: 8, end: 9 },
      { spanId: "root", start: 9, end: 10 },
    ]);
    expect(summary.criticalPath.some((piece) => piece.spanId === "D")).toBe(false);
  });
});

describe("generateAgentTraces", () => {
  const spans = generateAgentTraces(createRng("traces"), 40, { meanToolCalls: 2 });
  const traces = Object.values(groupSpansByTrace(spans));

  it("produces valid trees named by the GenAI convention", () => {
    expect(traces).toHaveLength(40);
    for (const traceSpans of traces) {
      const tree = buildSpanTree(traceSpans);
      expect(traceSpans.find((item) => item.spanId === tree.rootSpanId)?.name).toBe(
        "invoke_agent support-agent",
      );
    }
    for (const item of spans) {
      const operation = item.attributes["gen_ai.operation.name"];
      const target =
        item.attributes["gen_ai.request.model"] ??
        item.attributes["gen_ai.tool.name"] ??
        item.attributes["gen_ai.agent.name"];
      expect(item.name).toBe(`${operation} ${target}`);
      expect(item.attributes["gen_ai.provider.name"]).toBe("openai");
      expect(item.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(item.spanId).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it("attaches three evaluation results to the final answer span", () => {
    for (const traceSpans of traces) {
      const evaluated = traceSpans.filter((item) => item.events.length > 0);
      expect(evaluated).toHaveLength(1);
      expect(
        evaluated[0]!.events.map((event) => [
          event.name,
          event.attributes["gen_ai.evaluation.name"],
        ]),
      ).toEqual([
        ["gen_ai.evaluation.result", "relevance"],
        ["gen_ai.evaluation.result", "toxicity"],
        ["gen_ai.evaluation.result", "pii"],
      ]);
    }
  });

  it("every summary prices its calls and has a critical path covering the request", () => {
    for (const traceSpans of traces) {
      const summary = traceSummary(traceSpans, exampleModelPrices);
      const covered = summary.criticalPath.reduce(
        (total, piece) => total + piece.end - piece.start,
        0,
      );
      expect(covered).toBeCloseTo(summary.durationSeconds, 9);
      expect(summary.costUsd).toBeGreaterThan(0);
    }
  });

  it("is reproducible and rejects bad options", () => {
    expect(generateAgentTraces(createRng(1), 3)).toEqual(generateAgentTraces(createRng(1), 3));
    expect(() => generateAgentTraces(createRng(1), 0)).toThrow(
      "generateAgentTraces requires count to be a positive integer",
    );
    expect(() => generateAgentTraces(createRng(1), 1, { toxicityRate: 2 })).toThrow(
      "generateAgentTraces requires probabilities in [0, 1]",
    );
  });
});

describe("GenAI metric histograms (OpenTelemetry semantic conventions for generative AI metrics)", () => {
  it("uses the recommended bucket boundaries", () => {
    expect(genAiTokenUsageBuckets).toEqual([
      1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864,
    ]);
    expect(genAiOperationDurationBuckets).toEqual([
      0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
    ]);
  });

  it("counts each value in the first bucket whose upper bound is >= the value", () => {
    expect(explicitBucketHistogram([1, 2, 4, 5, 0], [1, 4])).toEqual({
      boundaries: [1, 4],
      counts: [2, 2, 1],
      count: 5,
      sum: 12,
      min: 0,
      max: 5,
    });
    expect(() => explicitBucketHistogram([1], [2, 2])).toThrow(
      "explicitBucketHistogram requires strictly increasing boundaries",
    );
    expect(() => explicitBucketHistogram([NaN], [1])).toThrow(
      "explicitBucketHistogram requires finite values (found NaN at index 0)",
    );
  });

  it("builds token and duration histograms from spans", () => {
    const input = tokenUsageHistogram(trace, "input");
    expect(input.count).toBe(2); // model calls only: the agent's aggregate is not a client call
    expect(input.counts[genAiTokenUsageBuckets.indexOf(1024)]).toBe(2); // 500 and 1000 in (256, 1024]
    expect(
      operationDurationHistogram(trace).counts[genAiOperationDurationBuckets.indexOf(5.12)],
    ).toBe(2);
  });
});
