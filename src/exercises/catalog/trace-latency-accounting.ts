/**
 * Exercise: latency accounting on one agent trace with two parallel tool calls: the sum of self
 * times, the root's self time, and what a faster tool would save (only on the critical path).
 * It practises Lesson 10.
 */
import { createRng, traceSummary } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { formatNumber, roundTo } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";
import { buildTrace, drawTraceShape, tracePrices, traceTable } from "./agent-trace";
import type { TraceShape } from "./agent-trace";

type LatencyParams = TraceShape;

const speedUp = 0.3;
const tolerance = { rule: "absolute" as const, atol: 0.0015 };

const durationOf = (shape: TraceShape) => {
  const root = buildTrace(shape)[0]!;
  return root.endTime - root.startTime;
};

/**
 * Sum of self times, the root's self time and the wall-time saving of a faster tool call, in
 * seconds, on a trace with two parallel tool calls.
 *
 * @example traceLatencyAccounting.solve(traceLatencyAccounting.generate(1)).saving; // seconds
 */
export const traceLatencyAccounting = defineExercise<LatencyParams>({
  id: "trace-latency-accounting",
  title: "Self time and the critical path of an agent trace",
  objectives: ["llm-traces", "notebook-simulations"],
  topic: "llm",
  lesson: "llm-traces-failure-modes",
  difficulty: 3,
  generate(seed: number): Instance<LatencyParams> {
    const shape = drawTraceShape(createRng(seed));
    return { seed, params: shape, tables: [traceTable(buildTrace(shape))] };
  },
  prompt() {
    return [
      "The table lists the spans of one request to a support agent; all spans are children of the",
      "`invoke_agent` root, and the two tool calls run in parallel (Lesson 10, cost and latency",
      "accounting). Times are in seconds; give every answer in seconds to the millisecond.",
      "",
      "1. The sum of the self times of all six spans.",
      "2. The self time of the root span.",
      `3. In this agent, the answer call starts 20 ms after the last tool call ends. If \`lookup_order\``,
      `   became ${speedUp * 1000} ms faster (same start), by how much would the request's wall time shrink?`,
    ].join("\n");
  },
  answer: {
    selfSum: { kind: "number", label: "Sum of self times", unit: "s", tolerance, weight: 0.35 },
    rootSelf: { kind: "number", label: "Self time of the root", unit: "s", tolerance, weight: 0.3 },
    saving: { kind: "number", label: "Wall-time saving", unit: "s", tolerance, weight: 0.35 },
  },
  solve({ params }) {
    const summary = traceSummary(buildTrace(params), tracePrices);
    const selfSum = summary.spans.reduce((sum, line) => sum + line.selfSeconds, 0);
    const faster = { ...params, lookupSeconds: roundTo(params.lookupSeconds - speedUp, 3) };
    return {
      selfSum: roundTo(selfSum, 3),
      rootSelf: roundTo(summary.spans[0]!.selfSeconds, 3),
      saving: roundTo(durationOf(params) - durationOf(faster), 3),
    };
  },
  mistakes(instance) {
    const spans = buildTrace(instance.params);
    const wall = durationOf(instance.params);
    const childSum = spans.slice(1).reduce((sum, s) => sum + (s.endTime - s.startTime), 0);
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "selfSum",
        value: roundTo(wall, 3),
        id: "self-sum-is-wall-time",
        message:
          "Self times add up to the wall time only when nothing overlaps; here the two tool calls run at the same time, so their overlap is counted twice.",
      },
      {
        part: "rootSelf",
        value: roundTo(wall - childSum, 3),
        id: "subtracted-overlap-twice",
        message:
          "Self time is the part of the root's interval covered by no child: subtract the length of the union of the children's intervals, not the sum of their durations.",
      },
      {
        part: "saving",
        value: speedUp,
        id: "latency-is-additive",
        message:
          "Latency is not additive: the answer waits for the slower tool, so a faster lookup only helps until the other tool becomes the bottleneck.",
      },
      {
        part: "saving",
        value: 0,
        id: "off-critical-path",
        message:
          "lookup_order is on the critical path here: the answer call waits for it, so making it faster shortens the request.",
      },
    ]);
  },
  hints: [
    "Self time of a span = its duration minus the length of the union of its children's intervals.",
    "Sum of self times = wall time + the total time during which two spans without active children run at once.",
    "The answer call starts after $\\max(\\text{end of lookup}, \\text{end of refund}) + 0.02$ s; recompute that maximum with the faster lookup.",
  ],
  solution({ params }) {
    const spans = buildTrace(params);
    const summary = traceSummary(spans, tracePrices);
    const answer = this.solve({ seed: 0, params, tables: [] });
    const lookup = spans[3]!;
    const refund = spans[4]!;
    const lines = summary.spans.map(
      (line) =>
        `- \`${line.name}\`: duration $${formatNumber(line.durationSeconds, 6)}$ s, self $${formatNumber(roundTo(line.selfSeconds, 3), 6)}$ s`,
    );
    return [
      ...lines,
      "",
      `Sum of self times: $${answer.selfSum}$ s, against a wall time of $${formatNumber(durationOf(params), 6)}$ s: the excess is the overlap of the two tool calls.`,
      `The root's self time is its duration minus the union of its children's intervals: $${answer.rootSelf}$ s.`,
      `The tools end at $${lookup.endTime}$ s (lookup) and $${refund.endTime}$ s (refund). With the lookup ending at $${roundTo(lookup.endTime - speedUp, 3)}$ s, the last tool ends $${answer.saving}$ s earlier, and so does the request.`,
    ].join("\n");
  },
});
