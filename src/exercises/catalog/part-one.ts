/** Exercises, part one: drift statistics, feature-store and lineage mechanics, contracts, gates. */

import type { Exercise } from "../types";
import { contractBatchChecks } from "./contract-batch-checks";
import { controlLimitsAlerts } from "./control-limits-alerts";
import { driftTestSelection } from "./drift-test-selection";
import { estimatedAccuracyWithoutLabels } from "./estimated-accuracy-without-labels";
import { jensenShannonCountryDrift } from "./jensen-shannon-country-drift";
import { ksBasketValueDrift } from "./ks-basket-value-drift";
import { lineageRebuildSet } from "./lineage-rebuild-set";
import { normedWassersteinDeliveryTime } from "./normed-wasserstein-delivery-time";
import { onlineStoreBackfill } from "./online-store-backfill";
import { p95LatencyGate } from "./p95-latency-gate";
import { psiCategoricalShift } from "./psi-categorical-shift";
import { releaseGateDecision } from "./release-gate-decision";

/**
 * The exercises of part one, in notebook order (the order of the lessons they practise).
 * Each exercise is typed by its own parameters; the registry sees them as plain exercises.
 */
export const partOne: Exercise[] = [
  onlineStoreBackfill,
  contractBatchChecks,
  lineageRebuildSet,
  psiCategoricalShift,
  ksBasketValueDrift,
  jensenShannonCountryDrift,
  normedWassersteinDeliveryTime,
  driftTestSelection,
  controlLimitsAlerts,
  estimatedAccuracyWithoutLabels,
  p95LatencyGate,
  releaseGateDecision,
] as unknown as Exercise[];
