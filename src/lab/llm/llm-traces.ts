/**
 * LLM traces shaped like the OpenTelemetry GenAI semantic conventions: span trees, tokens, cost
 * and latency per trace.
 *
 * It serves Lesson 10 (observability for LLM systems). One user request becomes a trace: an agent
 * span with model calls (`chat`, `embeddings`) and tool calls (`execute_tool`) below it. Span names
 * are `{gen_ai.operation.name} {gen_ai.request.model}` (tools: `execute_tool {gen_ai.tool.name}`),
 * token usage sits in `gen_ai.usage.input_tokens` / `gen_ai.usage.output_tokens`, and evaluation
 * results are `gen_ai.evaluation.result` events on the evaluated span. Times are in seconds.
 */

import { LabError } from "../core/errors";

/** An attribute value (OpenTelemetry allows primitives and arrays of them). */
export type AttributeValue = string | number | boolean | string[] | number[];

/** A span event, e.g. `gen_ai.evaluation.result`. */
export interface GenAiEvent {
  name: string;
  time: number;
  attributes: Record<string, AttributeValue>;
}

/** One span. `parentSpanId` is null for the root. */
export interface GenAiSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  startTime: number;
  endTime: number;
  attributes: Record<string, AttributeValue>;
  events: GenAiEvent[];
  status?: "unset" | "ok" | "error";
}

/** A validated span tree of one trace. */
export interface SpanTree {
  traceId: string;
  rootSpanId: string;
  /** Children of each span, by start time. */
  children: Record<string, string[]>;
  depth: Record<string, number>;
  /** Depth-first order, parents before children. */
  order: string[];
}

/**
 * Groups spans by trace id, keeping their order.
 *
 * @param spans - spans of any number of traces
 * @returns trace id to its spans
 * @example
 * Object.keys(groupSpansByTrace(spans)).length; // number of traces
 */
export function groupSpansByTrace(spans: GenAiSpan[]): Record<string, GenAiSpan[]> {
  const groups: Record<string, GenAiSpan[]> = {};
  for (const span of spans) (groups[span.traceId] ??= []).push(span);
  return groups;
}

/**
 * Builds and validates the span tree of one trace: one trace id, unique span ids, end ≥ start,
 * exactly one root, every parent present, every span reachable from the root (no cycles).
 *
 * @param spans - the spans of one trace
 * @returns the tree
 * @throws {LabError} naming the first violated rule
 * @example
 * buildSpanTree(trace).order[0] === buildSpanTree(trace).rootSpanId; // true
 */
export function buildSpanTree(spans: GenAiSpan[]): SpanTree {
  if (!Array.isArray(spans) || spans.length === 0)
    throw new LabError("buildSpanTree requires at least one span");
  const traceIds = new Set(spans.map((span) => span.traceId));
  if (traceIds.size !== 1)
    throw new LabError(
      `buildSpanTree requires spans of one trace (found ${traceIds.size} trace ids)`,
    );
  const byId = new Map<string, GenAiSpan>();
  for (const span of spans) {
    if (byId.has(span.spanId))
      throw new LabError(`buildSpanTree found span id "${span.spanId}" twice`);
    if (!(span.endTime >= span.startTime))
      throw new LabError(`buildSpanTree requires endTime >= startTime (span "${span.spanId}")`);
    byId.set(span.spanId, span);
  }
  const roots = spans.filter(
    (span) => span.parentSpanId === null || span.parentSpanId === undefined,
  );
  if (roots.length !== 1)
    throw new LabError(`buildSpanTree requires exactly one root span (found ${roots.length})`);
  const children: Record<string, string[]> = Object.fromEntries(
    spans.map((span) => [span.spanId, [] as string[]]),
  );
  for (const span of spans) {
    if (span === roots[0]) continue;
    if (!byId.has(span.parentSpanId!)) {
      throw new LabError(
        `buildSpanTree found span "${span.spanId}" with missing parent "${span.parentSpanId}"`,
      );
    }
    children[span.parentSpanId!]!.push(span.spanId);
  }
  for (const list of Object.values(children))
    list.sort((a, b) => byId.get(a)!.startTime - byId.get(b)!.startTime);
  const rootSpanId = roots[0]!.spanId;
  const depth: Record<string, number> = {};
  const order: string[] = [];
  const stack: [string, number][] = [[rootSpanId, 0]];
  while (stack.length > 0) {
    const [spanId, level] = stack.pop()!;
    depth[spanId] = level;
    order.push(spanId);
    // Push in reverse so the earliest child is visited first.
    for (const child of [...children[spanId]!].reverse()) stack.push([child, level + 1]);
  }
  if (order.length !== spans.length) {
    throw new LabError(
      `buildSpanTree found ${spans.length - order.length} spans unreachable from the root (a cycle)`,
    );
  }
  return { traceId: spans[0]!.traceId, rootSpanId, children, depth, order };
}

const modelOperations = new Set(["chat", "text_completion", "generate_content", "embeddings"]);

/**
 * True for spans of model calls (`gen_ai.operation.name` chat, text_completion,
 * generate_content or embeddings): the spans whose token usage is counted. Agent and tool spans
 * are excluded because an agent span may repeat the totals of the calls below it.
 *
 * @param span - any span
 * @returns whether it is a model call
 * @example
 * spans.filter(isModelCallSpan).length;
 */
export function isModelCallSpan(span: GenAiSpan): boolean {
  return modelOperations.has(String(span.attributes["gen_ai.operation.name"] ?? ""));
}
