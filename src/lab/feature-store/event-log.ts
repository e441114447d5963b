/**
 * A seeded feature event log: what a streaming feature pipeline writes to the offline store.
 *
 * It serves Lesson 2 (freshness and staleness). Every row has an event time (when it happened) and
 * a created time (when it arrived in the offline store, after an ingestion delay; sometimes much
 * later). Materialization schedules and point-in-time joins are simulated over such logs.
 */

import { LabError } from "../core/errors";
import type { FeatureRow, Seconds } from "./point-in-time-join";
import type { Rng } from "../random/rng";

/** Shape of a generated event log. */
export interface EventLogOptions {
  /** Number of entities, ids firstEntityId, firstEntityId + 1, … (default 20). */
  entityCount?: number;
  /** Id of the first entity (default 1001). */
  firstEntityId?: number;
  /** Start of the log, seconds (default 0). */
  start?: Seconds;
  /** Length of the log, seconds (default 86 400, one day). */
  durationSeconds?: Seconds;
  /** Poisson rate of events per entity per hour (default 2). */
  eventsPerHour?: number;
  /** Mean ingestion delay, exponential, seconds (default 30). */
  meanIngestionDelaySeconds?: Seconds;
  /** Share of rows that arrive late (default 0). */
  lateShare?: number;
  /** Mean extra delay of a late row, exponential, seconds (default 10 800). */
  meanLateDelaySeconds?: Seconds;
  /** Standard deviation of each random-walk step of the value (default 1). */
  volatility?: number;
}

/**
 * Generates a feature event log: per entity a Poisson stream of events whose value follows a
 * random walk, each row created (arriving in the offline store) after an ingestion delay.
 *
 * @param rng - seeded random source
 * @param options - see {@link EventLogOptions}
 * @returns feature rows sorted by event time (values rounded to 3 decimals)
 * @throws {LabError} when a count or duration is not positive, or a share is outside [0, 1]
 * @example
 * const rows = generateEventLog(createRng(7), { entityCount: 5, lateShare: 0.1 });
 */
export function generateEventLog(rng: Rng, options: EventLogOptions = {}): FeatureRow[] {
  const entityCount = options.entityCount ?? 20;
  const start = options.start ?? 0;
  const duration = options.durationSeconds ?? 86_400;
  const ratePerSecond = (options.eventsPerHour ?? 2) / 3600;
  const lateShare = options.lateShare ?? 0;
  if (!Number.isInteger(entityCount) || entityCount < 1) {
    throw new LabError("generateEventLog requires entityCount to be a positive integer");
  }
  if (!(duration > 0) || !(ratePerSecond > 0) || !Number.isFinite(start)) {
    throw new LabError("generateEventLog requires a finite start and positive duration and rate");
  }
  if (!(lateShare >= 0 && lateShare <= 1)) {
    throw new LabError("generateEventLog requires lateShare in [0, 1]");
  }
  const meanDelay = options.meanIngestionDelaySeconds ?? 30;
  const meanLateDelay = options.meanLateDelaySeconds ?? 10_800;
  const volatility = options.volatility ?? 1;
  const rows: FeatureRow[] = [];
  for (let entity = 0; entity < entityCount; entity += 1) {
    const entityId = (options.firstEntityId ?? 1001) + entity;
    let value = rng.normal(50, 10);
    let time = start + rng.exponential(ratePerSecond);
    while (time < start + duration) {
      value += rng.normal(0, volatility);
      let delay = meanDelay > 0 ? rng.exponential(1 / meanDelay) : 0;
      if (lateShare > 0 && rng.uniform() < lateShare) delay += rng.exponential(1 / meanLateDelay);
      const eventTimestamp = Math.round(time);
      rows.push({
        entityId,
        eventTimestamp,
        createdTimestamp: eventTimestamp + Math.round(delay),
        value: Math.round(value * 1000) / 1000,
      });
      time += rng.exponential(ratePerSecond);
    }
  }
  return rows.sort(
    (a, b) => a.eventTimestamp - b.eventTimestamp || Number(a.entityId) - Number(b.entityId),
  );
}
