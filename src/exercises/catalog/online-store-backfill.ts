/**
 * Exercise: what the online store holds after a backfill materialization, under a write policy.
 * It practises Lesson 2.
 */
import { createRng, materialize } from "../../lab/index";
import type { FeatureRow, OnlineStore, OnlineWritePolicy } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { timeOfDay, defaultTolerance, distinctMistakes, roundTo } from "./exercise-helpers";

/** Parameters of one instance: stored values, the feature log and the job's window and policy. */
export interface BackfillParams {
  entities: number[];
  stored: { entityId: number; value: number; eventTimestamp: number }[];
  log: { entityId: number; eventTimestamp: number; createdTimestamp: number; value: number }[];
  start: number;
  end: number;
  policy: OnlineWritePolicy;
}

const hour = 3600;

function storeBefore(params: BackfillParams): OnlineStore {
  return {
    entries: params.stored.map((entry) => ({
      ...entry,
      createdTimestamp: null,
      writtenAt: entry.eventTimestamp,
    })),
  };
}

function onlineValues(
  params: BackfillParams,
  log: FeatureRow[],
  policy: OnlineWritePolicy,
  end: number,
): (number | null)[] {
  const after = materialize(log, { start: params.start, end, policy }, storeBefore(params));
  return params.entities.map((entityId) => {
    const entry = after.entries.find((candidate) => candidate.entityId === entityId);
    return entry ? (entry.value as number) : null;
  });
}

/**
 * The value per entity in the online store after one materialization job over [start, end] with
 * the given write policy (NULL for a key never written).
 *
 * @example onlineStoreBackfill.solve(onlineStoreBackfill.generate(1)).values; // one value per entity
 */
export const onlineStoreBackfill = defineExercise<BackfillParams>({
  id: "online-store-backfill",
  title: "A backfill into the online store",
  objectives: ["define-artifacts", "offline-vs-online"],
  topic: "feature-store",
  lesson: "features-entities-time",
  difficulty: 3,
  generate(seed: number): Instance<BackfillParams> {
    const rng = createRng(seed);
    // The answer table has one row per customer, so every variant has the same five customers.
    const entities = [1001, 1002, 1003, 1004, 1005];
    const stored: BackfillParams["stored"] = [];
    const log: BackfillParams["log"] = [];
    const price = () => roundTo(20 + rng.uniform() * 60, 2);
    for (const entityId of entities) {
      if (rng.uniform() < 0.75) {
        stored.push({ entityId, value: price(), eventTimestamp: (10 + rng.int(3)) * hour });
      }
      const rows = rng.int(3);
      for (let index = 0; index <= rows; index += 1) {
        const eventTimestamp = 6 * hour + rng.int(24) * 15 * 60;
        log.push({
          entityId,
          eventTimestamp,
          createdTimestamp: eventTimestamp + (1 + rng.int(20)) * 60,
          value: price(),
        });
        // A late correction: same event time, written later, different value.
        if (rng.uniform() < 0.3) {
          log.push({
            entityId,
            eventTimestamp,
            createdTimestamp: eventTimestamp + (30 + rng.int(60)) * 60,
            value: price(),
          });
        }
      }
    }
    log.sort((a, b) => a.eventTimestamp - b.eventTimestamp || a.entityId - b.entityId);
    const params: BackfillParams = {
      entities,
      stored,
      log,
      start: 6 * hour,
      end: (9 + rng.int(3)) * hour,
      policy: rng.uniform() < 0.5 ? "last-write-wins" : "skip-if-not-newer",
    };
    return {
      seed,
      params,
      tables: [
        {
          name: "online store before the job",
          columns: ["customer_id", "avg_order_value_usd", "event_time"],
          rows: stored.map((entry) => [
            entry.entityId,
            entry.value,
            timeOfDay(entry.eventTimestamp),
          ]),
          note: "One row per stored key; customers not listed have no online value yet.",
        },
        {
          name: "feature log",
          columns: ["customer_id", "event_time", "created_time", "avg_order_value_usd"],
          rows: log.map((row) => [
            row.entityId,
            timeOfDay(row.eventTimestamp),
            timeOfDay(row.createdTimestamp),
            row.value,
          ]),
          note: "Offline source of the feature view, all times on the same day (UTC).",
        },
      ],
    };
  },
  prompt({ params }) {
    const policyText =
      params.policy === "last-write-wins"
        ? "**last-write-wins** (like Feast's SQLite online store: every write overwrites the key)"
        : "**skip-if-not-newer** (like Feast's Redis online store: a write is skipped unless its event time is later than the stored one)";
    return [
      `A backfill job runs Feast's \`materialize(${timeOfDay(params.start)}, ${timeOfDay(params.end)})\` over the feature log`,
      `(both ends inclusive) into an online store whose write policy is ${policyText}`,
      "(Lesson 2, materialisation and the online store).",
      "For every customer, give the value of `avg_order_value_usd` that the online store holds after the job,",
      "in US dollars, or `NULL` if the key holds nothing. Values are accepted within 1% relative error.",
    ].join(" ");
  },
  answer: {
    values: {
      kind: "table",
      label: "Online value after the job (USD)",
      rowLabels: ["1001", "1002", "1003", "1004", "1005"],
      valueKind: "number",
      tolerance: defaultTolerance,
      allowNull: true,
      weight: 1,
    },
  },
  solve({ params }) {
    return { values: onlineValues(params, params.log, params.policy, params.end) };
  },
  mistakes({ params }) {
    const reference = onlineValues(params, params.log, params.policy, params.end);
    const otherPolicy: OnlineWritePolicy =
      params.policy === "last-write-wins" ? "skip-if-not-newer" : "last-write-wins";
    // Keep only the earliest-created row per (customer, event time): the wrong tie-break.
    const earliestCreated = params.log.filter(
      (row) =>
        !params.log.some(
          (other) =>
            other.entityId === row.entityId &&
            other.eventTimestamp === row.eventTimestamp &&
            other.createdTimestamp < row.createdTimestamp,
        ),
    );
    return distinctMistakes(
      [
        {
          part: "values",
          value: onlineValues(params, params.log, otherPolicy, params.end),
          id: "other-write-policy",
          message:
            params.policy === "last-write-wins"
              ? "Those are the values a skip-if-not-newer store would keep. This store overwrites every key the job writes, even with an older event time: the backfill can regress a value."
              : "Those are the values a last-write-wins store would hold. This store skips a write whose event time is not later than the stored one.",
        },
        {
          part: "values",
          value: onlineValues(params, params.log, params.policy, 24 * hour - 1),
          id: "ignored-window",
          message: `The job only sees rows with event time in [${timeOfDay(params.start)}, ${timeOfDay(params.end)}]; rows after ${timeOfDay(params.end)} are not materialised.`,
        },
        {
          part: "values",
          value: onlineValues(params, earliestCreated, params.policy, params.end),
          id: "wrong-tie-break",
          message:
            "Two rows with the same event time are broken by the created time: the later-created row (the correction) wins.",
        },
      ],
      { values: reference },
    );
  },
  hints: [
    "For each customer, keep only the log rows with event time inside the window, then take the one with the latest event time (ties: latest created time).",
    "A customer with no row in the window is not written by the job: the store keeps what it had (or nothing).",
    "Then apply the write policy against the stored row: compare event times only for skip-if-not-newer.",
  ],
  solution({ params }) {
    const values = onlineValues(params, params.log, params.policy, params.end);
    const lines = params.entities.map((entityId, index) => {
      const inWindow = params.log
        .filter(
          (row) =>
            row.entityId === entityId &&
            row.eventTimestamp >= params.start &&
            row.eventTimestamp <= params.end,
        )
        .sort(
          (a, b) => a.eventTimestamp - b.eventTimestamp || a.createdTimestamp - b.createdTimestamp,
        );
      const latest = inWindow[inWindow.length - 1];
      const before = params.stored.find((entry) => entry.entityId === entityId);
      const candidate = latest
        ? `latest row in the window: event ${timeOfDay(latest.eventTimestamp)}, created ${timeOfDay(latest.createdTimestamp)}, ${latest.value}`
        : "no row in the window, nothing written";
      const stored = before
        ? `stored before: ${before.value} (event ${timeOfDay(before.eventTimestamp)})`
        : "nothing stored before";
      return `- ${entityId}: ${candidate}; ${stored} → **${values[index] ?? "NULL"}**`;
    });
    return [
      `Window [${timeOfDay(params.start)}, ${timeOfDay(params.end)}], policy ${params.policy}:`,
      "",
      ...lines,
      "",
      params.policy === "last-write-wins"
        ? "A last-write-wins store accepts an older event time, which is how a backfill regresses online values."
        : "A skip-if-not-newer store keeps a stored value unless the new row has a later event time.",
    ].join("\n");
  },
});
