/**
 * The exercise registry: every exercise of the exercises notebook, in notebook order (the order
 * of the lessons they practise), looked up by stable id by the page, the CLI and re-grading.
 */

import type { Exercise } from "../types";
import { contractBatchChecks } from "./contract-batch-checks";
import { controlLimitsAlerts } from "./control-limits-alerts";
import { driftTestSelection } from "./drift-test-selection";
import { estimatedAccuracyWithoutLabels } from "./estimated-accuracy-without-labels";
import { featureSkewDiagnosis } from "./feature-skew-diagnosis";
import { guardrailPrecision } from "./guardrail-precision";
import { incidentRootCause } from "./incident-root-cause";
import { jensenShannonCountryDrift } from "./jensen-shannon-country-drift";
import { kayentaCanaryScore } from "./kayenta-canary-score";
import { ksBasketValueDrift } from "./ks-basket-value-drift";
import { lineageRebuildSet } from "./lineage-rebuild-set";
import { normedWassersteinDeliveryTime } from "./normed-wasserstein-delivery-time";
import { nullSpikeDetection } from "./null-spike-detection";
import { onlineStoreBackfill } from "./online-store-backfill";
import { onlineStoreWritePolicy } from "./online-store-write-policy";
import { p95LatencyGate } from "./p95-latency-gate";
import { pointInTimeJoinTtl } from "./point-in-time-join-ttl";
import { psiCategoricalShift } from "./psi-categorical-shift";
import { releaseGateDecision } from "./release-gate-decision";
import { rollbackReaderSafety } from "./rollback-reader-safety";
import { schemaCompatibilityUpgrade } from "./schema-compatibility-upgrade";
import { tfdvLinfSkew } from "./tfdv-linf-skew";
import { traceLatencyAccounting } from "./trace-latency-accounting";
import { traceTokenCost } from "./trace-token-cost";

/**
 * All exercises in notebook order: by the lesson they practise (Lesson 2's feature-store joins and
 * writes first, Lesson 10's traces and incidents last), and within a lesson in the order it
 * teaches. Each is typed by its own parameters (see `defineExercise`); here they are plain
 * exercises, with no cast.
 *
 * @example
 * exercises.map((exercise) => exercise.id);
 */
export const exercises: Exercise[] = [
  pointInTimeJoinTtl,
  onlineStoreBackfill,
  onlineStoreWritePolicy,
  tfdvLinfSkew,
  featureSkewDiagnosis,
  contractBatchChecks,
  schemaCompatibilityUpgrade,
  lineageRebuildSet,
  rollbackReaderSafety,
  psiCategoricalShift,
  ksBasketValueDrift,
  jensenShannonCountryDrift,
  normedWassersteinDeliveryTime,
  driftTestSelection,
  controlLimitsAlerts,
  estimatedAccuracyWithoutLabels,
  p95LatencyGate,
  releaseGateDecision,
  kayentaCanaryScore,
  traceTokenCost,
  traceLatencyAccounting,
  guardrailPrecision,
  nullSpikeDetection,
  incidentRootCause,
];

const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

/**
 * The exercise with this id, if there is one.
 *
 * @param id - a kebab-case exercise id
 * @returns the exercise, or undefined for an unknown id
 * @example
 * exerciseById("no-such-exercise"); // undefined
 */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

/**
 * Problems with a list of exercises as a registry: duplicate or non-kebab-case ids, objectives
 * that are not the chapter's, and chapter objectives with fewer than `minimumPerObjective`
 * exercises.
 *
 * @param list - the exercises
 * @param objectiveIds - the chapter's objective ids (content/chapter.yaml)
 * @param minimumPerObjective - exercises each objective needs (2 by default)
 * @returns one plain sentence per problem; empty when the registry is sound
 * @example
 * catalogProblems(exercises, ["define-artifacts"]); // [] once two exercises cover it
 */
export function catalogProblems(
  list: readonly Exercise[],
  objectiveIds: readonly string[],
  minimumPerObjective = 2,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const exercise of list) {
    if (seen.has(exercise.id)) problems.push(`exercise id '${exercise.id}' is used more than once`);
    seen.add(exercise.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(exercise.id)) {
      problems.push(`exercise id '${exercise.id}' is not kebab-case`);
    }
    for (const objective of exercise.objectives) {
      if (!objectiveIds.includes(objective)) {
        problems.push(`exercise '${exercise.id}' names unknown objective '${objective}'`);
      }
    }
  }
  for (const objective of objectiveIds) {
    const count = list.filter((exercise) => exercise.objectives.includes(objective)).length;
    if (count < minimumPerObjective) {
      problems.push(
        `objective '${objective}' has ${count} exercise(s); it needs at least ${minimumPerObjective}`,
      );
    }
  }
  return problems;
}
