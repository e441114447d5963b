/**
 * The assignment the grading benchmark re-grades: ten exercises across the chapter's topics
 * (drift, skew, contracts, schemas, lineage, monitoring, release gates, canaries, LLM traces,
 * incidents), with the default credit policy and a late penalty so every rule is exercised.
 */
import type { Assignment } from "../src/course/index";

export const benchAssignment: Assignment = {
  version: 1,
  id: "grading-bench",
  title: "Grading benchmark",
  instructions: "Ten exercises across the chapter.",
  exercises: [
    { id: "psi-categorical-shift", points: 10 },
    { id: "ks-basket-value-drift", points: 10 },
    { id: "tfdv-linf-skew", points: 10 },
    { id: "contract-batch-checks", points: 10 },
    { id: "schema-compatibility-upgrade", points: 10 },
    { id: "lineage-rebuild-set", points: 10 },
    { id: "control-limits-alerts", points: 10 },
    { id: "release-gate-decision", points: 10 },
    { id: "kayenta-canary-score", points: 10 },
    { id: "trace-token-cost", points: 10 },
  ],
  opens: "2026-03-02T09:00:00Z",
  due: "2026-03-16T23:59:00Z",
  late: { kind: "penalty-per-day", percentPerDay: 10 },
  attempts: 3,
  feedback: "immediate",
  hints: true,
  solutions: "after-correct",
};
