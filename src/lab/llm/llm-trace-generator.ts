/**
 * A seeded generator of agent traces in the OpenTelemetry GenAI shape.
 *
 * It serves Lesson 10 (observability for LLM systems). Each trace is one request to a support
 * agent: `invoke_agent` at the root; below it a query embedding, a knowledge-base search tool, a
 * planning `chat` call, zero or more tool calls (sometimes in parallel, sometimes failing), and a
 * final `chat` call carrying `gen_ai.evaluation.result` events: a relevance score, a toxicity
 * guardrail and a PII check. The simulation also records the ground truth a real system would not
 * know (`app.ground_truth.violation`), so guardrail thresholds can be scored.
 */

import { LabError } from "../core/errors";
import type { GenAiEvent, GenAiSpan } from "./llm-traces";
import type { ModelPrice } from "./trace-summary";
import type { Rng } from "../random/rng";

/**
 * Illustrative prices, USD per million input and output tokens, for the models the generator
 * uses (list prices change: pass your own to `traceSummary` for real estimates).
 *
 * @example
 * traceSummary(traceSpans, exampleModelPrices).costUsd;
 */
export const exampleModelPrices: Readonly<Record<string, ModelPrice>> = Object.freeze({
  "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "text-embedding-3-small": { inputPerMillion: 0.02, outputPerMillion: 0 },
});

/** Options of {@link generateAgentTraces}. */
export interface AgentTraceOptions {
  /** Start time of the first trace, seconds (default 1 700 000 000). */
  startTime?: number;
  /** Seconds between trace starts (default 60). */
  spacingSeconds?: number;
  /** Mean number of extra tool calls per request, Poisson (default 1). */
  meanToolCalls?: number;
  /** Probability that a tool call fails (default 0.05). */
  toolFailureRate?: number;
  /** Probability that an answer is truly toxic (default 0.05). */
  toxicityRate?: number;
  /** Probability that an answer truly contains PII (default 0.03). */
  piiRate?: number;
  /** Mean relevance score of answers, in (0, 1) (default 0.75). */
  meanRelevance?: number;
  /** Model of the final answer (default "gpt-4o"). */
  answerModel?: string;
}

const tools = ["lookup_order", "refund_status", "update_address", "escalate_ticket"];
const clamp = (value: number) => Math.min(1, Math.max(0, value));
const hex = (rng: Rng, length: number) =>
  Array.from({ length }, () => rng.int(16).toString(16)).join("");

function evaluation(
  name: string,
  time: number,
  score: number,
  label: string,
  explanation: string,
  truth?: boolean,
): GenAiEvent {
  const attributes: GenAiEvent["attributes"] = {
    "gen_ai.evaluation.name": name,
    "gen_ai.evaluation.score.value": Math.round(score * 1000) / 1000,
    "gen_ai.evaluation.score.label": label,
    "gen_ai.evaluation.explanation": explanation,
  };
  if (truth !== undefined) attributes["app.ground_truth.violation"] = truth;
  return { name: "gen_ai.evaluation.result", time, attributes };
}

/**
 * Generates `count` agent traces; spans of all traces in one flat list, parents before children.
 *
 * @param rng - seeded random source
 * @param count - number of traces
 * @param options - see {@link AgentTraceOptions}
 * @returns the spans
 * @throws {LabError} on a non-positive count or a probability outside [0, 1]
 * @example
 * const spans = generateAgentTraces(createRng(5), 100, { toxicityRate: 0.1 });
 */
export function generateAgentTraces(
  rng: Rng,
  count: number,
  options: AgentTraceOptions = {},
): GenAiSpan[] {
  if (!Number.isInteger(count) || count < 1)
    throw new LabError("generateAgentTraces requires count to be a positive integer");
  const toolFailureRate = options.toolFailureRate ?? 0.05;
  const toxicityRate = options.toxicityRate ?? 0.05;
  const piiRate = options.piiRate ?? 0.03;
  const meanRelevance = options.meanRelevance ?? 0.75;
  for (const probability of [toolFailureRate, toxicityRate, piiRate, meanRelevance]) {
    if (!(probability >= 0 && probability <= 1))
      throw new LabError("generateAgentTraces requires probabilities in [0, 1]");
  }
  const answerModel = options.answerModel ?? "gpt-4o";
  const spans: GenAiSpan[] = [];
  for (let trace = 0; trace < count; trace += 1) {
    const traceId = hex(rng, 32);
    const rootId = hex(rng, 16);
    const start = (options.startTime ?? 1_700_000_000) + trace * (options.spacingSeconds ?? 60);
    const children: GenAiSpan[] = [];
    const child = (
      name: string,
      begin: number,
      duration: number,
      attributes: GenAiSpan["attributes"],
    ): GenAiSpan => {
      const span: GenAiSpan = {
        traceId,
        spanId: hex(rng, 16),
        parentSpanId: rootId,
        name,
        startTime: begin,
        // Microsecond resolution keeps durations readable at epoch-sized timestamps.
        endTime: Math.round((begin + duration) * 1e6) / 1e6,
        attributes: { "gen_ai.provider.name": "openai", ...attributes },
        events: [],
        status: "unset",
      };
      children.push(span);
      return span;
    };
    const model = (operation: string, name: string, begin: number, input: number, output: number) =>
      child(
        `${operation} ${name}`,
        begin,
        (0.15 + output * 0.012 + input * 0.00005) * rng.lognormal(0, 0.25),
        {
          "gen_ai.operation.name": operation,
          "gen_ai.request.model": name,
          "gen_ai.response.model": name,
          "gen_ai.response.id": `resp_${hex(rng, 12)}`,
          "gen_ai.usage.input_tokens": input,
          "gen_ai.usage.output_tokens": output,
          ...(operation === "chat" ? { "gen_ai.response.finish_reasons": ["stop"] } : {}),
        },
      );
    const tool = (name: string, begin: number) => {
      const span = child(`execute_tool ${name}`, begin, rng.lognormal(-1.5, 0.6), {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
        "gen_ai.tool.type": name === "search_knowledge_base" ? "datastore" : "function",
      });
      if (rng.uniform() < toolFailureRate) span.status = "error";
      return span;
    };
    const embedding = model(
      "embeddings",
      "text-embedding-3-small",
      start + 0.01,
      Math.round(rng.lognormal(3.5, 0.4)),
      0,
    );
    const search = tool("search_knowledge_base", embedding.endTime);
    const context = Math.round(rng.lognormal(7, 0.4));
    const plan = model(
      "chat",
      "gpt-4o-mini",
      search.endTime,
      context,
      Math.round(rng.lognormal(3.5, 0.5)),
    );
    // Extra tool calls start together: the slowest one is on the critical path.
    const calls = Array.from({ length: rng.poisson(options.meanToolCalls ?? 1) }, () =>
      tool(rng.choice(tools), Math.round((plan.endTime + rng.uniform() * 0.02) * 1e6) / 1e6),
    );
    const answerStart = calls.reduce(
      (latest, call) => Math.max(latest, call.endTime),
      plan.endTime,
    );
    const answer = model(
      "chat",
      answerModel,
      answerStart,
      context + 200 * calls.length,
      Math.round(rng.lognormal(5.3, 0.5)),
    );
    const toxic = rng.uniform() < toxicityRate;
    const hasPii = rng.uniform() < piiRate;
    const relevance = clamp(rng.normal(meanRelevance, 0.15));
    const toxicity = clamp(rng.normal(toxic ? 0.7 : 0.2, 0.15));
    const pii = clamp(rng.normal(hasPii ? 0.8 : 0.1, 0.1));
    answer.events.push(
      evaluation(
        "relevance",
        answer.endTime,
        relevance,
        relevance >= 0.5 ? "pass" : "fail",
        "answer addresses the question",
      ),
      evaluation(
        "toxicity",
        answer.endTime,
        toxicity,
        toxicity >= 0.5 ? "fail" : "pass",
        "toxicity classifier score",
        toxic,
      ),
      evaluation(
        "pii",
        answer.endTime,
        pii,
        pii >= 0.5 ? "fail" : "pass",
        "PII detector score",
        hasPii,
      ),
    );
    const end = Math.round((answer.endTime + 0.005) * 1e6) / 1e6;
    spans.push(
      {
        traceId,
        spanId: rootId,
        parentSpanId: null,
        name: "invoke_agent support-agent",
        startTime: start,
        endTime: end,
        events: [],
        status: calls.some((call) => call.status === "error") ? "error" : "ok",
        attributes: {
          "gen_ai.operation.name": "invoke_agent",
          "gen_ai.provider.name": "openai",
          "gen_ai.agent.name": "support-agent",
          "gen_ai.conversation.id": `conv_${hex(rng, 8)}`,
        },
      },
      ...children,
    );
  }
  return spans;
}
