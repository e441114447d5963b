/**
 * Seeded training-serving skew scenarios: paired offline (training pipeline) and online (serving
 * path) feature tables for the same request ids, with one planted bug.
 *
 * Training-serving skew comes from two code paths computing "the same" feature (Lesson 3).
 * The classic bugs: a unit mismatch (amount in units vs thousandths), milliseconds vs seconds,
 * hour-of-day in UTC offline but local time online, different null defaults (training imputes
 * the mean, serving fills 0), and stale online values from a lagging materialization.
 */

import { LabError } from "../core/errors";
import type { ExampleRow } from "./feature-skew";
import type { Rng } from "../random/rng";

/** The planted bug. */
export type SkewScenarioKind =
  | "none"
  | "unit-bug"
  | "milliseconds-vs-seconds"
  | "time-zone-shift"
  | "null-default"
  | "stale-online";

/** Options of {@link generateSkewScenario}. */
export interface SkewScenarioOptions {
  /** Number of requests (default 1000). */
  rows?: number;
  /** Hours added online in "time-zone-shift" (default -5, UTC to US Eastern). */
  timeZoneOffsetHours?: number;
  /** Share of rows served a stale value in "stale-online" (default 0.3). */
  staleShare?: number;
  /** Share of rows whose raw averageBasket is null (default 0.1). */
  nullShare?: number;
}

/** A generated scenario. */
export interface SkewScenario {
  kind: SkewScenarioKind;
  description: string;
  /** Features the bug touches. */
  affectedFeatures: string[];
  /** Training-pipeline features; `requestId` identifies the row. */
  offline: ExampleRow[];
  /** Serving-path features for the same request ids. */
  online: ExampleRow[];
}

const descriptions: Record<SkewScenarioKind, [string, string[]]> = {
  none: ["Both paths compute identical features.", []],
  "unit-bug": ["Serving reports amount in thousandths of a unit (×1000).", ["amount"]],
  "milliseconds-vs-seconds": [
    "Serving computes secondsSinceLastLogin in milliseconds.",
    ["secondsSinceLastLogin"],
  ],
  "time-zone-shift": [
    "Serving derives hourOfDay from local time, training from UTC.",
    ["hourOfDay"],
  ],
  "null-default": [
    "Training imputes a missing averageBasket with the mean, serving with 0.",
    ["averageBasket"],
  ],
  "stale-online": [
    "Serving reads clicks7d from a lagging online store for some requests.",
    ["clicks7d"],
  ],
};

/**
 * Generates a skew scenario: the same requests through the offline and the online path.
 *
 * @param rng - seeded random source
 * @param kind - which bug to plant
 * @param options - rows, time-zone offset, stale share, null share
 * @returns the paired tables and a description of the bug
 * @throws {LabError} on an unknown kind, a non-positive row count or a share outside [0, 1]
 * @example
 * const { offline, online } = generateSkewScenario(createRng(1), "unit-bug");
 * featureSkew(offline, online, { identifierFeatures: "requestId" });
 */
export function generateSkewScenario(
  rng: Rng,
  kind: SkewScenarioKind,
  options: SkewScenarioOptions = {},
): SkewScenario {
  const described = descriptions[kind];
  if (!described) throw new LabError(`generateSkewScenario does not know kind "${kind}"`);
  const rows = options.rows ?? 1000;
  const staleShare = options.staleShare ?? 0.3;
  const nullShare = options.nullShare ?? 0.1;
  const offset = options.timeZoneOffsetHours ?? -5;
  if (!Number.isInteger(rows) || rows < 1)
    throw new LabError("generateSkewScenario requires rows to be a positive integer");
  if (!(staleShare >= 0 && staleShare <= 1) || !(nullShare >= 0 && nullShare <= 1)) {
    throw new LabError("generateSkewScenario requires shares in [0, 1]");
  }
  const raw = Array.from({ length: rows }, (_, index) => ({
    requestId: `r${String(index + 1).padStart(6, "0")}`,
    amount: Math.round(rng.lognormal(3, 0.8) * 100) / 100,
    hourOfDay: rng.int(24),
    secondsSinceLastLogin: Math.round(rng.exponential(1 / 3600)),
    averageBasket: rng.uniform() < nullShare ? null : Math.round(rng.normal(40, 8) * 100) / 100,
    clicks7d: rng.poisson(12),
  }));
  const observed = raw.flatMap((row) => (row.averageBasket === null ? [] : [row.averageBasket]));
  const mean =
    observed.length === 0
      ? 0
      : Math.round((observed.reduce((a, b) => a + b, 0) / observed.length) * 100) / 100;
  const offline = raw.map((row) => ({ ...row, averageBasket: row.averageBasket ?? mean }));
  const online = raw.map((row) => {
    const served: ExampleRow = { ...row, averageBasket: row.averageBasket ?? mean };
    switch (kind) {
      case "unit-bug":
        served.amount = Math.round(row.amount * 1000);
        break;
      case "milliseconds-vs-seconds":
        served.secondsSinceLastLogin = row.secondsSinceLastLogin * 1000;
        break;
      case "time-zone-shift":
        served.hourOfDay = (((row.hourOfDay + offset) % 24) + 24) % 24;
        break;
      case "null-default":
        served.averageBasket = row.averageBasket ?? 0;
        break;
      case "stale-online":
        // A stale snapshot: last week's count, which differs by a fresh Poisson draw.
        if (rng.uniform() < staleShare) served.clicks7d = rng.poisson(12);
        break;
      default:
        break;
    }
    return served;
  });
  return { kind, description: described[0], affectedFeatures: [...described[1]], offline, online };
}
