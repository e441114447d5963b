import { describe, expect, it } from "vitest";
import { generateEventLog } from "./event-log";
import { simulateMaterializationSchedule } from "./materialization-schedule";
import type { FeatureRow } from "./point-in-time-join";
import { createRng } from "../random/rng";

describe("simulateMaterializationSchedule", () => {
  // Entity 1: a value at t=100, one at t=1000 arriving at 1005, and a LATE one at t=2500 arriving
  // at 5000, after its window was processed. Entity 2: one value at t=50.
  const events: FeatureRow[] = [
    { entityId: 1, eventTimestamp: 100, createdTimestamp: 110, value: 1 },
    { entityId: 1, eventTimestamp: 1000, createdTimestamp: 1005, value: 2 },
    { entityId: 1, eventTimestamp: 2500, createdTimestamp: 5000, value: 3 },
    { entityId: 2, eventTimestamp: 50, createdTimestamp: 60, value: 10 },
  ];
  const result = simulateMaterializationSchedule(events, {
    start: 0,
    end: 4000,
    cadenceSeconds: 1000,
    readIntervalSeconds: 500,
  });

  it("runs incremental jobs over [previous tick, tick] with the rows arrived by then", () => {
    expect(result.jobTimes).toEqual([1000, 2000, 3000, 4000]);
    expect(
      result.finalStore.entries.map((entry) => [entry.entityId, entry.value, entry.writtenAt]),
    ).toEqual([
      [2, 10, 1000], // first written by the first job (its event is the earliest)
      [1, 2, 2000],
    ]);
    expect(result.summary.lateRowsNeverMaterialized).toBe(1);
  });

  it("reads return the last materialized value with its staleness, compared with the ideal", () => {
    const entityOne = result.reads.filter((read) => read.entityId === 1);
    expect(
      entityOne.map((read) => [read.time, read.value, read.stalenessSeconds, read.upToDate]),
    ).toEqual([
      [500, null, null, false], // nothing materialized yet
      [1000, 1, 900, true], // the t=1000 row had not arrived at 1000
      [1500, 1, 1400, false], // it had arrived by 1500, but the next job is at 2000
      [2000, 2, 1000, true],
      [2500, 2, 1500, true],
      [3000, 2, 2000, true],
      [3500, 2, 2500, true],
      [4000, 2, 3000, true],
    ]);
  });

  it("summarises the staleness distribution (numpy: mean, quantile type 7)", () => {
    expect(result.summary).toEqual({
      readCount: 16,
      missingShare: 2 / 16,
      outdatedShare: 3 / 16,
      meanStalenessSeconds: 29450 / 14, // numpy.mean = 2103.5714285714284
      medianStalenessSeconds: 1975,
      p95StalenessSeconds: 3625,
      maxStalenessSeconds: 3950,
      lateRowsNeverMaterialized: 1,
    });
  });

  it("a faster cadence lowers staleness on a generated log", () => {
    const log = generateEventLog(createRng("cadence"), {
      entityCount: 10,
      durationSeconds: 86_400,
    });
    const staleness = (cadenceSeconds: number) =>
      simulateMaterializationSchedule(log, {
        start: 0,
        end: 86_400,
        cadenceSeconds,
        readIntervalSeconds: 900,
      }).summary.meanStalenessSeconds!;
    expect(staleness(900)).toBeLessThan(staleness(3600));
    expect(staleness(3600)).toBeLessThan(staleness(4 * 3600));
  });

  it("rejects a bad schedule", () => {
    expect(() =>
      simulateMaterializationSchedule(events, { start: 0, end: 10, cadenceSeconds: 0 }),
    ).toThrow(
      "simulateMaterializationSchedule requires positive cadence and read interval and start <= end",
    );
  });
});
