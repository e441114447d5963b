/**
 * Point-in-time correct join of feature rows onto entity rows, with Feast's exact semantics.
 *
 * It serves Lesson 2 (point-in-time correctness). A training row for (entity, t) may only see
 * feature values that were *known at t*; joining the latest value instead leaks the future into
 * training and makes offline metrics lie. Rules (Feast offline stores): a feature row qualifies
 * when its entity matches and `event_ts <= t`; with a non-zero TTL also `event_ts >= t - ttl` (both
 * bounds inclusive, TTL 0 means no lower bound); with `filterByCreatedTimestamp`, rows with
 * `created_ts > t` are excluded too. The winner is the largest event time, ties broken by the
 * largest created time. No qualifying row gives null, and every entity row is kept (left join).
 */

import { LabError } from "../core/errors";

/** Seconds since the Unix epoch (or any common origin); durations are in seconds too. */
export type Seconds = number;

/** An entity key (join key). 1001 and "1001" are different keys, as in a typed feature store. */
export type EntityId = string | number;

/** A feature value; null is a missing value. */
export type FeatureValue = number | string | null;

/** One row of the entity dataframe: which entity, at which time. */
export interface EntityRow {
  entityId: EntityId;
  timestamp: Seconds;
}

/** One row of a feature view's source: the value observed at `eventTimestamp`, written at `createdTimestamp`. */
export interface FeatureRow {
  entityId: EntityId;
  eventTimestamp: Seconds;
  createdTimestamp?: Seconds | null;
  value: FeatureValue;
}

/** Options of the point-in-time join. */
export interface PointInTimeOptions {
  /** Feature view TTL in seconds; 0 (default) means no lower bound on event time. */
  ttlSeconds?: Seconds;
  /** Exclude rows created after the entity time (Feast `filter_by_created_timestamp`, default false). */
  filterByCreatedTimestamp?: boolean;
}

/** Feature rows of one entity, sorted so the last qualifying row is the winner. */
export interface FeatureGroup {
  indexes: number[];
  eventTimestamps: Float64Array;
}

const isEntityId = (value: unknown): value is EntityId =>
  typeof value === "string" || (typeof value === "number" && Number.isFinite(value));

/**
 * Checks feature rows and groups their indexes by entity, each group sorted by event time, then
 * created time (missing counts as oldest), then input position: so among exact ties the row
 * listed later wins, like a later append to a log.
 *
 * @param functionName - caller name for error messages
 * @param features - feature rows
 * @returns a map from entity key to its sorted group
 * @throws {LabError} on a non-array, a bad entity key, or a non-finite timestamp
 * @example
 * groupFeatureRows("pointInTimeJoin", rows).get(1001)?.indexes; // [0, 1, 2]
 */
export function groupFeatureRows(
  functionName: string,
  features: FeatureRow[],
): Map<EntityId, FeatureGroup> {
  if (!Array.isArray(features))
    throw new LabError(`${functionName} requires an array of feature rows`);
  const byEntity = new Map<EntityId, number[]>();
  features.forEach((row, index) => {
    if (!isEntityId(row?.entityId)) {
      throw new LabError(
        `${functionName} requires a string or finite number entityId (feature row ${index})`,
      );
    }
    if (!Number.isFinite(row.eventTimestamp)) {
      throw new LabError(`${functionName} requires a finite eventTimestamp (feature row ${index})`);
    }
    const created = row.createdTimestamp;
    if (created !== undefined && created !== null && !Number.isFinite(created)) {
      throw new LabError(
        `${functionName} requires a finite createdTimestamp (feature row ${index})`,
      );
    }
    const list = byEntity.get(row.entityId);
    if (list) list.push(index);
    else byEntity.set(row.entityId, [index]);
  });
  const createdOf = (index: number) => features[index]!.createdTimestamp ?? -Infinity;
  const groups = new Map<EntityId, FeatureGroup>();
  for (const [entityId, indexes] of byEntity) {
    indexes.sort(
      (left, right) =>
        features[left]!.eventTimestamp - features[right]!.eventTimestamp ||
        createdOf(left) - createdOf(right) ||
        left - right,
    );
    const eventTimestamps = Float64Array.from(indexes, (index) => features[index]!.eventTimestamp);
    groups.set(entityId, { indexes, eventTimestamps });
  }
  return groups;
}

/**
 * Checks entity rows and join options; returns the TTL in seconds.
 *
 * @param functionName - caller name for error messages
 * @param entities - entity rows
 * @param options - join options
 * @returns the TTL (0 when unset)
 * @throws {LabError} on a non-array, a bad entity key, a non-finite timestamp, or a negative TTL
 * @example
 * checkEntityRows("pointInTimeJoin", [{ entityId: 1, timestamp: 0 }], { ttlSeconds: 7200 }); // 7200
 */
export function checkEntityRows(
  functionName: string,
  entities: EntityRow[],
  options: PointInTimeOptions = {},
): Seconds {
  if (!Array.isArray(entities))
    throw new LabError(`${functionName} requires an array of entity rows`);
  entities.forEach((row, index) => {
    if (!isEntityId(row?.entityId)) {
      throw new LabError(
        `${functionName} requires a string or finite number entityId (entity row ${index})`,
      );
    }
    if (!Number.isFinite(row.timestamp)) {
      throw new LabError(`${functionName} requires a finite timestamp (entity row ${index})`);
    }
  });
  const ttl = options.ttlSeconds ?? 0;
  if (!Number.isFinite(ttl) || ttl < 0) {
    throw new LabError(`${functionName} requires ttlSeconds to be a finite number >= 0`);
  }
  return ttl;
}

/**
 * Number of values in an ascending array that are <= limit (binary search, O(log n)).
 *
 * @param sorted - ascending values
 * @param limit - inclusive upper limit
 * @returns the index of the first value greater than the limit
 * @example
 * countAtMost(Float64Array.of(1, 2, 2, 5), 2); // 3
 */
export function countAtMost(sorted: Float64Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Point-in-time join: for each entity row, the value Feast's offline store would return.
 *
 * Cost: O((n + m) log m) for n entity rows and m feature rows; with the created-timestamp filter,
 * rows skipped because they were created after t add to the scan.
 *
 * @param entities - entity rows (entity key and time t)
 * @param features - feature rows
 * @param options - `ttlSeconds` (default 0: no lower bound), `filterByCreatedTimestamp` (default false)
 * @returns one value per entity row, in order; null when no feature row qualifies
 * @throws {LabError} on malformed rows or a negative TTL
 * @example
 * pointInTimeJoin([{ entityId: 1001, timestamp: 39600 }],
 *   [{ entityId: 1001, eventTimestamp: 36000, createdTimestamp: 36300, value: 0.5 }],
 *   { ttlSeconds: 7200 }); // [0.5]
 */
export function pointInTimeJoin(
  entities: EntityRow[],
  features: FeatureRow[],
  options: PointInTimeOptions = {},
): FeatureValue[] {
  const ttl = checkEntityRows("pointInTimeJoin", entities, options);
  const groups = groupFeatureRows("pointInTimeJoin", features);
  const filterCreated = options.filterByCreatedTimestamp ?? false;
  return entities.map(({ entityId, timestamp }) => {
    const group = groups.get(entityId);
    if (!group) return null;
    const lowerBound = ttl > 0 ? timestamp - ttl : -Infinity;
    // Walk back from the newest row with event_ts <= t; the first one that passes the filters wins.
    for (
      let position = countAtMost(group.eventTimestamps, timestamp) - 1;
      position >= 0;
      position -= 1
    ) {
      if (group.eventTimestamps[position]! < lowerBound) break;
      const row = features[group.indexes[position]!]!;
      if (filterCreated && (row.createdTimestamp ?? -Infinity) > timestamp) continue;
      return row.value;
    }
    return null;
  });
}
