/**
 * Materialization into an online store, and online reads.
 *
 * It serves Lesson 2 (offline/online consistency and freshness). Feast's `materialize(start, end)`
 * copies, for every entity, the latest feature row with event time in [start, end] (both
 * inclusive; latest = largest event time, then largest created time) into the online store.
 * What happens when a key already holds a value depends on the store: SQLite overwrites
 * (last write wins, so a backfill of old data can *regress* a value), Redis skips a row whose
 * event time is not newer than the stored one. Online reads return whatever is stored: they do
 * not apply the feature view's TTL, so a value can be arbitrarily stale.
 */

import { LabError } from "../core/errors";
import { groupFeatureRows } from "./point-in-time-join";
import type { EntityId, FeatureRow, FeatureValue, Seconds } from "./point-in-time-join";

/** How the online store treats a write for a key that already holds a value. */
export type OnlineWritePolicy = "last-write-wins" | "skip-if-not-newer";

/** What the online store holds for one entity key. */
export interface OnlineEntry {
  entityId: EntityId;
  value: FeatureValue;
  eventTimestamp: Seconds;
  createdTimestamp: Seconds | null;
  /** When the materialization job wrote it. */
  writtenAt: Seconds;
}

/** Online store state: at most one entry per entity key, in order of first write. */
export interface OnlineStore {
  entries: OnlineEntry[];
}

/** One materialization job. */
export interface MaterializeOptions {
  /** Window start, inclusive. */
  start: Seconds;
  /** Window end, inclusive. */
  end: Seconds;
  /** Write policy (default "last-write-wins", SQLite's behaviour). */
  policy?: OnlineWritePolicy;
  /** Time the job writes (default `end`). */
  writtenAt?: Seconds;
}

/** The result of one online read. */
export interface OnlineRead {
  found: boolean;
  value: FeatureValue;
  eventTimestamp: Seconds | null;
  /** now − event time of the stored value, in seconds; null when nothing is stored. */
  stalenessSeconds: Seconds | null;
}

const policies: readonly OnlineWritePolicy[] = ["last-write-wins", "skip-if-not-newer"];

/**
 * Runs one materialization job and returns the new online store (the input store is not changed).
 *
 * Cost: O(m log m + s) for m feature rows and s stored keys.
 *
 * @param features - the offline feature rows visible to the job
 * @param options - window `[start, end]`, write `policy`, `writtenAt`
 * @param onlineStore - the store before the job (default empty)
 * @returns the store after the job
 * @throws {LabError} on malformed rows, a non-finite window, start > end, or an unknown policy
 * @example
 * const store = materialize(rows, { start: 0, end: 3600, policy: "skip-if-not-newer" });
 */
export function materialize(
  features: FeatureRow[],
  options: MaterializeOptions,
  onlineStore: OnlineStore = { entries: [] },
): OnlineStore {
  const { start, end } = options ?? ({} as MaterializeOptions);
  if (!Number.isFinite(start) || !Number.isFinite(end) || start > end) {
    throw new LabError("materialize requires finite start <= end");
  }
  const policy = options.policy ?? "last-write-wins";
  if (!policies.includes(policy)) {
    throw new LabError(`materialize requires policy "last-write-wins" or "skip-if-not-newer"`);
  }
  const writtenAt = options.writtenAt ?? end;
  const groups = groupFeatureRows("materialize", features);
  const entries = onlineStore.entries.map((entry) => ({ ...entry }));
  const positionOf = new Map(entries.map((entry, index) => [entry.entityId, index]));
  for (const [entityId, group] of groups) {
    // Groups are sorted (event, created, position): the last row inside the window is the latest.
    let latest: FeatureRow | undefined;
    for (let position = group.indexes.length - 1; position >= 0; position -= 1) {
      const eventTimestamp = group.eventTimestamps[position]!;
      if (eventTimestamp > end) continue;
      if (eventTimestamp >= start) latest = features[group.indexes[position]!];
      break;
    }
    if (!latest) continue;
    const entry: OnlineEntry = {
      entityId,
      value: latest.value,
      eventTimestamp: latest.eventTimestamp,
      createdTimestamp: latest.createdTimestamp ?? null,
      writtenAt,
    };
    const position = positionOf.get(entityId);
    if (position === undefined) {
      positionOf.set(entityId, entries.length);
      entries.push(entry);
    } else if (
      policy === "last-write-wins" ||
      entry.eventTimestamp > entries[position]!.eventTimestamp
    ) {
      entries[position] = entry;
    }
  }
  return { entries };
}

/**
 * Reads one key from the online store at time `now`. No TTL is applied, as in Feast.
 *
 * @param store - online store state
 * @param entityId - entity key
 * @param now - read time, seconds
 * @returns value, its event time and its staleness (now − event time); `found: false` and nulls
 *   when the key was never written
 * @throws {LabError} when `now` is not finite
 * @example
 * onlineRead(store, 1001, 7200); // { found: true, value: 0.7, eventTimestamp: 3600, stalenessSeconds: 3600 }
 */
export function onlineRead(store: OnlineStore, entityId: EntityId, now: Seconds): OnlineRead {
  if (!Number.isFinite(now)) throw new LabError("onlineRead requires a finite read time");
  const entry = store.entries.find((candidate) => candidate.entityId === entityId);
  if (!entry) return { found: false, value: null, eventTimestamp: null, stalenessSeconds: null };
  return {
    found: true,
    value: entry.value,
    eventTimestamp: entry.eventTimestamp,
    stalenessSeconds: now - entry.eventTimestamp,
  };
}
