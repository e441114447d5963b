/**
 * Exercise: simulate three materialization jobs (two scheduled, one late backfill) into an online
 * store under SQLite's last-write-wins and Redis's skip-if-not-newer policies, then read it.
 * It practises Lesson 2.
 */
import { createRng, materialize, onlineRead } from "../../lab/index";
import type { FeatureRow, OnlineWritePolicy } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { defaultTolerance } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";
import { clockTime, dateTime, dayStart } from "./epoch-times";

interface PolicyParams {
  features: FeatureRow[];
}

const hour = 3600;
const minute = 60;
const drivers = [1001, 1002, 1003, 1004, 1005];
const at = (h: number, m = 0) => dayStart + h * hour + m * minute;
/** The jobs: window [start, end], run time; each sees the rows created by its run time. */
const jobs = [
  { name: "scheduled", start: at(0), end: at(12), runAt: at(12, 5) },
  { name: "scheduled", start: at(12), end: at(18), runAt: at(18, 5) },
  { name: "backfill", start: at(0), end: at(10), runAt: at(20) },
];
const readAt = at(21);

function simulate(features: FeatureRow[], policy: OnlineWritePolicy) {
  let store = { entries: [] as ReturnType<typeof materialize>["entries"] };
  for (const job of jobs) {
    const visible = features.filter((row) => (row.createdTimestamp ?? 0) <= job.runAt);
    store = materialize(
      visible,
      { start: job.start, end: job.end, policy, writtenAt: job.runAt },
      store,
    );
  }
  return drivers.map((id) => onlineRead(store, id, readAt).value);
}

function latestOffline(features: FeatureRow[]) {
  return drivers.map((id) => {
    const rows = features.filter((row) => row.entityId === id);
    rows.sort(
      (x, y) =>
        x.eventTimestamp - y.eventTimestamp ||
        (x.createdTimestamp ?? 0) - (y.createdTimestamp ?? 0),
    );
    return rows.at(-1)?.value ?? null;
  });
}

const tablePart = (label: string) => ({
  kind: "table" as const,
  label,
  rowLabels: drivers.map((id) => `driver ${id}`),
  valueKind: "number" as const,
  tolerance: defaultTolerance,
  allowNull: true,
  weight: 0.5,
});

/**
 * The online values read after two scheduled materialization jobs and a late backfill, under
 * last-write-wins (SQLite) and skip-if-not-newer (Redis); NULL for keys never written.
 *
 * @example onlineStoreWritePolicy.solve(onlineStoreWritePolicy.generate(1)).lastWriteWins; // 5 values or null
 */
export const onlineStoreWritePolicy = defineExercise<PolicyParams>({
  id: "online-store-write-policy",
  title: "Simulate materialization: last-write-wins versus skip-if-not-newer",
  objectives: ["notebook-simulations", "offline-vs-online"],
  topic: "feature-store",
  lesson: "features-entities-time",
  difficulty: 2,
  generate(seed: number): Instance<PolicyParams> {
    const rng = createRng(seed);
    const plans = rng.shuffle(["regress", "correction", "late", "after-window", "random"]);
    const pool = rng.shuffle(Array.from({ length: 80 }, (_, i) => 10 + i));
    let next = 0;
    const value = () => (pool[next++] ?? 50) / 100;
    const features: FeatureRow[] = [];
    const push = (entityId: number, event: number, created = event + (2 + rng.int(8)) * minute) =>
      features.push({ entityId, eventTimestamp: event, createdTimestamp: created, value: value() });
    plans.forEach((plan, index) => {
      const id = drivers[index]!;
      if (plan === "regress") {
        push(id, at(6 + rng.int(4)));
        push(id, at(11 + rng.int(6)));
      } else if (plan === "correction") {
        const event = at(6 + rng.int(4));
        push(id, event);
        // A corrected value for the same event time, written by the backfill's source fix.
        push(id, event, at(19, 30));
      } else if (plan === "late") {
        push(id, at(12 + rng.int(5), 30));
        push(id, at(18, 30));
      } else if (plan === "after-window") {
        push(id, at(18, 20 + rng.int(30)));
      } else {
        push(id, at(7 + rng.int(3)));
        push(id, at(13 + rng.int(4)));
        if (rng.uniform() < 0.5) push(id, at(10, 30));
      }
    });
    features.sort(
      (x, y) => Number(x.entityId) - Number(y.entityId) || x.eventTimestamp - y.eventTimestamp,
    );
    return {
      seed,
      params: { features },
      tables: [
        {
          name: "driver_stats offline rows",
          columns: ["driver_id", "event_timestamp", "created", "acc_rate"],
          rows: features.map((row) => [
            row.entityId,
            dateTime(row.eventTimestamp),
            dateTime(row.createdTimestamp ?? row.eventTimestamp),
            row.value,
          ]),
          note: "Times in UTC. A job only sees rows created at or before its run time.",
        },
        {
          name: "materialization jobs (in run order)",
          columns: ["job", "kind", "window_start", "window_end", "runs_at"],
          rows: jobs.map((job, i) => [
            i + 1,
            job.name,
            dateTime(job.start),
            dateTime(job.end),
            dateTime(job.runAt),
          ]),
          note: "Each job writes, per driver, its latest visible row with event time in [window_start, window_end].",
        },
      ],
    };
  },
  prompt() {
    return [
      "An online store is filled by the three materialization jobs in the table, run in order. A job",
      "sees only the rows created at or before its run time (a row created exactly then is seen) and",
      "writes, per driver, the latest of them with event time inside its window, both ends inclusive",
      "(Lesson 2, materialisation and the online store).",
      "",
      `At ${clockTime(readAt)} the model reads \`acc_rate\` for every driver (online reads apply no TTL).`,
      "Give the value read, or `NULL` when the key was never written, when the store:",
      "",
      "1. overwrites on every write (last write wins, as Feast's SQLite store);",
      "2. skips a write whose event time is not newer than the stored one (as Feast's Redis store).",
    ].join("\n");
  },
  answer: {
    lastWriteWins: tablePart("Read under last-write-wins"),
    skipIfNotNewer: tablePart("Read under skip-if-not-newer"),
  },
  solve({ params }) {
    return {
      lastWriteWins: simulate(params.features, "last-write-wins"),
      skipIfNotNewer: simulate(params.features, "skip-if-not-newer"),
    };
  },
  mistakes(instance) {
    const { features } = instance.params;
    const reference = this.solve(instance);
    const lastWins = simulate(features, "last-write-wins");
    const skip = simulate(features, "skip-if-not-newer");
    const latest = latestOffline(features);
    const swapped =
      "The two policies are swapped: last-write-wins lets the backfill overwrite newer values; skip-if-not-newer keeps a stored value unless the incoming event time is strictly newer.";
    const offline =
      "That is the latest row of the offline table. The online store only holds what the jobs wrote: rows outside every window, or created after a job ran, never arrive.";
    return distinctMistakesForSpec(this.answer, reference, [
      { part: "lastWriteWins", value: skip, id: "swapped-policies", message: swapped },
      { part: "skipIfNotNewer", value: lastWins, id: "swapped-policies", message: swapped },
      { part: "lastWriteWins", value: latest, id: "offline-latest", message: offline },
      { part: "skipIfNotNewer", value: latest, id: "offline-latest", message: offline },
    ]);
  },
  hints: [
    "Replay the jobs one by one and keep a small table: driver, stored value, stored event time.",
    "For each job, keep only the rows created at or before its run time (drop those created later), then take each driver's latest row inside the window.",
    "Last-write-wins replaces the stored row every time; skip-if-not-newer replaces it only when the new event time is strictly larger. A driver no job ever wrote reads NULL.",
  ],
  solution(instance) {
    const lastWins = simulate(instance.params.features, "last-write-wins");
    const skip = simulate(instance.params.features, "skip-if-not-newer");
    const lines = drivers.map(
      (id, i) => `| ${id} | ${lastWins[i] ?? "NULL"} | ${skip[i] ?? "NULL"} |`,
    );
    return [
      "Replaying jobs 1, 2 and 3 in order (each seeing only rows created at or before its run time) gives:",
      "",
      "| driver | last-write-wins | skip-if-not-newer |",
      "|---|---|---|",
      ...lines,
      "",
      "Where the columns differ, the backfill (job 3) wrote an older event time: last-write-wins regresses",
      "the value, skip-if-not-newer keeps the newer one (and also ignores a correction with an equal event",
      "time). Rows with event times after the last window never reach the store, so reads are stale.",
    ].join("\n");
  },
});
