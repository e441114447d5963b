/**
 * Exercise: the token cost of one agent trace in USD, counting only model-call spans (the agent
 * span repeats the chat calls' totals) at each model's input and output prices.
 * It practises Lesson 10.
 */
import { createRng, traceSummary } from "../../lab/index";
import type { GenAiSpan } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { formatNumber } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";
import { buildTrace, drawTraceShape, tracePrices, traceTable } from "./agent-trace";
import type { TraceShape } from "./agent-trace";

type CostParams = TraceShape;

const tokensOf = (span: GenAiSpan, key: "input" | "output") =>
  Number(span.attributes[`gen_ai.usage.${key}_tokens`] ?? 0);
const modelOf = (span: GenAiSpan) => String(span.attributes["gen_ai.request.model"] ?? "");

/** Cost with a chosen pricing rule, over a chosen set of spans (for the planted mistakes). */
function costWith(
  spans: GenAiSpan[],
  price: (span: GenAiSpan, input: number, output: number) => number,
) {
  return spans.reduce(
    (sum, span) => sum + price(span, tokensOf(span, "input"), tokensOf(span, "output")),
    0,
  );
}

const listPrice = (span: GenAiSpan, input: number, output: number) => {
  const price = tracePrices[modelOf(span)];
  return price ? (input * price.inputPerMillion + output * price.outputPerMillion) / 1e6 : 0;
};

/**
 * The USD cost and billed input tokens of one agent trace, counting model-call spans only at
 * each model's price per million tokens.
 *
 * @example traceTokenCost.solve(traceTokenCost.generate(1)).cost; // USD
 */
export const traceTokenCost = defineExercise<CostParams>({
  id: "trace-token-cost",
  title: "Token cost of an agent trace",
  objectives: ["llm-traces"],
  topic: "llm",
  lesson: "llm-traces-failure-modes",
  difficulty: 2,
  generate(seed: number): Instance<CostParams> {
    const shape = drawTraceShape(createRng(seed));
    return {
      seed,
      params: shape,
      tables: [
        traceTable(buildTrace(shape)),
        {
          name: "model prices (USD per million tokens)",
          columns: ["model", "input", "output"],
          rows: Object.entries(tracePrices).map(([model, p]) => [
            model,
            p.inputPerMillion,
            p.outputPerMillion,
          ]),
        },
      ],
    };
  },
  prompt() {
    return [
      "The table lists the spans of one request to a support agent, with the OpenTelemetry GenAI",
      "attributes `gen_ai.usage.input_tokens` and `gen_ai.usage.output_tokens` (Lesson 10, cost and",
      "latency accounting). The agent framework also writes usage totals onto the agent span.",
      "",
      "1. What did this request cost, in USD? Give 4 significant figures.",
      "2. How many input tokens were billed?",
    ].join("\n");
  },
  answer: {
    cost: {
      kind: "number",
      label: "Cost of the trace",
      unit: "USD",
      tolerance: { rule: "sigfig", digits: 4 },
      weight: 0.7,
    },
    inputTokens: {
      kind: "number",
      label: "Billed input tokens",
      unit: "tokens",
      tolerance: { rule: "absolute", atol: 0.5 },
      weight: 0.3,
    },
  },
  solve({ params }) {
    const summary = traceSummary(buildTrace(params), tracePrices);
    return { cost: summary.costUsd, inputTokens: summary.inputTokens };
  },
  mistakes(instance) {
    const spans = buildTrace(instance.params);
    const modelCalls = spans.filter((s) => s.spanId !== "s1");
    const agent = spans.filter((s) => s.spanId === "s1");
    // The agent span carries no model: pricing its totals needs a model, so the usual slip prices them as the answer model.
    const agentAsAnswer = (s: GenAiSpan, i: number, o: number) =>
      listPrice(
        {
          ...s,
          attributes: { ...s.attributes, "gen_ai.request.model": instance.params.answerModel },
        },
        i,
        o,
      );
    const swapped = (s: GenAiSpan, i: number, o: number) => listPrice(s, o, i);
    const billedInput = modelCalls.reduce((sum, s) => sum + tokensOf(s, "input"), 0);
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "cost",
        value: costWith(modelCalls, listPrice) + costWith(agent, agentAsAnswer),
        id: "counted-agent-span",
        message:
          "The agent span repeats the totals of the chat calls below it. Count tokens on model-call spans only (chat, embeddings), or the same tokens are billed twice.",
      },
      {
        part: "cost",
        value: costWith(modelCalls, swapped),
        id: "swapped-prices",
        message:
          "Input and output tokens have different prices: output tokens are the expensive ones.",
      },
      {
        part: "cost",
        value: costWith(modelCalls, agentAsAnswer),
        id: "one-price-for-all",
        message:
          "Each span is billed at the price of its own model (`gen_ai.request.model`), not the answer model's.",
      },
      {
        part: "cost",
        value: costWith(modelCalls, listPrice) * 1000,
        id: "per-thousand",
        message: "Prices are per million tokens: divide tokens × price by $10^6$, not $10^3$.",
      },
      {
        part: "inputTokens",
        value: billedInput + tokensOf(agent[0]!, "input"),
        id: "counted-agent-span",
        message: "The agent span's input tokens are the chat calls' tokens again; do not add them.",
      },
    ]);
  },
  hints: [
    "Which spans actually called a model? Look at `gen_ai.operation.name`.",
    "For each model call: cost $= (n^{\\mathrm{in}} c^{\\mathrm{in}} + n^{\\mathrm{out}} c^{\\mathrm{out}}) / 10^6$ with its own model's prices.",
    "Add the model calls only (embeddings and chat): the `invoke_agent` span's usage repeats the sum of its chat calls (not the embeddings call), so counting it bills those tokens twice.",
  ],
  solution({ params }) {
    const spans = buildTrace(params);
    const summary = traceSummary(spans, tracePrices);
    const lines = summary.spans
      .filter((line) => line.costUsd > 0)
      .map(
        (line) =>
          `- \`${line.name}\`: $${line.inputTokens}$ in, $${line.outputTokens}$ out → $${formatNumber(line.costUsd, 6)}$ USD`,
      );
    return [
      "Only model-call spans (embeddings and chat) are billed; the agent span's usage repeats the chat calls.",
      "",
      ...lines,
      "",
      `Total: $${formatNumber(summary.costUsd, 6)}$ USD (to 4 significant figures $${formatNumber(summary.costUsd, 4)}$), for $${summary.inputTokens}$ input tokens.`,
    ].join("\n");
  },
});
