import { describe, expect, it } from "vitest";
import { materialize, onlineRead } from "./materialization";
import type { FeatureRow } from "./point-in-time-join";

const hour = 3600;
// The worked feature rows of Feast's point-in-time example (entity, event, created, value),
// times in hours since midnight.
const rows: FeatureRow[] = [
  { entityId: 1001, eventTimestamp: 10 * hour, createdTimestamp: 10 * hour + 300, value: 0.5 },
  { entityId: 1001, eventTimestamp: 11 * hour, createdTimestamp: 11 * hour + 120, value: 0.6 },
  { entityId: 1001, eventTimestamp: 11 * hour, createdTimestamp: 11 * hour + 1800, value: 0.65 },
  { entityId: 1001, eventTimestamp: 13 * hour, createdTimestamp: 13 * hour + 60, value: 0.7 },
  { entityId: 1002, eventTimestamp: 9 * hour, createdTimestamp: 9 * hour + 60, value: 0.3 },
];

describe("materialize (Feast semantics: feature_store.py materialize and the online stores)", () => {
  it("copies the latest row per entity with event time in [start, end]", () => {
    const store = materialize(rows, { start: 9 * hour, end: 12 * hour });
    expect(store.entries).toEqual([
      {
        entityId: 1001,
        value: 0.65, // tie on event time: largest created time wins
        eventTimestamp: 11 * hour,
        createdTimestamp: 11 * hour + 1800,
        writtenAt: 12 * hour,
      },
      {
        entityId: 1002,
        value: 0.3,
        eventTimestamp: 9 * hour,
        createdTimestamp: 9 * hour + 60,
        writtenAt: 12 * hour,
      },
    ]);
  });

  it("includes both window bounds", () => {
    const store = materialize(rows, { start: 9 * hour, end: 10 * hour });
    expect(store.entries.map((entry) => entry.value)).toEqual([0.5, 0.3]);
    expect(materialize(rows, { start: 13 * hour + 1, end: 20 * hour }).entries).toEqual([]);
  });

  it("last-write-wins (SQLite) lets a backfill regress a value; skip-if-not-newer (Redis) does not", () => {
    const current = materialize(rows, { start: 0, end: 14 * hour });
    expect(onlineRead(current, 1001, 14 * hour).value).toBe(0.7);
    const backfill = { start: 10 * hour, end: 11 * hour, writtenAt: 15 * hour };
    const sqlite = materialize(rows, { ...backfill, policy: "last-write-wins" }, current);
    const redis = materialize(rows, { ...backfill, policy: "skip-if-not-newer" }, current);
    expect(onlineRead(sqlite, 1001, 15 * hour).value).toBe(0.65);
    expect(onlineRead(redis, 1001, 15 * hour).value).toBe(0.7);
    // The input store is never mutated.
    expect(onlineRead(current, 1001, 15 * hour).value).toBe(0.7);
  });

  it("skip-if-not-newer skips an equal event time (Redis writes only strictly newer events)", () => {
    const first = materialize([rows[1]!], { start: 0, end: 12 * hour });
    const again = materialize(
      [rows[2]!],
      { start: 0, end: 12 * hour, policy: "skip-if-not-newer" },
      first,
    );
    expect(onlineRead(again, 1001, 12 * hour).value).toBe(0.6);
    const overwrite = materialize([rows[2]!], { start: 0, end: 12 * hour }, first);
    expect(onlineRead(overwrite, 1001, 12 * hour).value).toBe(0.65);
  });

  it("rejects a bad window or policy", () => {
    expect(() => materialize(rows, { start: 10, end: 5 })).toThrow(
      "materialize requires finite start <= end",
    );
    expect(() =>
      materialize(rows, { start: 0, end: 5, policy: "newest" as unknown as "last-write-wins" }),
    ).toThrow('materialize requires policy "last-write-wins" or "skip-if-not-newer"');
  });
});

describe("onlineRead", () => {
  it("applies no TTL: a value days old is still served, with its staleness", () => {
    const store = materialize(rows, { start: 0, end: 14 * hour });
    const threeDaysLater = 13 * hour + 3 * 86_400;
    expect(onlineRead(store, 1001, threeDaysLater)).toEqual({
      found: true,
      value: 0.7,
      eventTimestamp: 13 * hour,
      stalenessSeconds: 3 * 86_400,
    });
  });

  it("reports a missing key", () => {
    expect(onlineRead({ entries: [] }, 1, 0)).toEqual({
      found: false,
      value: null,
      eventTimestamp: null,
      stalenessSeconds: null,
    });
    expect(() => onlineRead({ entries: [] }, 1, NaN)).toThrow(
      "onlineRead requires a finite read time",
    );
  });
});
