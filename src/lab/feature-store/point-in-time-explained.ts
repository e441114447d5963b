/**
 * The point-in-time join, explained row by row: which feature row won and why every other row of
 * the same entity was excluded. Notebooks draw this as a timeline.
 *
 * It serves Lesson 2 (point-in-time correctness). The same rules as {@link pointInTimeJoin} (Feast
 * semantics), but instead of one value per entity row it returns the whole decision.
 */

import { checkEntityRows, groupFeatureRows } from "./point-in-time-join";
import type {
  EntityId,
  EntityRow,
  FeatureRow,
  FeatureValue,
  PointInTimeOptions,
  Seconds,
} from "./point-in-time-join";

/**
 * Why a feature row did or did not supply the value:
 * - `winner`: the value returned;
 * - `future-event`: event time after the entity time (would leak the future);
 * - `outside-ttl`: event time before t − TTL (too old to be trusted);
 * - `created-after-entity-time`: written after t, excluded by the created-timestamp filter
 *   (a backfill the model could not have seen);
 * - `older-event`: qualified, but a newer event exists;
 * - `lost-tie`: same event time as the winner, but an older created time (or listed earlier).
 */
export type CandidateStatus =
  | "winner"
  | "future-event"
  | "outside-ttl"
  | "created-after-entity-time"
  | "older-event"
  | "lost-tie";

/** One feature row of the entity, seen from one entity row. */
export interface JoinCandidate {
  featureIndex: number;
  eventTimestamp: Seconds;
  createdTimestamp: Seconds | null;
  value: FeatureValue;
  status: CandidateStatus;
}

/** The join decision for one entity row. */
export interface PointInTimeExplanation {
  entityIndex: number;
  entityId: EntityId;
  timestamp: Seconds;
  /** Lower bound on event time, t − TTL; null when TTL is 0. */
  ttlLowerBound: Seconds | null;
  value: FeatureValue;
  /** Index into the feature rows of the winning row, or null. */
  winnerIndex: number | null;
  /** Every feature row of this entity, oldest event first. */
  candidates: JoinCandidate[];
}

/**
 * Explains the point-in-time join for every entity row.
 *
 * Cost: O(n · k + m log m), k the number of feature rows per entity: it lists all of them.
 *
 * @param entities - entity rows
 * @param features - feature rows
 * @param options - `ttlSeconds` (default 0), `filterByCreatedTimestamp` (default false)
 * @returns one explanation per entity row, in order; `value` equals what
 *   {@link pointInTimeJoin} returns
 * @throws {LabError} on malformed rows or a negative TTL
 * @example
 * const [row] = pointInTimeJoinExplained([{ entityId: 7, timestamp: 100 }],
 *   [{ entityId: 7, eventTimestamp: 150, value: 1 }]);
 * row.candidates[0].status; // "future-event"
 */
export function pointInTimeJoinExplained(
  entities: EntityRow[],
  features: FeatureRow[],
  options: PointInTimeOptions = {},
): PointInTimeExplanation[] {
  const ttl = checkEntityRows("pointInTimeJoinExplained", entities, options);
  const groups = groupFeatureRows("pointInTimeJoinExplained", features);
  const filterCreated = options.filterByCreatedTimestamp ?? false;
  return entities.map(({ entityId, timestamp }, entityIndex) => {
    const lowerBound = ttl > 0 ? timestamp - ttl : null;
    const candidates: JoinCandidate[] = (groups.get(entityId)?.indexes ?? []).map((index) => {
      const row = features[index]!;
      const created = row.createdTimestamp ?? null;
      let status: CandidateStatus = "older-event";
      if (row.eventTimestamp > timestamp) status = "future-event";
      else if (lowerBound !== null && row.eventTimestamp < lowerBound) status = "outside-ttl";
      else if (filterCreated && created !== null && created > timestamp) {
        status = "created-after-entity-time";
      }
      return {
        featureIndex: index,
        eventTimestamp: row.eventTimestamp,
        createdTimestamp: created,
        value: row.value,
        status,
      };
    });
    // Candidates are sorted (event, created, position), so the last qualifying one wins.
    const qualifying = candidates.filter((candidate) => candidate.status === "older-event");
    const winner = qualifying.at(-1);
    if (winner) {
      for (const candidate of qualifying) {
        if (candidate === winner) candidate.status = "winner";
        else if (candidate.eventTimestamp === winner.eventTimestamp) candidate.status = "lost-tie";
      }
    }
    return {
      entityIndex,
      entityId,
      timestamp,
      ttlLowerBound: lowerBound,
      value: winner ? winner.value : null,
      winnerIndex: winner ? winner.featureIndex : null,
      candidates,
    };
  });
}
