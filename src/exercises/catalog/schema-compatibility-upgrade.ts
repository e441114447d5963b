/**
 * Exercise: does the schema registry accept a new `driver_stats` version under the subject's
 * compatibility mode, how many violations does it report, and in which order must the rollout go?
 * It practises Lesson 5.
 */
import { checkCompatibility, createRng, upgradeOrder } from "../../lab/index";
import type { CompatibilityMode } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { distinctMistakesForSpec } from "./mistakes-for-spec";
import { schemaHistory, schemaTable } from "./schema-histories";
import type { SchemaVersion } from "./schema-histories";

interface CompatibilityParams {
  mode: CompatibilityMode;
  versions: SchemaVersion[];
}

const modes: CompatibilityMode[] = [
  "BACKWARD",
  "BACKWARD_TRANSITIVE",
  "FORWARD",
  "FORWARD_TRANSITIVE",
];
const opposite: Record<string, CompatibilityMode> = {
  BACKWARD: "FORWARD",
  BACKWARD_TRANSITIVE: "FORWARD_TRANSITIVE",
  FORWARD: "BACKWARD",
  FORWARD_TRANSITIVE: "BACKWARD_TRANSITIVE",
};

function check(params: CompatibilityParams, mode = params.mode) {
  const schemas = params.versions.map((v) => v.schema);
  return checkCompatibility(schemas.at(-1)!, schemas.slice(0, -1), mode);
}

function rolloutOrder(mode: CompatibilityMode): string[] {
  return upgradeOrder(mode) === "consumers first"
    ? ["check", "consumers", "producers"]
    : ["check", "producers", "consumers"];
}

/**
 * Whether the registry accepts a new Avro schema under the subject's mode, how many violations
 * it reports, and the rollout order the mode implies.
 *
 * @example schemaCompatibilityUpgrade.solve(schemaCompatibilityUpgrade.generate(1)).order; // e.g. ["check", "consumers", "producers"]
 */
export const schemaCompatibilityUpgrade = defineExercise<CompatibilityParams>({
  id: "schema-compatibility-upgrade",
  title: "Schema change under a compatibility mode, and the upgrade order",
  objectives: ["versioning-rollback", "dependency-graphs"],
  topic: "schema",
  lesson: "schema-evolution",
  difficulty: 2,
  generate(seed: number): Instance<CompatibilityParams> {
    const rng = createRng(seed);
    const mode = rng.choice(modes);
    // S2 and S3 were registered under the same mode, so each passed it; S4 is the open question.
    const versions = schemaHistory(
      rng,
      4,
      (candidate, earlier) => checkCompatibility(candidate, earlier, mode).compatible,
      3,
    );
    return {
      seed,
      params: { mode, versions },
      tables: [schemaTable(versions, (i) => (i === 3 ? "S4 (candidate)" : `S${i + 1}`))],
    };
  },
  prompt({ params }) {
    return [
      "The subject `driver_stats-value` holds versions S1 to S3 of an Avro record (table); a team now",
      `submits S4. The subject's compatibility mode is **${params.mode}** (Lesson 5, compatibility`,
      "modes and the upgrade order; Avro promotes int to long, never the reverse). S2 and S3 were each",
      "accepted under this mode when they were registered.",
      "",
      "1. Does the registry accept S4?",
      "2. How many violations does the check report? Count one per (earlier version checked, field) pair",
      "   that fails.",
      "3. For any change this mode accepts, put the rollout steps in a safe order.",
    ].join("\n");
  },
  answer: {
    accepted: {
      kind: "decision",
      label: "Registry verdict",
      options: [
        { id: "compatible", label: "Compatible: registered" },
        { id: "incompatible", label: "Incompatible: rejected" },
      ],
      weight: 0.4,
    },
    violations: {
      kind: "number",
      label: "Violations",
      tolerance: { rule: "absolute", atol: 0.5 },
      weight: 0.25,
    },
    order: {
      kind: "ordering",
      label: "Rollout order",
      items: [
        { id: "check", label: "Test the new schema against the subject's compatibility mode" },
        { id: "consumers", label: "Upgrade the consumers (readers) to the new schema" },
        { id: "producers", label: "Upgrade the producers (writers) to the new schema" },
      ],
      weight: 0.35,
    },
  },
  solve({ params }) {
    const result = check(params);
    return {
      accepted: result.compatible ? "compatible" : "incompatible",
      violations: result.violations.length,
      order: rolloutOrder(params.mode),
    };
  },
  mistakes(instance) {
    const { params } = instance;
    const latestOnly = check(params, params.mode.replace("_TRANSITIVE", "") as CompatibilityMode);
    const swapped = check(params, opposite[params.mode]);
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "accepted",
        value: latestOnly.compatible ? "compatible" : "incompatible",
        id: "ignored-transitive",
        message: "A *_TRANSITIVE mode checks S4 against every earlier version, not only S3.",
      },
      {
        part: "accepted",
        value: swapped.compatible ? "compatible" : "incompatible",
        id: "wrong-direction",
        message:
          "BACKWARD means the new schema reads old data (new reader, old writer); FORWARD means old readers read new data.",
      },
      {
        part: "violations",
        value: latestOnly.violations.length,
        id: "ignored-transitive",
        message:
          "In a transitive mode every earlier version is checked, and each one can add violations.",
      },
      {
        part: "order",
        value: rolloutOrder(opposite[params.mode]!),
        id: "reversed-upgrade-order",
        message:
          "BACKWARD guarantees that new readers read old data, so consumers go first; FORWARD guarantees that old readers read new data, so producers go first.",
      },
    ]);
  },
  hints: [
    "Write down who reads whom: BACKWARD checks reader S4 against writer S3; FORWARD checks reader S3 against writer S4.",
    "A reader can read a writer when every reader field is in the writer with a promotable type, or has a default.",
    "Transitive modes repeat the check against S1, S2 and S3; the upgrade order follows from which side may run the new schema while the other still runs the old one.",
  ],
  solution({ params }) {
    const result = check(params);
    const lines = result.violations.map(
      (v) => `- against S${v.againstVersion} (${v.direction}): ${v.message}`,
    );
    const order = rolloutOrder(params.mode);
    return [
      `Mode ${params.mode} checks ${params.mode.startsWith("BACKWARD") ? `reader S4 against writer${params.mode.endsWith("_TRANSITIVE") ? "s S1, S2 and S3" : " S3 only"}` : `reader${params.mode.endsWith("_TRANSITIVE") ? "s S1, S2 and S3" : " S3 only"} against writer S4`}.`,
      "",
      ...(lines.length > 0
        ? lines
        : ["- no violation: every reader field is found with a readable type or has a default."]),
      "",
      `So S4 is **${result.compatible ? "accepted" : "rejected"}** with $${result.violations.length}$ violation${result.violations.length === 1 ? "" : "s"}.`,
      `Rollout: test against the mode first, then ${order[1]}, then ${order[2]} (${upgradeOrder(params.mode)}).`,
    ].join("\n");
  },
});
