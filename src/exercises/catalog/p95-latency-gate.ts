/**
 * Exercise: p95 latency as numpy computes it, and a latency gate on that estimate.
 * It practises Lesson 9.
 */
import { createRng, latencyGateCheck, mean, quantile, sortedCopy } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import {
  defaultTolerance,
  distinctMistakes,
  formatNumber,
  shipHoldOptions,
} from "./exercise-helpers";

/** Parameters of one instance: the candidate's request latencies and the SLO, in milliseconds. */
export interface LatencyParams {
  latencyMs: number[];
  sloMs: number;
}

function nearestRank(values: number[], level: number): number {
  const sorted = Array.from(sortedCopy(values));
  return sorted[Math.max(0, Math.ceil(level * sorted.length) - 1)]!;
}

function check(params: LatencyParams) {
  // The gate compares the point estimate here; Lesson 9 explains why a bound is safer.
  return latencyGateCheck({ sloMs: params.sloMs, quantile: 0.95 }, params.latencyMs, createRng(0));
}

/**
 * The p95 latency (numpy's default linear interpolation, Hyndman-Fan type 7) and the latency gate
 * decision: ship when p95 ≤ SLO.
 *
 * @example p95LatencyGate.solve(p95LatencyGate.generate(1)).p95; // milliseconds
 */
export const p95LatencyGate = defineExercise<LatencyParams>({
  id: "p95-latency-gate",
  title: "p95 latency against an SLO",
  objectives: ["release-gates", "production-statistics"],
  topic: "release-gates",
  lesson: "release-gates-canaries",
  difficulty: 1,
  generate(seed: number): Instance<LatencyParams> {
    const rng = createRng(seed);
    const size = 20 + rng.int(21);
    const latencyMs = Array.from({ length: size }, () => Math.round(rng.lognormal(5.2, 0.45)));
    const p95 = quantile(latencyMs, 0.95);
    const sloMs = Math.round((p95 * (0.85 + 0.3 * rng.uniform())) / 10) * 10;
    return {
      seed,
      params: { latencyMs, sloMs },
      tables: [
        {
          name: "candidate latencies",
          columns: ["request", "latency_ms"],
          rows: latencyMs.map((latency, index) => [index + 1, latency]),
          note: "End-to-end latency of each shadow-traffic request to the candidate, in milliseconds.",
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      `The candidate served ${params.latencyMs.length} shadow requests. Its latency gate requires`,
      `p95 ≤ ${params.sloMs} ms, checked on the point estimate (Lesson 9, the four checks).`,
      "Compute the 95th percentile of the latencies with numpy's default method (`numpy.quantile`,",
      "linear interpolation between order statistics), in milliseconds, and decide whether the gate lets",
      "the candidate ship. Enter p95 as a number of milliseconds (1% relative tolerance).",
    ].join(" ");
  },
  answer: {
    p95: {
      kind: "number",
      label: "p95 latency",
      unit: "ms",
      tolerance: defaultTolerance,
      weight: 0.6,
    },
    decision: { kind: "decision", label: "Gate decision", options: shipHoldOptions, weight: 0.4 },
  },
  solve({ params }) {
    const result = check(params);
    return { p95: result.estimate, decision: result.passed ? "ship" : "hold" };
  },
  mistakes({ params }) {
    const result = check(params);
    const decision = result.passed ? "ship" : "hold";
    const rank = nearestRank(params.latencyMs, 0.95);
    const rankDecision = rank <= params.sloMs ? "ship" : "hold";
    const mistakes = [
      {
        part: "p95",
        value: rank,
        id: "nearest-rank",
        message:
          "That is the nearest-rank percentile (an order statistic). numpy's default interpolates linearly at position 0.95·(n − 1) of the sorted sample.",
      },
      {
        part: "p95",
        value: Array.from(sortedCopy(params.latencyMs))[
          Math.floor(0.95 * (params.latencyMs.length - 1))
        ]!,
        id: "lower-order-statistic",
        message:
          "You took the order statistic below position 0.95·(n − 1) without interpolating towards the next one.",
      },
      {
        part: "p95",
        value: mean(params.latencyMs),
        id: "mean-latency",
        message: "That is the mean latency; SLOs are stated on a tail percentile.",
      },
      {
        part: "decision",
        value: decision === "ship" ? "hold" : "ship",
        id: "reversed-decision",
        message: `The gate ships when p95 ≤ ${params.sloMs} ms and holds otherwise.`,
      },
    ];
    if (rankDecision !== decision) {
      mistakes.push({
        part: "decision",
        value: rankDecision,
        id: "nearest-rank-decision",
        message:
          "That decision follows from the nearest-rank percentile; with numpy's interpolated p95 the gate decides the other way.",
      });
    }
    return distinctMistakes(mistakes, { p95: result.estimate, decision });
  },
  hints: [
    "Sort the latencies. With n values, numpy's default puts the p-th quantile at position h = p·(n − 1), counting from 0.",
    "Interpolate: x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).",
    "Compare the result with the SLO: at or below ships, above holds.",
  ],
  solution({ params }) {
    const sorted = Array.from(sortedCopy(params.latencyMs));
    const position = 0.95 * (sorted.length - 1);
    const low = Math.floor(position);
    const result = check(params);
    return [
      `Sorted, the largest values are ${sorted.slice(-4).join(", ")} ms.`,
      `Position $h = 0.95 \\cdot (${sorted.length} - 1) = ${formatNumber(position, 6)}$, so p95 lies between`,
      `$x_{(${low})} = ${sorted[low]}$ and $x_{(${low + 1})} = ${sorted[low + 1] ?? sorted[low]}$ (counting from 0):`,
      `$p_{95} = ${formatNumber(result.estimate, 6)}$ ms.`,
      "",
      `$${formatNumber(result.estimate, 6)} ${result.passed ? "\\le" : ">"} ${params.sloMs}$: **${result.passed ? "ship" : "hold"}**.`,
    ].join("\n");
  },
});
