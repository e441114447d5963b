import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { latestValueJoin, leakageSummary } from "./latest-value-join";
import { pointInTimeJoinExplained } from "./point-in-time-explained";
import { countAtMost, pointInTimeJoin } from "./point-in-time-join";
import type { EntityRow, FeatureRow } from "./point-in-time-join";

const day = 1_704_067_200; // 2024-01-01T00:00:00Z
const at = (hours: number, minutes = 0, seconds = 0) => day + hours * 3600 + minutes * 60 + seconds;

// Worked case of Feast's offline-store point-in-time join (get_historical_features):
// (entity, event, created, value).
const workedRows: FeatureRow[] = [
  { entityId: 1001, eventTimestamp: at(10), createdTimestamp: at(10, 5), value: 0.5 },
  { entityId: 1001, eventTimestamp: at(11), createdTimestamp: at(11, 2), value: 0.6 },
  { entityId: 1001, eventTimestamp: at(11), createdTimestamp: at(11, 30), value: 0.65 },
  { entityId: 1001, eventTimestamp: at(13), createdTimestamp: at(13, 1), value: 0.7 },
  { entityId: 1002, eventTimestamp: at(9), createdTimestamp: at(9, 1), value: 0.3 },
];
const twoHours = 7200;

describe("pointInTimeJoin: a worked case of Feast's point-in-time join semantics", () => {
  const entities: EntityRow[] = [
    { entityId: 1001, timestamp: at(11) },
    { entityId: 1002, timestamp: at(11, 0, 1) },
    { entityId: 1001, timestamp: at(15, 30) },
    { entityId: 1003, timestamp: at(12) },
  ];

  it("TTL 2 h: tie on event time broken by the largest created time; NULL outside TTL", () => {
    expect(pointInTimeJoin(entities, workedRows, { ttlSeconds: twoHours })).toEqual([
      0.65,
      null,
      null,
      null,
    ]);
  });

  it("created-timestamp filter excludes rows created after t (stops backfill leakage)", () => {
    const [value] = pointInTimeJoin([entities[0]!], workedRows, {
      ttlSeconds: twoHours,
      filterByCreatedTimestamp: true,
    });
    expect(value).toBe(0.5);
  });

  it("TTL 0 means no lower bound", () => {
    expect(pointInTimeJoin(entities, workedRows, { ttlSeconds: 0 })).toEqual([
      0.65,
      0.3,
      0.7,
      null,
    ]);
    expect(pointInTimeJoin(entities, workedRows)).toEqual([0.65, 0.3, 0.7, null]);
  });

  it("both TTL bounds are inclusive (Feast: event_ts <= t and event_ts >= t - ttl)", () => {
    const rows: FeatureRow[] = [{ entityId: "a", eventTimestamp: 100, value: 1 }];
    const join = (timestamp: number) =>
      pointInTimeJoin([{ entityId: "a", timestamp }], rows, { ttlSeconds: 50 })[0];
    expect(join(100)).toBe(1); // event_ts == t
    expect(join(150)).toBe(1); // event_ts == t - ttl
    expect(join(150.5)).toBeNull();
    expect(join(99)).toBeNull();
  });

  it("keeps every entity row, in order, with duplicates (left join)", () => {
    const rows = [entities[0]!, entities[0]!, entities[3]!];
    expect(pointInTimeJoin(rows, workedRows, { ttlSeconds: twoHours })).toEqual([0.65, 0.65, null]);
  });

  it("treats 1001 and '1001' as different join keys", () => {
    expect(pointInTimeJoin([{ entityId: "1001", timestamp: at(12) }], workedRows)).toEqual([null]);
  });

  it("rows without created time lose ties to rows with one; exact ties go to the later row", () => {
    const rows: FeatureRow[] = [
      { entityId: 1, eventTimestamp: 10, createdTimestamp: 12, value: "with created" },
      { entityId: 1, eventTimestamp: 10, value: "no created" },
      { entityId: 2, eventTimestamp: 10, value: "first" },
      { entityId: 2, eventTimestamp: 10, value: "second" },
    ];
    const entityRows = [
      { entityId: 1, timestamp: 20 },
      { entityId: 2, timestamp: 20 },
    ];
    expect(pointInTimeJoin(entityRows, rows)).toEqual(["with created", "second"]);
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => pointInTimeJoin([{ entityId: 1, timestamp: NaN }], [])).toThrow(
      "pointInTimeJoin requires a finite timestamp (entity row 0)",
    );
    expect(() => pointInTimeJoin([], [], { ttlSeconds: -1 })).toThrow(
      "pointInTimeJoin requires ttlSeconds to be a finite number >= 0",
    );
    expect(() =>
      pointInTimeJoin([], [{ entityId: 1, eventTimestamp: Infinity, value: 1 }]),
    ).toThrow(LabError);
    expect(() =>
      pointInTimeJoin([{ entityId: {} as unknown as string, timestamp: 1 }], []),
    ).toThrow("pointInTimeJoin requires a string or finite number entityId (entity row 0)");
  });
});

describe("pointInTimeJoinExplained", () => {
  it("labels every candidate of the worked case at (1001, 11:00) with the created filter", () => {
    const [explanation] = pointInTimeJoinExplained(
      [{ entityId: 1001, timestamp: at(11) }],
      workedRows,
      {
        ttlSeconds: twoHours,
        filterByCreatedTimestamp: true,
      },
    );
    expect(explanation!.value).toBe(0.5);
    expect(explanation!.winnerIndex).toBe(0);
    expect(explanation!.ttlLowerBound).toBe(at(9));
    expect(explanation!.candidates.map((c) => [c.featureIndex, c.status])).toEqual([
      [0, "winner"],
      [1, "created-after-entity-time"],
      [2, "created-after-entity-time"],
      [3, "future-event"],
    ]);
  });

  it("marks the tie loser and older rows, and rows outside the TTL", () => {
    const [late, outside] = pointInTimeJoinExplained(
      [
        { entityId: 1001, timestamp: at(12) },
        { entityId: 1001, timestamp: at(15, 30) },
      ],
      workedRows,
      { ttlSeconds: twoHours },
    );
    expect(late!.candidates.map((c) => c.status)).toEqual([
      "older-event",
      "lost-tie",
      "winner",
      "future-event",
    ]);
    expect(outside!.value).toBeNull();
    expect(outside!.winnerIndex).toBeNull();
    expect(outside!.candidates.every((c) => c.status === "outside-ttl")).toBe(true);
  });
});

describe("latestValueJoin (the leaky join)", () => {
  it("returns the newest value whatever the entity time, so the past sees the future", () => {
    const entities = [
      { entityId: 1001, timestamp: at(9) },
      { entityId: 1002, timestamp: at(8) },
      { entityId: 1003, timestamp: at(8) },
    ];
    const leaky = latestValueJoin(entities, workedRows);
    expect(leaky).toEqual([0.7, 0.3, null]);
    const correct = pointInTimeJoin(entities, workedRows);
    expect(correct).toEqual([null, null, null]);
    expect(leakageSummary(leaky, correct)).toEqual({
      leakedRows: 2,
      leakedShare: 2 / 3,
      indexes: [0, 1],
    });
  });

  it("rejects joins of different lengths", () => {
    expect(() => leakageSummary([1], [])).toThrow(
      "leakageSummary requires two joins of the same length",
    );
  });
});

describe("countAtMost", () => {
  it("is an upper-bound binary search", () => {
    expect(countAtMost(Float64Array.of(1, 2, 2, 5), 2)).toBe(3);
    expect(countAtMost(Float64Array.of(1, 2, 2, 5), 0)).toBe(0);
    expect(countAtMost(Float64Array.of(), 0)).toBe(0);
  });
});

// Property tests. Each feature row's value is its own index, so a returned value names its row.
const featureRowsArbitrary = fc.array(
  fc.record({
    entityId: fc.integer({ min: 1, max: 3 }),
    eventTimestamp: fc.integer({ min: 0, max: 50 }),
    createdOffset: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  }),
  { maxLength: 25 },
);
const entityRowsArbitrary = fc.array(
  fc.record({
    entityId: fc.integer({ min: 1, max: 4 }),
    timestamp: fc.integer({ min: -5, max: 60 }),
  }),
  { maxLength: 15 },
);
const toFeatureRows = (
  raw: { entityId: number; eventTimestamp: number; createdOffset: number | undefined }[],
): FeatureRow[] =>
  raw.map((row, index) => ({
    entityId: row.entityId,
    eventTimestamp: row.eventTimestamp,
    createdTimestamp:
      row.createdOffset === undefined ? undefined : row.eventTimestamp + row.createdOffset,
    value: index,
  }));

/** Brute-force oracle written straight from the Feast rules, no sorting tricks. */
function bruteForce(entities: EntityRow[], features: FeatureRow[], ttl: number, filter: boolean) {
  return entities.map(({ entityId, timestamp }) => {
    let best: { row: FeatureRow; index: number } | null = null;
    features.forEach((row, index) => {
      if (row.entityId !== entityId || row.eventTimestamp > timestamp) return;
      if (ttl > 0 && row.eventTimestamp < timestamp - ttl) return;
      if (filter && (row.createdTimestamp ?? -Infinity) > timestamp) return;
      const created = row.createdTimestamp ?? -Infinity;
      const bestCreated = best?.row.createdTimestamp ?? -Infinity;
      if (
        !best ||
        row.eventTimestamp > best.row.eventTimestamp ||
        (row.eventTimestamp === best.row.eventTimestamp && created >= bestCreated)
      ) {
        best = { row, index };
      }
    });
    return best === null ? null : (best as { index: number }).index;
  });
}

describe("pointInTimeJoin properties (fast-check)", () => {
  it("never returns a value from the future, from outside the TTL, or created after t when filtered", () => {
    fc.assert(
      fc.property(
        entityRowsArbitrary,
        featureRowsArbitrary,
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (entities, raw, ttl, filter) => {
          const features = toFeatureRows(raw);
          const values = pointInTimeJoin(entities, features, {
            ttlSeconds: ttl,
            filterByCreatedTimestamp: filter,
          });
          values.forEach((value, index) => {
            if (value === null) return;
            const row = features[value as number]!;
            const { entityId, timestamp } = entities[index]!;
            expect(row.entityId).toBe(entityId);
            expect(row.eventTimestamp).toBeLessThanOrEqual(timestamp);
            if (ttl > 0) expect(row.eventTimestamp).toBeGreaterThanOrEqual(timestamp - ttl);
            if (filter) expect(row.createdTimestamp ?? -Infinity).toBeLessThanOrEqual(timestamp);
          });
        },
      ),
    );
  });

  it("raising the TTL (or removing it) never turns a value into NULL", () => {
    fc.assert(
      fc.property(
        entityRowsArbitrary,
        featureRowsArbitrary,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (entities, raw, ttl, extra, filter) => {
          const features = toFeatureRows(raw);
          const small = pointInTimeJoin(entities, features, {
            ttlSeconds: ttl,
            filterByCreatedTimestamp: filter,
          });
          const larger = pointInTimeJoin(entities, features, {
            ttlSeconds: ttl + extra,
            filterByCreatedTimestamp: filter,
          });
          const unbounded = pointInTimeJoin(entities, features, {
            filterByCreatedTimestamp: filter,
          });
          small.forEach((value, index) => {
            if (value !== null) {
              expect(larger[index]).not.toBeNull();
              expect(unbounded[index]).not.toBeNull();
            }
          });
        },
      ),
    );
  });

  it("matches a brute-force oracle of the Feast rules and the explained variant", () => {
    fc.assert(
      fc.property(
        entityRowsArbitrary,
        featureRowsArbitrary,
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (entities, raw, ttl, filter) => {
          const features = toFeatureRows(raw);
          const options = { ttlSeconds: ttl, filterByCreatedTimestamp: filter };
          const fast = pointInTimeJoin(entities, features, options);
          expect(fast).toEqual(bruteForce(entities, features, ttl, filter));
          const explained = pointInTimeJoinExplained(entities, features, options);
          expect(explained.map((row) => row.value)).toEqual(fast);
          expect(explained.map((row) => row.winnerIndex)).toEqual(fast);
        },
      ),
    );
  });
});
