import { describe, expect, it } from "vitest";
import { generateEventLog } from "./event-log";
import { createRng } from "../random/rng";

describe("generateEventLog", () => {
  it("is reproducible, sorted by event time, and rows arrive after they happen", () => {
    const rows = generateEventLog(createRng("log"), { entityCount: 5, durationSeconds: 6 * 3600 });
    expect(rows).toEqual(
      generateEventLog(createRng("log"), { entityCount: 5, durationSeconds: 6 * 3600 }),
    );
    rows.forEach((row, index) => {
      if (index > 0)
        expect(row.eventTimestamp).toBeGreaterThanOrEqual(rows[index - 1]!.eventTimestamp);
      expect(row.createdTimestamp!).toBeGreaterThanOrEqual(row.eventTimestamp);
      expect(row.eventTimestamp).toBeLessThan(6 * 3600 + 1);
    });
    expect(new Set(rows.map((row) => row.entityId))).toEqual(
      new Set([1001, 1002, 1003, 1004, 1005]),
    );
  });

  it("draws about rate × duration events per entity (Poisson process)", () => {
    const rows = generateEventLog(createRng(11), {
      entityCount: 50,
      eventsPerHour: 2,
      durationSeconds: 86_400,
    });
    // Expected 50 · 2 · 24 = 2400 events; a Poisson count has sd ≈ 49.
    expect(rows.length).toBeGreaterThan(2400 - 250);
    expect(rows.length).toBeLessThan(2400 + 250);
  });

  it("delays a share of rows by much more when lateShare > 0", () => {
    const rows = generateEventLog(createRng(12), {
      entityCount: 30,
      lateShare: 0.5,
      meanLateDelaySeconds: 7200,
    });
    const late =
      rows.filter((row) => row.createdTimestamp! - row.eventTimestamp > 600).length / rows.length;
    expect(late).toBeGreaterThan(0.35);
    expect(late).toBeLessThan(0.55);
  });

  it("rejects bad options", () => {
    expect(() => generateEventLog(createRng(1), { entityCount: 0 })).toThrow(
      "generateEventLog requires entityCount to be a positive integer",
    );
    expect(() => generateEventLog(createRng(1), { lateShare: 2 })).toThrow(
      "generateEventLog requires lateShare in [0, 1]",
    );
  });
});
