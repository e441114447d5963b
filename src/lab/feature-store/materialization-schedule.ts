/**
 * Simulates a materialization schedule over an event log and measures online staleness.
 *
 * It serves Lesson 2 (freshness and staleness). Features are copied to the online store only when a
 * materialization job runs, so an online read is as old as the last job plus the ingestion delay.
 * Incremental jobs process the window since the previous run with only the rows that had
 * *arrived* by then: a row that arrives after its window was processed is never materialized
 * (late data). Reads are compared with an ideal store that always holds the newest arrived value.
 */

import { quantile } from "../core/descriptive";
import { LabError } from "../core/errors";
import { materialize } from "./materialization";
import type { OnlineEntry, OnlineStore, OnlineWritePolicy } from "./materialization";
import { pointInTimeJoin } from "./point-in-time-join";
import type { EntityId, FeatureRow, FeatureValue, Seconds } from "./point-in-time-join";

/** A materialization schedule to simulate. */
export interface ScheduleOptions {
  /** First job's window start, seconds. */
  start: Seconds;
  /** Simulation end, seconds; the last job runs at the last tick <= end. */
  end: Seconds;
  /** Seconds between jobs; job k runs at start + k · cadence over [previous tick, tick]. */
  cadenceSeconds: Seconds;
  /** Online write policy (default "last-write-wins"). */
  policy?: OnlineWritePolicy;
  /** Seconds between simulated online reads (default cadence / 4). */
  readIntervalSeconds?: Seconds;
  /** Entities read at every read time (default every entity in the log). */
  entityIds?: EntityId[];
}

/** One simulated online read, compared with an ideal, instantly updated store. */
export interface ScheduledRead {
  time: Seconds;
  entityId: EntityId;
  value: FeatureValue;
  stalenessSeconds: Seconds | null;
  /** Newest value that had arrived by `time` (event and created time <= time). */
  idealValue: FeatureValue;
  /** True when the online store returns the ideal value. */
  upToDate: boolean;
}

/** Outcome of a schedule simulation. */
export interface ScheduleResult {
  jobTimes: Seconds[];
  reads: ScheduledRead[];
  finalStore: OnlineStore;
  summary: {
    readCount: number;
    missingShare: number;
    outdatedShare: number;
    meanStalenessSeconds: number | null;
    medianStalenessSeconds: number | null;
    p95StalenessSeconds: number | null;
    maxStalenessSeconds: number | null;
    /** Rows whose window was processed before they arrived: never materialized. */
    lateRowsNeverMaterialized: number;
  };
}

/**
 * Simulates incremental materialization every `cadenceSeconds` and online reads in between, and
 * reports the staleness distribution (quantiles: numpy type 7) and how often reads were outdated.
 *
 * @param events - the offline event log
 * @param options - see {@link ScheduleOptions}
 * @returns job times, every read, the final store and a summary
 * @throws {LabError} on a non-positive cadence or read interval, or end < start
 * @example
 * simulateMaterializationSchedule(rows, { start: 0, end: 86_400, cadenceSeconds: 3600 }).summary;
 */
export function simulateMaterializationSchedule(
  events: FeatureRow[],
  options: ScheduleOptions,
): ScheduleResult {
  const { start, end, cadenceSeconds } = options;
  const readInterval = options.readIntervalSeconds ?? cadenceSeconds / 4;
  if (!(cadenceSeconds > 0) || !(readInterval > 0) || !Number.isFinite(start) || !(end >= start)) {
    throw new LabError(
      "simulateMaterializationSchedule requires positive cadence and read interval and start <= end",
    );
  }
  const jobTimes: Seconds[] = [];
  for (let tick = start + cadenceSeconds; tick <= end; tick += cadenceSeconds) jobTimes.push(tick);
  const byEvent = [...events].sort((a, b) => a.eventTimestamp - b.eventTimestamp);
  const arrived = (row: FeatureRow, time: Seconds) => (row.createdTimestamp ?? -Infinity) <= time;
  // Each job sees only rows of its window that have arrived by the time it runs.
  const storeAfterJob: Map<EntityId, OnlineEntry>[] = [];
  let store: OnlineStore = { entries: [] };
  let windowStart = start;
  for (const tick of jobTimes) {
    const visible = byEvent.filter(
      (row) =>
        row.eventTimestamp >= windowStart && row.eventTimestamp <= tick && arrived(row, tick),
    );
    store = materialize(
      visible,
      { start: windowStart, end: tick, policy: options.policy, writtenAt: tick },
      store,
    );
    storeAfterJob.push(new Map(store.entries.map((entry) => [entry.entityId, entry])));
    windowStart = tick;
  }
  const entityIds = options.entityIds ?? [...new Set(events.map((row) => row.entityId))];
  const readTimes: Seconds[] = [];
  for (let time = start + readInterval; time <= end; time += readInterval) readTimes.push(time);
  const entityRows = readTimes.flatMap((time) =>
    entityIds.map((entityId) => ({ entityId, timestamp: time })),
  );
  const ideal = pointInTimeJoin(entityRows, events, { filterByCreatedTimestamp: true });
  const idealEvent = pointInTimeJoin(
    entityRows,
    events.map((row) => ({ ...row, value: row.eventTimestamp })),
    { filterByCreatedTimestamp: true },
  );
  let jobIndex = -1;
  const reads: ScheduledRead[] = [];
  entityRows.forEach(({ entityId, timestamp }, index) => {
    while (jobIndex + 1 < jobTimes.length && jobTimes[jobIndex + 1]! <= timestamp) jobIndex += 1;
    const entry = storeAfterJob[jobIndex]?.get(entityId);
    const upToDate = entry
      ? entry.eventTimestamp === idealEvent[index] && Object.is(entry.value, ideal[index])
      : ideal[index] === null;
    reads.push({
      time: timestamp,
      entityId,
      value: entry ? entry.value : null,
      stalenessSeconds: entry ? timestamp - entry.eventTimestamp : null,
      idealValue: ideal[index] ?? null,
      upToDate,
    });
  });
  const staleness = reads.flatMap((read) =>
    read.stalenessSeconds === null ? [] : [read.stalenessSeconds],
  );
  const lastTick = jobTimes.at(-1) ?? -Infinity;
  const lateRowsNeverMaterialized = events.filter((row) => {
    if (row.eventTimestamp < start || row.eventTimestamp > lastTick) return false;
    // The last job whose window contains the event time is the row's last chance.
    const lastChance =
      start + Math.floor((row.eventTimestamp - start) / cadenceSeconds + 1) * cadenceSeconds;
    return !arrived(row, Math.min(lastChance, lastTick));
  }).length;
  const count = reads.length;
  return {
    jobTimes,
    reads,
    finalStore: store,
    summary: {
      readCount: count,
      missingShare:
        count === 0 ? 0 : reads.filter((read) => read.stalenessSeconds === null).length / count,
      outdatedShare: count === 0 ? 0 : reads.filter((read) => !read.upToDate).length / count,
      meanStalenessSeconds: staleness.length
        ? staleness.reduce((a, b) => a + b, 0) / staleness.length
        : null,
      medianStalenessSeconds: staleness.length ? quantile(staleness, 0.5) : null,
      p95StalenessSeconds: staleness.length ? quantile(staleness, 0.95) : null,
      maxStalenessSeconds: staleness.length ? staleness.reduce((a, b) => Math.max(a, b)) : null,
      lateRowsNeverMaterialized,
    },
  };
}
