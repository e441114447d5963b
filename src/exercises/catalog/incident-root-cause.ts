/**
 * Exercise: read eight hourly windows of monitor signals around an incident, name the root cause
 * (not the symptom) and pick the containment that limits the damage.
 * It practises Lessons 3 and 10.
 */
import { createRng } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { roundTo } from "./exercise-helpers";
import { distinctMistakesForSpec } from "./mistakes-for-spec";
import { clockTime, dayStart } from "./epoch-times";

const causes = [
  {
    id: "stale-features",
    label: "Stale features (materialization stopped)",
    containment: "restart-materialization",
  },
  { id: "null-spike", label: "Silent null spike upstream", containment: "quarantine-batch" },
  { id: "schema-change", label: "Upstream schema change", containment: "reject-schema" },
  {
    id: "time-zone-bug",
    label: "Time-zone bug in a feature transform",
    containment: "fix-shared-transform",
  },
  { id: "join-key-mismatch", label: "Join-key mismatch", containment: "hit-rate-floor" },
  { id: "bad-rollout", label: "Bad model rollout", containment: "abort-rollback" },
  { id: "population-drift", label: "Real change in the user population", containment: "retrain" },
] as const;
type CauseId = (typeof causes)[number]["id"];

const containments = [
  {
    id: "restart-materialization",
    label: "Fall back to a default model, alert the feature owner, restart materialization",
  },
  { id: "quarantine-batch", label: "Quarantine the batch and block materialization" },
  { id: "reject-schema", label: "Reject the schema change and pin the consumer to the old schema" },
  {
    id: "fix-shared-transform",
    label: "Fix the transform in the shared feature definition and backfill",
  },
  {
    id: "hit-rate-floor",
    label: "Fail the pipeline below a join hit-rate floor and fix the key format",
  },
  { id: "abort-rollback", label: "Abort the rollout and roll the release pointer back" },
  { id: "retrain", label: "Confirm the change is real, then retrain on recent data" },
];

interface IncidentParams {
  cause: CauseId;
  onset: number;
  release: number;
}

const windowCount = 8;

/** The usual range of each signal, as the generator draws it outside an incident. */
export const usualRanges = {
  trip_distance_null_pct: [0.4, 0.8],
  join_hit_rate_pct: [98.5, 99.8],
  hour_of_day_linf_offline_vs_online: [0.01, 0.04],
  max_staleness_min: [35, 70],
  trip_distance_psi: [0.01, 0.05],
  canary_score: [96, 100],
  prediction_psi: [0.01, 0.05],
} as const;

const usualRangesNote = `Usual ranges over the past month: ${Object.entries(usualRanges)
  .map(([column, [low, high]]) => `${column} ${low}–${high}`)
  .join(", ")}; upstream_schema_check passes.`;

/**
 * The root cause of an incident, read from eight hourly windows of monitor signals, and the
 * containment that limits the damage.
 *
 * @example incidentRootCause.solve(incidentRootCause.generate(1)).cause; // a failure-mode id
 */
export const incidentRootCause = defineExercise<IncidentParams>({
  id: "incident-root-cause",
  title: "Root cause of an incident from monitor signals",
  objectives: ["failure-modes", "diagnose-drift-skew"],
  topic: "incidents",
  lesson: "llm-traces-failure-modes",
  difficulty: 2,
  generate(seed: number): Instance<IncidentParams> {
    const rng = createRng(seed);
    const cause = rng.choice(causes).id;
    const onset = 3 + rng.int(4);
    const others = [1, 2, 3, 4, 5, 6].filter((w) => w !== onset);
    const release = cause === "bad-rollout" ? onset : rng.choice(others);
    const noise = (low: number, high: number, digits: number) =>
      roundTo(low + (high - low) * rng.uniform(), digits);
    const rows = Array.from({ length: windowCount }, (_, w) => {
      const after = w >= onset;
      const is = (c: CauseId) => after && cause === c;
      const nullRate = is("schema-change")
        ? 100
        : is("null-spike")
          ? noise(5, 9, 2)
          : noise(...usualRanges.trip_distance_null_pct, 2);
      const hitRate = is("join-key-mismatch")
        ? noise(40, 70, 1)
        : noise(...usualRanges.join_hit_rate_pct, 1);
      const hourLinf = is("time-zone-bug")
        ? noise(0.18, 0.32, 3)
        : noise(...usualRanges.hour_of_day_linf_offline_vs_online, 3);
      const staleness = is("stale-features")
        ? Math.round(60 * (w - onset + 1) + noise(...usualRanges.max_staleness_min, 0))
        : Math.round(noise(...usualRanges.max_staleness_min, 0));
      const featurePsi = is("population-drift")
        ? noise(0.2, 0.35, 3)
        : noise(...usualRanges.trip_distance_psi, 3);
      const canary =
        w === release || w === release + 1
          ? cause === "bad-rollout"
            ? noise(30, 60, 1)
            : noise(...usualRanges.canary_score, 1)
          : null;
      const predictionPsi = after ? noise(0.15, 0.4, 3) : noise(...usualRanges.prediction_psi, 3);
      return [
        clockTime(dayStart + (6 + w) * 3600),
        w === release ? "model release promoted" : "",
        nullRate,
        hitRate,
        hourLinf,
        staleness,
        is("schema-change") ? "FAIL" : "pass",
        featurePsi,
        canary,
        predictionPsi,
      ];
    });
    return {
      seed,
      params: { cause, onset, release },
      tables: [
        {
          name: "monitor signals, hourly windows",
          columns: [
            "window_start",
            "event",
            "trip_distance_null_pct",
            "join_hit_rate_pct",
            "hour_of_day_linf_offline_vs_online",
            "max_staleness_min",
            "upstream_schema_check",
            "trip_distance_psi",
            "canary_score",
            "prediction_psi",
          ],
          rows,
          note: `Features are materialized hourly (freshness SLA 120 min). canary_score is empty when no canary ran. ${usualRangesNote}`,
        },
      ],
    };
  },
  prompt() {
    return [
      "The churn model's business metric dropped this morning. The table shows eight hourly windows of",
      "the monitors (Lesson 10, a catalogue of operational failure modes; Lesson 3, a diagnostic order).",
      "",
      "1. What is the root cause? Look for the first raw signal that moved, not for the loudest symptom.",
      "   A signal has moved once it leaves its usual range (under the table), even while it is still",
      "   inside its alert threshold: staleness above its usual 35–70 minutes means a materialization",
      "   run was missed, before it crosses the 120-minute SLA. If two raw signals move in the same",
      "   window, the cause is the one further upstream, in this order: upstream schema check, raw",
      "   column values (nulls), join hit rate, feature transform (hour-of-day skew), feature",
      "   freshness, input distribution (trip_distance_psi), model release (canary); the other is",
      "   its consequence.",
      "2. Which containment limits the damage?",
    ].join("\n");
  },
  answer: {
    cause: {
      kind: "choice",
      label: "Root cause",
      options: causes.map(({ id, label }) => ({ id, label })),
      weight: 0.6,
    },
    containment: { kind: "choice", label: "Containment", options: containments, weight: 0.4 },
  },
  solve({ params }) {
    const cause = causes.find((c) => c.id === params.cause)!;
    return { cause: cause.id, containment: cause.containment };
  },
  mistakes(instance) {
    const { params } = instance;
    const at = clockTime(dayStart + (6 + params.release) * 3600);
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "cause",
        value: "population-drift",
        id: "symptom-as-cause",
        message:
          "Prediction PSI moved, but the input distribution (trip_distance_psi) did not: the drift in predictions is a symptom of a pipeline fault.",
      },
      {
        part: "cause",
        value: "bad-rollout",
        id: "blamed-the-release",
        message: `A release was promoted at ${at}, but its canary score stayed high and the signals moved at a different time.`,
      },
      {
        part: "cause",
        value: "null-spike",
        id: "null-rate-from-schema",
        message:
          "The null rate went to 100% because the field disappeared: the upstream schema check failed in the same window.",
      },
      {
        part: "containment",
        value: "abort-rollback",
        id: "rollback-for-data-fault",
        message:
          "Rolling the model back does not fix an upstream data problem: the previous release reads the same broken feature.",
      },
    ]).filter((m) => m.id !== "null-rate-from-schema" || params.cause === "schema-change");
  },
  hints: [
    "Prediction PSI is downstream of everything: find the window where it started to move.",
    "In that window, which raw signal (nulls, join hits, time-of-day skew, staleness, schema check, input PSI, canary) left its usual range?",
    "Each failure mode has one detecting signal and one containment in the catalogue of Lesson 10.",
  ],
  solution({ params }) {
    const cause = causes.find((c) => c.id === params.cause)!;
    const containment = containments.find((c) => c.id === cause.containment)!;
    const start = clockTime(dayStart + (6 + params.onset) * 3600);
    const why =
      params.cause === "schema-change"
        ? " The null rate jumps to 100% in the same window, but the schema check is further upstream: the field disappeared, so it reads as null."
        : params.cause === "stale-features"
          ? " Staleness is still under the 120-minute SLA in that first window, but it has left its usual 35–70 minutes: an hourly materialization run was missed, and it grows by an hour every window after."
          : "";
    return [
      `Prediction PSI rises from the ${start} window on. In that window the signal that leaves its usual range is the one of **${cause.label.toLowerCase()}**; the others stay at their usual levels.${why}`,
      "",
      `Root cause: **${cause.label}**. Containment: **${containment.label}**.`,
    ].join("\n");
  },
});
