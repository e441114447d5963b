/**
 * One support-agent trace in the OpenTelemetry GenAI shape, built from a few seeded numbers, for
 * the cost and latency exercises: a query embedding, a planning chat call, two tool calls that
 * run in parallel, and an answer chat call. The agent span repeats the chat calls' token totals,
 * as some frameworks do (the double-count trap of Lesson 10).
 */
import type { GenAiSpan, ModelPrice, Rng } from "../../lab/index";
import type { DataTable } from "../types";
import { roundTo } from "./exercise-helpers";

/** The seeded numbers a trace is built from (seconds and token counts). */
export interface TraceShape {
  embedTokens: number;
  planInput: number;
  planOutput: number;
  planSeconds: number;
  lookupDelay: number;
  lookupSeconds: number;
  refundDelay: number;
  refundSeconds: number;
  answerInput: number;
  answerOutput: number;
  answerSeconds: number;
  answerModel: "gpt-4o" | "gpt-4o-mini";
}

/** Prices used by the trace exercises, USD per million tokens (illustrative list prices). */
export const tracePrices: Record<string, ModelPrice> = {
  "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "text-embedding-3-small": { inputPerMillion: 0.02, outputPerMillion: 0 },
};

/**
 * Draws the numbers of one trace.
 *
 * @param rng a seeded stream
 * @returns durations rounded to milliseconds and whole token counts
 * @example drawTraceShape(createRng(1)).answerModel; // "gpt-4o" or "gpt-4o-mini"
 */
export function drawTraceShape(rng: Rng): TraceShape {
  const seconds = (low: number, high: number) => roundTo(low + (high - low) * rng.uniform(), 3);
  const tokens = (low: number, high: number) => low + rng.int(high - low + 1);
  return {
    embedTokens: tokens(12, 60),
    planInput: tokens(600, 1600),
    planOutput: tokens(40, 220),
    planSeconds: seconds(0.5, 1.6),
    lookupDelay: seconds(0, 0.4),
    lookupSeconds: seconds(0.4, 1.6),
    refundDelay: seconds(0, 0.4),
    refundSeconds: seconds(0.4, 1.6),
    answerInput: tokens(1200, 3200),
    answerOutput: tokens(120, 520),
    answerSeconds: seconds(0.9, 3.2),
    answerModel: rng.uniform() < 0.7 ? "gpt-4o" : "gpt-4o-mini",
  };
}

/**
 * Builds the spans of the trace: each step starts 20 ms after the one it waits for, and the
 * answer call waits for both tools.
 *
 * @param shape the drawn numbers
 * @returns the spans, root first, times in seconds from the request's start
 * @example buildTrace(shape).length; // 6
 */
export function buildTrace(shape: TraceShape): GenAiSpan[] {
  const t = (value: number) => roundTo(value, 3);
  const embedEnd = t(0.05 + 0.08 + shape.embedTokens / 1000);
  const planStart = t(embedEnd + 0.02);
  const planEnd = t(planStart + shape.planSeconds);
  const lookupStart = t(planEnd + 0.02 + shape.lookupDelay);
  const lookupEnd = t(lookupStart + shape.lookupSeconds);
  const refundStart = t(planEnd + 0.02 + shape.refundDelay);
  const refundEnd = t(refundStart + shape.refundSeconds);
  const answerStart = t(Math.max(lookupEnd, refundEnd) + 0.02);
  const answerEnd = t(answerStart + shape.answerSeconds);
  const rootEnd = t(answerEnd + 0.05);
  const span = (
    spanId: string,
    name: string,
    startTime: number,
    endTime: number,
    attributes: GenAiSpan["attributes"],
  ): GenAiSpan => ({
    traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    spanId,
    parentSpanId: spanId === "s1" ? null : "s1",
    name,
    startTime,
    endTime,
    attributes,
    events: [],
  });
  const chat = (model: string, input: number, output: number) => ({
    "gen_ai.operation.name": "chat",
    "gen_ai.request.model": model,
    "gen_ai.usage.input_tokens": input,
    "gen_ai.usage.output_tokens": output,
  });
  return [
    span("s1", "invoke_agent support-agent", 0, rootEnd, {
      "gen_ai.operation.name": "invoke_agent",
      // Aggregated usage of the chat calls below, written by the agent framework.
      "gen_ai.usage.input_tokens": shape.planInput + shape.answerInput,
      "gen_ai.usage.output_tokens": shape.planOutput + shape.answerOutput,
    }),
    span("s2", "embeddings text-embedding-3-small", 0.05, embedEnd, {
      "gen_ai.operation.name": "embeddings",
      "gen_ai.request.model": "text-embedding-3-small",
      "gen_ai.usage.input_tokens": shape.embedTokens,
    }),
    span(
      "s3",
      "chat gpt-4o-mini",
      planStart,
      planEnd,
      chat("gpt-4o-mini", shape.planInput, shape.planOutput),
    ),
    span("s4", "execute_tool lookup_order", lookupStart, lookupEnd, {
      "gen_ai.operation.name": "execute_tool",
    }),
    span("s5", "execute_tool refund_status", refundStart, refundEnd, {
      "gen_ai.operation.name": "execute_tool",
    }),
    span(
      "s6",
      `chat ${shape.answerModel}`,
      answerStart,
      answerEnd,
      chat(shape.answerModel, shape.answerInput, shape.answerOutput),
    ),
  ];
}

/**
 * The spans as a table for the student: ids, parents, names, times and token attributes.
 *
 * @param spans the trace
 * @returns the data table (times in seconds from the request's start)
 * @example traceTable(buildTrace(shape)).rows.length; // 6
 */
export function traceTable(spans: GenAiSpan[]): DataTable {
  return {
    name: "spans of one trace",
    columns: [
      "span_id",
      "parent",
      "name",
      "gen_ai.operation.name",
      "start_s",
      "end_s",
      "input_tokens",
      "output_tokens",
    ],
    rows: spans.map((s) => [
      s.spanId,
      s.parentSpanId,
      s.name,
      String(s.attributes["gen_ai.operation.name"]),
      s.startTime,
      s.endTime,
      (s.attributes["gen_ai.usage.input_tokens"] as number | undefined) ?? null,
      (s.attributes["gen_ai.usage.output_tokens"] as number | undefined) ?? null,
    ]),
    note: "Times in seconds from the start of the request; token counts are gen_ai.usage.* attributes (empty when absent).",
  };
}
