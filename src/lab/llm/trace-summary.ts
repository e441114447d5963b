/**
 * Tokens, cost and latency of one LLM trace: per-span self time, totals and the critical path.
 *
 * It serves Lesson 10 (observability for LLM systems). Cost is tokens × price per million tokens of
 * the model that served the call; latency is explained by the critical path, the chain of spans
 * that the request actually waited for (parallel tool calls off that path do not add latency).
 */

import { LabError } from "../core/errors";
import { buildSpanTree, isModelCallSpan } from "./llm-traces";
import type { GenAiSpan } from "./llm-traces";

/** Price of a model, USD per one million tokens. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
}

/** Per-span line of a trace summary. */
export interface SpanCost {
  spanId: string;
  name: string;
  operation: string;
  durationSeconds: number;
  /** Duration not covered by any child span. */
  selfSeconds: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** Tokens, cost and latency of one trace. */
export interface TraceSummary {
  traceId: string;
  spanCount: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  durationSeconds: number;
  spans: SpanCost[];
  /** Consecutive pieces of the root's duration, each attributed to the span that was the bottleneck. */
  criticalPath: { spanId: string; start: number; end: number }[];
}

const coveredLength = (intervals: [number, number][]) => {
  let total = 0;
  let reach = -Infinity;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end > reach) total += end - Math.max(start, reach);
    reach = Math.max(reach, end);
  }
  return total;
};

/**
 * Summarises one trace: tokens and cost of model calls (`chat`, `text_completion`,
 * `generate_content`, `embeddings`; the model is `gen_ai.response.model`, else
 * `gen_ai.request.model`), each span's total and self time, and the critical path (from the end
 * backwards: the child finishing last before the cursor is the bottleneck; gaps are the parent's).
 *
 * @param spans - the spans of one trace
 * @param prices - model name to price per million tokens
 * @returns the summary; critical-path pieces add up to the root duration
 * @throws {LabError} on an invalid tree, or a model call with tokens and no price
 * @example
 * traceSummary(trace, { "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 } }).costUsd;
 */
export function traceSummary(spans: GenAiSpan[], prices: Record<string, ModelPrice>): TraceSummary {
  const tree = buildSpanTree(spans);
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const lines: SpanCost[] = tree.order.map((spanId) => {
    const span = byId.get(spanId)!;
    const operation = String(span.attributes["gen_ai.operation.name"] ?? "");
    const counted = isModelCallSpan(span);
    const inputTokens = counted ? Number(span.attributes["gen_ai.usage.input_tokens"] ?? 0) : 0;
    const outputTokens = counted ? Number(span.attributes["gen_ai.usage.output_tokens"] ?? 0) : 0;
    const model = String(
      span.attributes["gen_ai.response.model"] ?? span.attributes["gen_ai.request.model"] ?? "",
    );
    const price = prices[model];
    if (!price && inputTokens + outputTokens > 0)
      throw new LabError(`traceSummary has no price for model "${model}"`);
    const costUsd = price
      ? (inputTokens * price.inputPerMillion + outputTokens * price.outputPerMillion) / 1e6
      : 0;
    const childIntervals = tree.children[spanId]!.map((child): [number, number] => {
      const { startTime, endTime } = byId.get(child)!;
      return [Math.max(startTime, span.startTime), Math.min(endTime, span.endTime)];
    }).filter(([start, end]) => end > start);
    const durationSeconds = span.endTime - span.startTime;
    return {
      spanId,
      name: span.name,
      operation,
      durationSeconds,
      selfSeconds: durationSeconds - coveredLength(childIntervals),
      inputTokens,
      outputTokens,
      costUsd,
    };
  });
  const criticalPath: { spanId: string; start: number; end: number }[] = [];
  // Spans are clipped to [floor, limit] so a child that overruns its parent cannot double count.
  const walk = (spanId: string, floor: number, limit: number) => {
    const span = byId.get(spanId)!;
    const start = Math.max(span.startTime, floor);
    let cursor = Math.min(span.endTime, limit);
    const remaining = tree.children[spanId]!.map((child) => byId.get(child)!);
    while (cursor > start) {
      const candidates = remaining.filter((child) => child.startTime < cursor);
      if (candidates.length === 0) break;
      const next = candidates.reduce((best, child) =>
        Math.min(child.endTime, cursor) > Math.min(best.endTime, cursor) ? child : best,
      );
      const nextEnd = Math.min(next.endTime, cursor);
      if (nextEnd < cursor)
        criticalPath.push({ spanId, start: Math.max(nextEnd, start), end: cursor });
      if (nextEnd > start) walk(next.spanId, start, nextEnd);
      remaining.splice(remaining.indexOf(next), 1);
      cursor = Math.max(Math.min(next.startTime, nextEnd), start);
    }
    if (cursor > start) criticalPath.push({ spanId, start, end: cursor });
  };
  walk(tree.rootSpanId, -Infinity, Infinity);
  criticalPath.sort((a, b) => a.start - b.start);
  const root = byId.get(tree.rootSpanId)!;
  const sum = (key: "inputTokens" | "outputTokens" | "costUsd") =>
    lines.reduce((total, line) => total + line[key], 0);
  return {
    traceId: tree.traceId,
    spanCount: spans.length,
    inputTokens: sum("inputTokens"),
    outputTokens: sum("outputTokens"),
    costUsd: sum("costUsd"),
    durationSeconds: root.endTime - root.startTime,
    spans: lines,
    criticalPath,
  };
}
