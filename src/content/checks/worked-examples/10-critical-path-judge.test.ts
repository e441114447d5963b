import { describe, expect, it } from "vitest";
import { traceSummary, wilsonInterval } from "../../../lab/index";
import type { GenAiSpan } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("10-llm-traces-failure-modes.md");

function span(
  spanId: string,
  name: string,
  [startTime, endTime]: [number, number],
  attributes: GenAiSpan["attributes"] = {},
): GenAiSpan {
  const parentSpanId = spanId === "root" ? null : "root";
  return { traceId: "t1", spanId, parentSpanId, name, startTime, endTime, attributes, events: [] };
}

const chat = (input: number, output: number) => ({
  "gen_ai.operation.name": "chat",
  "gen_ai.request.model": "model-a",
  "gen_ai.usage.input_tokens": input,
  "gen_ai.usage.output_tokens": output,
});

// The accounting example with the parallel fetch_policy call.
const trace: GenAiSpan[] = [
  span("root", "invoke_agent support-agent", [0, 4.2], { "gen_ai.operation.name": "invoke_agent" }),
  span("embed", "embeddings embed-small", [0.1, 0.25], {
    "gen_ai.operation.name": "embeddings",
    "gen_ai.request.model": "embed-small",
    "gen_ai.usage.input_tokens": 24,
  }),
  span("chat-1", "chat model-a", [0.3, 1.9], chat(1200, 150)),
  span("lookup", "execute_tool lookup_order", [1.9, 2.8], {
    "gen_ai.operation.name": "execute_tool",
  }),
  span("chat-2", "chat model-a", [2.8, 4.1], chat(1500, 300)),
  span("policy", "execute_tool fetch_policy", [1.9, 2.6], {
    "gen_ai.operation.name": "execute_tool",
  }),
];
const prices = {
  "model-a": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "embed-small": { inputPerMillion: 0.02, outputPerMillion: 0 },
};

describe("lesson 10: the critical path of the example trace", () => {
  const summary = traceSummary(trace, prices);
  const walk = passage(text, "walking back from 4.200 s");

  it("prints the pieces the lab finds, in the order of the backward walk", () => {
    const pieces = [...summary.criticalPath].reverse();
    expect(pieces.map((piece) => piece.spanId)).toEqual([
      "root",
      "chat-2",
      "lookup",
      "chat-1",
      "root",
      "embed",
      "root",
    ]);
    let position = 0;
    for (const piece of pieces) {
      const printed = `[${piece.start.toFixed(3)}, ${piece.end.toFixed(3)}]`;
      const found = walk.indexOf(printed, position);
      expect(found, printed).toBeGreaterThanOrEqual(0);
      position = found;
    }
    expect(summary.criticalPath.some((piece) => piece.spanId === "policy")).toBe(false);
  });

  it("prints the path's length, its model time and the agent's own time", () => {
    const length = (ids: string[]) =>
      summary.criticalPath
        .filter((piece) => ids.includes(piece.spanId))
        .reduce((total, piece) => total + piece.end - piece.start, 0);
    expectPrinted(walk, length(["root", "embed", "chat-1", "lookup", "chat-2"]), 3);
    expectPrinted(walk, length(["chat-1", "chat-2"]), 3);
    expectPrinted(walk, length(["root"]), 3);
  });
});

describe("lesson 10: correcting a judge's prevalence (Rogan–Gladen)", () => {
  const example = passage(text, "People label 200 uniformly sampled traces");
  const sensitivity = 34 / 40;
  const specificity = 152 / 160;
  const flagged = 0.12;
  const roganGladen = (se: number, sp: number) => (flagged + sp - 1) / (se + sp - 1);

  it("prints the judge's sensitivity, specificity and the corrected rate", () => {
    expectPrinted(example, sensitivity, 2);
    expectPrinted(example, specificity, 2);
    expectPrinted(example, roganGladen(sensitivity, specificity), 4);
    // The corrected rate reproduces the flagged share through q = π·Se + (1 − π)(1 − Sp).
    const pi = roganGladen(sensitivity, specificity);
    expect(pi * sensitivity + (1 - pi) * (1 - specificity)).toBeCloseTo(flagged, 12);
  });

  it("prints the Wilson intervals and the range of corrected rates their ends give", () => {
    // Wilson's formula in Python with z = 1.959964: (34, 40) gives (0.709277, 0.929388);
    // (152, 160) = (0.904449, 0.974449).
    const [seLow, seHigh] = wilsonInterval(34, 40);
    const [spLow, spHigh] = wilsonInterval(152, 160);
    for (const end of [seLow, seHigh, spLow, spHigh]) expectPrinted(example, end, 4);
    // The corrected rate falls as Se rises and rises with Sp (its Sp-derivative is (Se − q)/(Se + Sp − 1)²).
    expectPrinted(example, roganGladen(seHigh, spLow), 4);
    expectPrinted(example, roganGladen(seLow, spHigh), 4);
  });
});
