/**
 * OpenTelemetry GenAI client metrics: the recommended histogram bucket boundaries and explicit
 * bucket histograms built from spans.
 *
 * It serves Lesson 10 (observability for LLM systems). `gen_ai.client.token.usage` (tokens, split
 * by `gen_ai.token.type` input/output) uses boundaries 1, 4, 16, …, 67 108 864 (powers of 4);
 * `gen_ai.client.operation.duration` (seconds) uses 0.01, 0.02, …, 81.92 (doubling). An explicit
 * bucket histogram counts value v in bucket i when boundary[i-1] < v <= boundary[i]; the last
 * bucket holds everything above the last boundary.
 */

import { LabError } from "../core/errors";
import { isModelCallSpan } from "./llm-traces";
import type { GenAiSpan } from "./llm-traces";

/**
 * Recommended bucket boundaries of `gen_ai.client.token.usage`, in tokens: 4^0 … 4^13.
 *
 * @example
 * genAiTokenUsageBuckets.at(-1); // 67108864
 */
export const genAiTokenUsageBuckets: readonly number[] = Object.freeze(
  Array.from({ length: 14 }, (_, power) => 4 ** power),
);

/**
 * Recommended bucket boundaries of `gen_ai.client.operation.duration`, in seconds:
 * 0.01 · 2^0 … 0.01 · 2^13.
 *
 * @example
 * genAiOperationDurationBuckets.at(-1); // 81.92
 */
export const genAiOperationDurationBuckets: readonly number[] = Object.freeze([
  0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92,
]);

/** An explicit bucket histogram: `counts` has one more entry than `boundaries`. */
export interface ExplicitHistogram {
  boundaries: number[];
  counts: number[];
  count: number;
  sum: number;
  min: number | null;
  max: number | null;
}

/**
 * Explicit bucket histogram with OpenTelemetry semantics (upper bounds inclusive).
 *
 * @param values - finite measurements
 * @param boundaries - strictly increasing bucket boundaries
 * @returns counts per bucket plus count, sum, min and max
 * @throws {LabError} on non-increasing boundaries or a non-finite value
 * @example
 * explicitBucketHistogram([1, 2, 4, 5], [1, 4]).counts; // [1, 2, 1]
 */
export function explicitBucketHistogram(
  values: readonly number[],
  boundaries: readonly number[],
): ExplicitHistogram {
  for (let index = 1; index < boundaries.length; index += 1) {
    if (!(boundaries[index]! > boundaries[index - 1]!)) {
      throw new LabError("explicitBucketHistogram requires strictly increasing boundaries");
    }
  }
  const counts = new Array<number>(boundaries.length + 1).fill(0);
  let sum = 0;
  let min: number | null = null;
  let max: number | null = null;
  values.forEach((value, position) => {
    if (!Number.isFinite(value)) {
      throw new LabError(
        `explicitBucketHistogram requires finite values (found ${value} at index ${position})`,
      );
    }
    // First boundary >= value, by binary search.
    let low = 0;
    let high = boundaries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (boundaries[middle]! >= value) high = middle;
      else low = middle + 1;
    }
    counts[low]! += 1;
    sum += value;
    min = min === null ? value : Math.min(min, value);
    max = max === null ? value : Math.max(max, value);
  });
  return { boundaries: [...boundaries], counts, count: values.length, sum, min, max };
}

/**
 * `gen_ai.client.token.usage` for one token type, from model-call spans that report usage
 * (see {@link isModelCallSpan}).
 *
 * @param spans - spans of any number of traces
 * @param tokenType - "input" or "output"
 * @returns the histogram over the recommended boundaries
 * @throws {LabError} on a non-finite token count
 * @example
 * tokenUsageHistogram(spans, "output").counts;
 */
export function tokenUsageHistogram(
  spans: GenAiSpan[],
  tokenType: "input" | "output",
): ExplicitHistogram {
  const attribute = `gen_ai.usage.${tokenType}_tokens`;
  const values = spans.flatMap((span) =>
    !isModelCallSpan(span) || span.attributes[attribute] === undefined
      ? []
      : [Number(span.attributes[attribute])],
  );
  return explicitBucketHistogram(values, genAiTokenUsageBuckets);
}

/**
 * `gen_ai.client.operation.duration` of model calls (see {@link isModelCallSpan}), seconds.
 *
 * @param spans - spans of any number of traces
 * @returns the histogram over the recommended boundaries
 * @throws {LabError} on a non-finite duration
 * @example
 * operationDurationHistogram(spans).counts;
 */
export function operationDurationHistogram(spans: GenAiSpan[]): ExplicitHistogram {
  const values = spans.filter(isModelCallSpan).map((span) => span.endTime - span.startTime);
  return explicitBucketHistogram(values, genAiOperationDurationBuckets);
}
