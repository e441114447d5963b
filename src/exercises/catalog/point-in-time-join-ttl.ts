/**
 * Exercise: the values Feast's offline store joins onto seven entity rows, with a feature-view
 * TTL and the created-timestamp filter: NULLs, ties, a correction and a backfilled row.
 * It practises Lessons 2 and 10.
 */
import { createRng, latestValueJoin, pointInTimeJoin } from "../../lab/index";
import type { EntityRow, FeatureRow } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";
import { dateTime, dayStart } from "./epoch-times";

interface JoinParams {
  ttlHours: number;
  features: FeatureRow[];
  entities: EntityRow[];
}

const hour = 3600;
const minute = 60;
const rowCount = 7;

const joinOptions = (params: JoinParams) => ({
  ttlSeconds: params.ttlHours * hour,
  filterByCreatedTimestamp: true,
});

/**
 * The conv_rate Feast's offline store joins onto seven entity rows, with a TTL in hours and
 * `filter_by_created_timestamp=True`; NULL where no feature row qualifies.
 *
 * @example pointInTimeJoinTtl.solve(pointInTimeJoinTtl.generate(1)).values; // 7 values or null
 */
export const pointInTimeJoinTtl = defineExercise<JoinParams>({
  id: "point-in-time-join-ttl",
  title: "Point-in-time join with a TTL and the created-timestamp filter",
  objectives: ["notebook-simulations", "failure-modes"],
  topic: "feature-store",
  lesson: "features-entities-time",
  difficulty: 3,
  generate(seed: number): Instance<JoinParams> {
    const rng = createRng(seed);
    const ttlHours = rng.choice([2, 3]);
    const ids = rng.shuffle([1001, 1002, 1003]);
    const [a, b, c] = ids as [number, number, number];
    const pool = rng.shuffle(Array.from({ length: 70 }, (_, i) => 25 + i));
    let next = 0;
    const value = () => (pool[next++] ?? 50) / 100;
    const at = (h: number, m = 0) => dayStart + h * hour + m * minute;
    const lag = () => (2 + rng.int(8)) * minute;
    const features: FeatureRow[] = [];
    const push = (entityId: number, event: number, created: number) =>
      features.push({ entityId, eventTimestamp: event, createdTimestamp: created, value: value() });
    // Driver a: three hourly rows, a correction of the second one, then a gap longer than the TTL.
    const a0 = at(6 + rng.int(2));
    push(a, a0, a0 + lag());
    push(a, a0 + hour, a0 + hour + lag());
    push(a, a0 + hour, a0 + hour + (25 + rng.int(20)) * minute);
    push(a, a0 + 2 * hour, a0 + 2 * hour + lag());
    const a3 = a0 + (4 + ttlHours) * hour;
    push(a, a3, a3 + lag());
    // Driver b: the last row was written by a backfill job the next night.
    const b0 = at(8 + rng.int(2));
    push(b, b0, b0 + lag());
    push(b, b0 + 2 * hour, b0 + 2 * hour + lag());
    push(b, b0 + 3 * hour, at(26 + rng.int(3)));
    // Driver c: two rows one hour apart.
    const c0 = at(9 + rng.int(3));
    push(c, c0, c0 + lag());
    push(c, c0 + hour, c0 + hour + lag());
    const entities: EntityRow[] = rng.shuffle([
      { entityId: a, timestamp: a0 + hour + (10 + rng.int(10)) * minute },
      { entityId: a, timestamp: a0 + hour + (50 + rng.int(10)) * minute },
      { entityId: a, timestamp: a0 + 2 * hour + (ttlHours + 1) * hour },
      { entityId: b, timestamp: b0 + 3 * hour + (20 + rng.int(30)) * minute },
      { entityId: c, timestamp: c0 + hour + ttlHours * hour },
      { entityId: 1009, timestamp: at(10 + rng.int(4), 30) },
      { entityId: c, timestamp: c0 - hour },
    ]);
    features.sort(
      (x, y) =>
        Number(x.entityId) - Number(y.entityId) ||
        x.eventTimestamp - y.eventTimestamp ||
        (x.createdTimestamp ?? 0) - (y.createdTimestamp ?? 0),
    );
    return {
      seed,
      params: { ttlHours, features, entities },
      tables: [
        {
          name: "driver_hourly_stats (feature view source)",
          columns: ["driver_id", "event_timestamp", "created", "conv_rate"],
          rows: features.map((row) => [
            row.entityId,
            dateTime(row.eventTimestamp),
            dateTime(row.createdTimestamp ?? row.eventTimestamp),
            row.value,
          ]),
          note: "Times in UTC. event_timestamp: when the value was true; created: when the row was written.",
        },
        {
          name: "entity dataframe (training rows)",
          columns: ["row", "driver_id", "event_timestamp"],
          rows: entities.map((row, index) => [index + 1, row.entityId, dateTime(row.timestamp)]),
          note: "One training example per row; the join must use only what was known at its timestamp.",
        },
      ],
    };
  },
  prompt({ params }) {
    return [
      "A training set is built by a point-in-time join of the feature `conv_rate` onto the entity",
      `dataframe (tables). The feature view has \`ttl\` = ${params.ttlHours} hours and the join runs with`,
      "`filter_by_created_timestamp=True` (Lesson 2, point-in-time joins, with Feast's rules).",
      "",
      "For each of the 7 entity rows give the `conv_rate` the join returns, exactly as written in the",
      "source table, or `NULL` when no feature row qualifies.",
    ].join("\n");
  },
  answer: {
    values: {
      kind: "table",
      label: "conv_rate per entity row",
      rowLabels: Array.from({ length: rowCount }, (_, i) => `Row ${i + 1}`),
      valueKind: "number",
      tolerance: defaultTolerance,
      allowNull: true,
      weight: 1,
    },
  },
  solve({ params }) {
    return { values: pointInTimeJoin(params.entities, params.features, joinOptions(params)) };
  },
  mistakes(instance) {
    const { params } = instance;
    const ttlSeconds = params.ttlHours * hour;
    const join = (ttl: number, filter: boolean) =>
      pointInTimeJoin(params.entities, params.features, {
        ttlSeconds: ttl,
        filterByCreatedTimestamp: filter,
      });
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "values",
        value: latestValueJoin(params.entities, params.features),
        id: "latest-value-join",
        message:
          "You joined each driver's latest value whatever the row's time: that leaks the future into training. Only rows with event_timestamp at or before the row's time qualify.",
      },
      {
        part: "values",
        value: join(ttlSeconds, false),
        id: "no-created-filter",
        message:
          "With filter_by_created_timestamp, a row written after the entity row's time (a late correction or a backfill) does not qualify, even if its event time does.",
      },
      {
        part: "values",
        value: join(0, true),
        id: "ignored-ttl",
        message: `The TTL of ${params.ttlHours} h is a lower bound: a row whose event time is more than ${params.ttlHours} h before the entity row's time does not qualify, and the result is NULL.`,
      },
      {
        part: "values",
        value: join(ttlSeconds - 1, true),
        id: "strict-ttl-bound",
        message:
          "Both bounds are inclusive: an event exactly TTL before the entity row's time still qualifies.",
      },
    ]);
  },
  hints: [
    "For each entity row, list the feature rows of the same driver with event_timestamp at or before the row's time.",
    "Drop rows older than the TTL (event_timestamp < t − ttl) and rows created after t.",
    "Among what is left, the largest event_timestamp wins; equal event times are decided by the larger created time. Nothing left means NULL.",
  ],
  solution(instance) {
    const { params } = instance;
    const values = pointInTimeJoin(params.entities, params.features, joinOptions(params));
    const lines = params.entities.map((row, index) => {
      const lower = row.timestamp - params.ttlHours * hour;
      const result = values[index] ?? null;
      const known = params.features.some((f) => f.entityId === row.entityId);
      const why = !known
        ? "no feature rows for this driver"
        : result === null
          ? `no row of driver ${row.entityId} has event time in [${dateTime(lower)}, ${dateTime(row.timestamp)}] and was created by then`
          : `the newest qualifying row (event time in [${dateTime(lower)}, ${dateTime(row.timestamp)}], created by then) has ${result}`;
      return `- Row ${index + 1} (driver ${row.entityId} at ${dateTime(row.timestamp)}): **${result ?? "NULL"}**, ${why}.`;
    });
    return [
      `Each row keeps feature rows with $t - ${params.ttlHours}\\,\\mathrm{h} \\le \\tau^{\\mathrm{ev}} \\le t$ and $\\tau^{\\mathrm{cr}} \\le t$; the largest event time wins, ties by the largest created time.`,
      "",
      ...lines,
    ].join("\n");
  },
});
