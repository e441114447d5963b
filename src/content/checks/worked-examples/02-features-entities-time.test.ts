import { describe, expect, it } from "vitest";
import {
  createRng,
  generateEventLog,
  latestValueJoin,
  materialize,
  onlineRead,
  pointInTimeJoin,
  simulateMaterializationSchedule,
} from "../../../lab/index";
import type { EntityRow, FeatureRow, FeatureValue } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("02-features-entities-time.md");
/** The lesson with line breaks folded, for phrases that wrap across lines. */
const flatText = text.replace(/\s+/g, " ");

/** Seconds after midnight of the example's day (UTC). */
const at = (hours: number, minutes = 0, seconds = 0): number =>
  hours * 3600 + minutes * 60 + seconds;

// The feature log of the example (a worked case of Feast's point-in-time join).
const featureRows: FeatureRow[] = [
  { entityId: 1001, eventTimestamp: at(10), createdTimestamp: at(10, 5), value: 0.5 },
  { entityId: 1001, eventTimestamp: at(11), createdTimestamp: at(11, 2), value: 0.6 },
  { entityId: 1001, eventTimestamp: at(11), createdTimestamp: at(11, 30), value: 0.65 },
  { entityId: 1001, eventTimestamp: at(13), createdTimestamp: at(13, 1), value: 0.7 },
  { entityId: 1002, eventTimestamp: at(9), createdTimestamp: at(9, 1), value: 0.3 },
];

const entityRows: EntityRow[] = [
  { entityId: 1001, timestamp: at(11) },
  { entityId: 1002, timestamp: at(11, 0, 1) },
  { entityId: 1001, timestamp: at(15, 30) },
  { entityId: 1003, timestamp: at(12) },
];

const twoHours = 7200;

/** Renders a joined value the way the lesson's table prints it. */
const printed = (value: FeatureValue): string =>
  value === null ? "NULL" : typeof value === "number" ? value.toFixed(2) : value;

describe("lesson 2 worked examples: features, entities and time", () => {
  it("prints the join table row by row as the lab computes it", () => {
    // Feast semantics (offline-store get_historical_features): TTL bounds inclusive, TTL 0 = no bound, created filter
    const withTtl = pointInTimeJoin(entityRows, featureRows, { ttlSeconds: twoHours });
    const withFilter = pointInTimeJoin(entityRows, featureRows, {
      ttlSeconds: twoHours,
      filterByCreatedTimestamp: true,
    });
    const withoutTtl = pointInTimeJoin(entityRows, featureRows, { ttlSeconds: 0 });
    expect(withTtl).toEqual([0.65, null, null, null]);
    expect(withFilter).toEqual([0.5, null, null, null]);
    expect(withoutTtl).toEqual([0.65, 0.3, 0.7, null]);
    const labels = ["(1001, 11:00)", "(1002, 11:00:01)", "(1001, 15:30)", "(1003, 12:00)"];
    labels.forEach((label, index) => {
      const row = `| ${label} | ${printed(withTtl[index]!)} | ${printed(withFilter[index]!)} | ${printed(withoutTtl[index]!)} |`;
      expect(text).toContain(row);
    });
  });

  it("counts 1 of 4 rows with a value under the 2 h TTL and 3 of 4 without a TTL", () => {
    const nonNull = (values: FeatureValue[]) => values.filter((value) => value !== null).length;
    expect(nonNull(pointInTimeJoin(entityRows, featureRows, { ttlSeconds: twoHours }))).toBe(1);
    expect(nonNull(pointInTimeJoin(entityRows, featureRows, { ttlSeconds: 0 }))).toBe(3);
    expect(flatText).toContain("only 1 of the 4 rows");
    expect(flatText).toContain("3 of 4 do");
  });

  it("includes a value exactly one TTL old (inclusive bound)", () => {
    const exactlyTwoHours = pointInTimeJoin([{ entityId: 1002, timestamp: at(11) }], featureRows, {
      ttlSeconds: twoHours,
    });
    expect(exactlyTwoHours).toEqual([0.3]);
    expect(flatText).toContain("at exactly 11:00:00 it would have qualified and returned 0.30");
  });

  it("shows the naive latest-value join leaking 0.70 into the 11:00 row", () => {
    const leaky = latestValueJoin(entityRows, featureRows);
    expect(leaky[0]).toBe(0.7);
    expect(flatText).toContain("returns 0.70 for (1001, 11:00)");
  });

  it("materialises 0.65 and reads it at 15:30 with 16200 seconds of staleness", () => {
    // Feast materialisation: latest row per entity in [start, end]; online reads apply no TTL
    const store = materialize(featureRows, { start: at(0), end: at(12) });
    const read = onlineRead(store, 1001, at(15, 30));
    expect(read.value).toBe(0.65);
    expect(onlineRead(store, 1002, at(15, 30)).value).toBe(0.3);
    expectPrinted(passage(text, "is 4.5 hours (16200 seconds) old"), read.stalenessSeconds!, 0);
    expectPrinted(
      passage(text, "is 4.5 hours (16200 seconds) old"),
      read.stalenessSeconds! / 3600,
      1,
    );
  });

  it("prints the staleness of hourly materialisation: mean 30 min, 95th percentile 57 min", () => {
    // Uniform age on [lag, lag + cadence): mean lag + c/2, quantile lag + p c (no lag here)
    const cadenceMinutes = 60;
    expect(flatText).toContain(`${(cadenceMinutes / 2).toFixed(0)} minutes old on average`);
    expect(flatText).toContain(
      `${(0.95 * cadenceMinutes).toFixed(0)} minutes old at the 95th percentile`,
    );
  });

  it("reproduces the simulated day of hourly materialisation", () => {
    // lab generateEventLog + simulateMaterializationSchedule, seed 7 (the example's parameters)
    const eventLog = generateEventLog(createRng(7), {
      entityCount: 20,
      eventsPerHour: 60,
      meanIngestionDelaySeconds: 0,
    });
    const { summary } = simulateMaterializationSchedule(eventLog, {
      start: 0,
      end: 86_400,
      cadenceSeconds: 3600,
      readIntervalSeconds: 10,
    });
    expect(summary.readCount).toBe(172_800);
    expect(flatText).toContain("172800 reads");
    const example = passage(text, "With seed 7, generate a one-day log for 20 entities");
    expectPrinted(example, summary.missingShare * 100, 1);
    expectPrinted(example, summary.meanStalenessSeconds!, 1);
    // numpy.quantile(staleness, 0.95) of the same 165620 reads is 3474.0: the value is exact
    expect(summary.p95StalenessSeconds).toBe(3474);
    expect(example).toContain("exactly 3474 s");
    expectPrinted(example, summary.outdatedShare * 100, 1);
    // Predictions printed next to the simulation: lag 60 s (Poisson at 1 per minute), c = 3600 s,
    // reads on a 10 s grid lower the mean of U mod c by 5 s.
    const lag = 60;
    const cadence = 3600;
    expect(flatText).toContain(`$${lag} + ${cadence / 2} = ${lag + cadence / 2}$ s`);
    expect(flatText).toContain(`to ${lag + (cadence - 10) / 2} s`);
    expect(flatText).toContain(`= ${lag + 0.95 * cadence}$ s`);
    const changesPerPeriod = cadence / lag;
    const outdatedPrediction = 1 - (1 - Math.exp(-changesPerPeriod)) / changesPerPeriod;
    expectPrinted(
      passage(text, "With seed 7, generate a one-day log for 20 entities"),
      outdatedPrediction,
      4,
    );
    // the simulated mean sits within 10 s of the grid-corrected prediction
    expect(Math.abs(summary.meanStalenessSeconds! - (lag + (cadence - 10) / 2))).toBeLessThan(10);
  });

  it("adds the usual backlog to the outage for the first outage event's wait", () => {
    // FIFO: 12,000 events (the usual lag at 400/s) are ahead of the first outage event; the job
    // restarts after 600 s at 1,000/s, so that event leaves at 600 + 12,000 / 1,000 = 612 s.
    const example = passage(text, "Events arrive at 400 per second");
    const usualBacklog = 12_000;
    expectPrinted(example, usualBacklog / 400, 0);
    expectPrinted(example, 600 + usualBacklog / 1000, 0);
    expectPrinted(example, usualBacklog / 1000, 0);
  });
});
