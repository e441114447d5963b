/**
 * The leaky join: the latest value per entity, whatever the entity row's time.
 *
 * It serves Lesson 2 as the counter-example to point-in-time correctness. Joining "the current
 * value" onto historical training rows is the classic label leak: a row from January sees a feature
 * computed in March. Compare its output with {@link pointInTimeJoin} to count the leaked rows.
 */

import { LabError } from "../core/errors";
import { checkEntityRows, groupFeatureRows } from "./point-in-time-join";
import type { EntityRow, FeatureRow, FeatureValue } from "./point-in-time-join";

/**
 * For each entity row, the value of the entity's newest feature row (largest event time, ties by
 * largest created time, then by later position), ignoring the entity row's timestamp.
 *
 * Cost: O(n + m log m).
 *
 * @param entities - entity rows (their timestamps are ignored: that is the bug it demonstrates)
 * @param features - feature rows
 * @returns one value per entity row; null only when the entity has no feature rows
 * @throws {LabError} on malformed rows
 * @example
 * latestValueJoin([{ entityId: 1, timestamp: 0 }],
 *   [{ entityId: 1, eventTimestamp: 500, value: 9 }]); // [9]: a value from the future
 */
export function latestValueJoin(entities: EntityRow[], features: FeatureRow[]): FeatureValue[] {
  checkEntityRows("latestValueJoin", entities);
  const groups = groupFeatureRows("latestValueJoin", features);
  return entities.map(({ entityId }) => {
    const newest = groups.get(entityId)?.indexes.at(-1);
    return newest === undefined ? null : features[newest]!.value;
  });
}

/**
 * Counts entity rows where the leaky join and the point-in-time join disagree: the rows whose
 * training value came from the future (or from outside the TTL).
 *
 * @param leaky - output of {@link latestValueJoin}
 * @param correct - output of {@link pointInTimeJoin} on the same entity rows
 * @returns the number and share of rows that differ, and their indexes
 * @throws {LabError} when the two arrays differ in length
 * @example
 * leakageSummary([9, 3], [null, 3]); // { leakedRows: 1, leakedShare: 0.5, indexes: [0] }
 */
export function leakageSummary(
  leaky: FeatureValue[],
  correct: FeatureValue[],
): { leakedRows: number; leakedShare: number; indexes: number[] } {
  if (!Array.isArray(leaky) || !Array.isArray(correct) || leaky.length !== correct.length) {
    throw new LabError("leakageSummary requires two joins of the same length");
  }
  const indexes: number[] = [];
  leaky.forEach((value, index) => {
    if (!Object.is(value, correct[index])) indexes.push(index);
  });
  return {
    leakedRows: indexes.length,
    leakedShare: leaky.length === 0 ? 0 : indexes.length / leaky.length,
    indexes,
  };
}
