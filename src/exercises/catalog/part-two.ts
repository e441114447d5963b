/** Exercises, part two: skew and rollback, feature-store simulations, canaries, LLM traces, incidents. */

import type { Exercise } from "../types";
import { featureSkewDiagnosis } from "./feature-skew-diagnosis";
import { guardrailPrecision } from "./guardrail-precision";
import { incidentRootCause } from "./incident-root-cause";
import { kayentaCanaryScore } from "./kayenta-canary-score";
import { nullSpikeDetection } from "./null-spike-detection";
import { onlineStoreWritePolicy } from "./online-store-write-policy";
import { pointInTimeJoinTtl } from "./point-in-time-join-ttl";
import { rollbackReaderSafety } from "./rollback-reader-safety";
import { schemaCompatibilityUpgrade } from "./schema-compatibility-upgrade";
import { tfdvLinfSkew } from "./tfdv-linf-skew";
import { traceLatencyAccounting } from "./trace-latency-accounting";
import { traceTokenCost } from "./trace-token-cost";

/**
 * The exercises of part two, in notebook order (the order of the lessons they practise).
 * Each exercise is typed by its own parameters; the registry sees them as plain exercises.
 */
export const partTwo: Exercise[] = [
  pointInTimeJoinTtl,
  onlineStoreWritePolicy,
  tfdvLinfSkew,
  featureSkewDiagnosis,
  schemaCompatibilityUpgrade,
  rollbackReaderSafety,
  kayentaCanaryScore,
  traceTokenCost,
  traceLatencyAccounting,
  guardrailPrecision,
  nullSpikeDetection,
  incidentRootCause,
] as unknown as Exercise[];
