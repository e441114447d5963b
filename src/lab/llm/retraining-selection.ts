/**
 * Selects retraining (or fine-tuning) examples from production traces that pass a contract.
 *
 * It serves Lesson 10 (closing the loop with a data contract on traces). Production traffic is the
 * best source of new training data, but only traces that meet explicit criteria may enter a
 * dataset: a good enough evaluation score, no guardrail violation, a PII check that passed, a
 * request that succeeded. Every rejected trace says why, so the filter can be audited.
 */

import { groupSpansByTrace } from "./llm-traces";
import type { GenAiEvent, GenAiSpan } from "./llm-traces";

/** The contract a trace must meet. */
export interface RetrainingCriteria {
  /** Evaluation whose score must reach `minimumScore` (default "relevance"). */
  evaluationName?: string;
  /** Minimum score, inclusive (default 0.7). */
  minimumScore?: number;
  /** Guardrail evaluations that must not be labelled "fail" (default ["toxicity"]). */
  guardrailNames?: string[];
  /** Evaluation that must exist and be labelled "pass" (default "pii"); null to skip. */
  piiEvaluationName?: string | null;
  /** Reject traces whose root span has status "error" (default true). */
  requireSuccess?: boolean;
}

/** A selected example: the trace and the span that was evaluated. */
export interface SelectedExample {
  traceId: string;
  spanId: string;
  score: number;
}

const evaluationsOf = (spans: GenAiSpan[]) =>
  spans.flatMap((span) =>
    span.events
      .filter((event) => event.name === "gen_ai.evaluation.result")
      .map((event): [GenAiSpan, GenAiEvent] => [span, event]),
  );

/**
 * Applies the retraining contract to every trace.
 *
 * @param spans - spans of any number of traces
 * @param criteria - see {@link RetrainingCriteria}
 * @returns selected examples and rejected traces with their reasons, both in trace order
 * @example
 * selectRetrainingExamples(spans, { minimumScore: 0.8 }).selected.length;
 */
export function selectRetrainingExamples(
  spans: GenAiSpan[],
  criteria: RetrainingCriteria = {},
): { selected: SelectedExample[]; rejected: { traceId: string; reasons: string[] }[] } {
  const evaluationName = criteria.evaluationName ?? "relevance";
  const minimumScore = criteria.minimumScore ?? 0.7;
  const guardrails = criteria.guardrailNames ?? ["toxicity"];
  const piiName = criteria.piiEvaluationName === undefined ? "pii" : criteria.piiEvaluationName;
  const selected: SelectedExample[] = [];
  const rejected: { traceId: string; reasons: string[] }[] = [];
  for (const [traceId, traceSpans] of Object.entries(groupSpansByTrace(spans))) {
    const reasons: string[] = [];
    const evaluations = evaluationsOf(traceSpans);
    const named = (name: string) =>
      evaluations.filter(([, event]) => event.attributes["gen_ai.evaluation.name"] === name);
    const scored = named(evaluationName);
    // With several evaluations of the same name, the weakest one decides.
    const weakest = scored.reduce<[GenAiSpan, number] | null>((worst, [span, event]) => {
      const score = Number(event.attributes["gen_ai.evaluation.score.value"]);
      return worst === null || score < worst[1] ? [span, score] : worst;
    }, null);
    if (weakest === null) reasons.push(`no ${evaluationName} evaluation`);
    else if (!(weakest[1] >= minimumScore))
      reasons.push(`${evaluationName} ${weakest[1]} < ${minimumScore}`);
    for (const guardrail of guardrails) {
      if (
        named(guardrail).some(
          ([, event]) => event.attributes["gen_ai.evaluation.score.label"] === "fail",
        )
      ) {
        reasons.push(`guardrail ${guardrail} failed`);
      }
    }
    if (piiName !== null) {
      const checks = named(piiName);
      if (checks.length === 0) reasons.push(`no ${piiName} check`);
      else if (
        checks.some(([, event]) => event.attributes["gen_ai.evaluation.score.label"] !== "pass")
      ) {
        reasons.push(`${piiName} check did not pass`);
      }
    }
    const root = traceSpans.find(
      (span) => span.parentSpanId === null || span.parentSpanId === undefined,
    );
    if ((criteria.requireSuccess ?? true) && root?.status === "error")
      reasons.push("request failed");
    if (reasons.length === 0 && weakest !== null)
      selected.push({ traceId, spanId: weakest[0].spanId, score: weakest[1] });
    else rejected.push({ traceId, reasons });
  }
  return { selected, rejected };
}
