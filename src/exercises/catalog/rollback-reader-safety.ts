/**
 * Exercise: where does a release pointer land after one or two rollbacks, and can the restored
 * release decode the records producers write today (an old reader of new data)?
 * It practises Lesson 6.
 */
import {
  canRead,
  createReleaseRegistry,
  createRng,
  currentTarget,
  promote,
  registerVersion,
  rollback,
} from "../../lab/index";
import type { ReleaseRegistry } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { distinctMistakesForSpec } from "./mistakes-for-spec";
import { dateTime, dayStart } from "./epoch-times";
import { schemaHistory, schemaTable } from "./schema-histories";
import type { SchemaVersion } from "./schema-histories";

interface RollbackParams {
  versions: SchemaVersion[];
  moves: ("v1" | "v2" | "v3" | "v4" | "rollback")[];
  rollbacks: number;
}

const releases = ["v1", "v2", "v3", "v4"] as const;
const histories: RollbackParams["moves"][] = [
  ["v1", "v2", "v3", "v4"],
  ["v1", "v2", "v3", "rollback", "v4"],
  ["v1", "v2", "rollback", "v3", "v4"],
];
const hour = 3600;

function replay(params: RollbackParams, extraRollbacks: number): ReleaseRegistry {
  let registry = createReleaseRegistry();
  releases.forEach((id, i) => {
    const tuple = {
      model: `churn-${id}`,
      data: `snap-${i + 1}`,
      code: `git-${i + 1}`,
      config: `reader-S${i + 1}`,
      environment: "py3.12",
    };
    registry = registerVersion(registry, id, tuple, dayStart + i * 24 * hour);
  });
  params.moves.forEach((move, i) => {
    const at = dayStart + (i * 24 + 12) * hour;
    registry =
      move === "rollback"
        ? rollback(registry, "production", at)
        : promote(registry, "production", move, at);
  });
  for (let i = 0; i < extraRollbacks; i += 1) registry = rollback(registry, "production");
  return registry;
}

const targetOf = (params: RollbackParams) =>
  currentTarget(replay(params, params.rollbacks), "production")!.id;
const readerOf = (params: RollbackParams, id: string) =>
  params.versions[releases.indexOf(id as "v1")]!.schema;
const safeFor = (params: RollbackParams, id: string) =>
  canRead(readerOf(params, id), params.versions[3]!.schema).readable ? "roll-back" : "hold";

/**
 * The release a pointer lands on after one or two rollbacks, and whether to roll back: can its
 * reader schema decode what producers write now (forward compatibility)?
 *
 * @example rollbackReaderSafety.solve(rollbackReaderSafety.generate(1)).decision; // "roll-back" | "hold"
 */
export const rollbackReaderSafety = defineExercise<RollbackParams>({
  id: "rollback-reader-safety",
  title: "Roll back or not: the pointer's target and what it can read",
  objectives: ["versioning-rollback", "failure-modes"],
  topic: "lineage",
  lesson: "lineage-versioning-rollback",
  difficulty: 3,
  generate(seed: number): Instance<RollbackParams> {
    const rng = createRng(seed);
    const moves = rng.choice(histories);
    const stackDepth =
      moves.filter((m) => m !== "rollback").length - moves.filter((m) => m === "rollback").length;
    const rollbacks = stackDepth >= 3 ? rng.choice([1, 2]) : 1;
    const versions = schemaHistory(rng, 4);
    const params = { versions, moves, rollbacks };
    const log = replay(params, 0).history;
    return {
      seed,
      params,
      tables: [
        schemaTable(versions),
        {
          name: "releases of the churn service",
          columns: ["release", "reader_schema", "registered"],
          rows: releases.map((id, i) => [id, `S${i + 1}`, dateTime(dayStart + i * 24 * hour)]),
          note: "Each release decodes driver_stats with its reader schema; producers switched to S4 together with v4.",
        },
        {
          name: "production pointer log",
          columns: ["time", "action", "from", "to"],
          rows: log.map((event) => [dateTime(event.at), event.action, event.from, event.to]),
        },
      ],
    };
  },
  prompt({ params }) {
    const times = params.rollbacks === 1 ? "once" : "twice";
    return [
      "The churn service reads the `driver_stats` topic; every release decodes it with its own reader",
      "schema, and producers now write S4 (tables). After an incident on v4 the on-call engineer wants to",
      `roll the \`production\` pointer back ${times} (Lesson 6, versions, release pointers and rollback).`,
      "",
      `1. Which release does \`production\` target after rolling back ${times}?`,
      "2. Can that release decode every record producers write now (reader = its schema, writer = S4)?",
      "   Decide whether to roll back as planned.",
    ].join("\n");
  },
  answer: {
    target: {
      kind: "choice",
      label: "Release after the rollback",
      options: releases.slice(0, 3).map((id) => ({ id, label: id })),
      weight: 0.4,
    },
    decision: {
      kind: "decision",
      label: "Roll back or not",
      options: [
        { id: "roll-back", label: "Roll back: the target decodes S4 records" },
        { id: "hold", label: "Do not roll back as planned: the target cannot decode S4 records" },
      ],
      weight: 0.6,
    },
  },
  solve({ params }) {
    const target = targetOf(params);
    return { target, decision: safeFor(params, target) };
  },
  mistakes(instance) {
    const { params } = instance;
    const target = targetOf(params);
    const naive = `v${4 - params.rollbacks}`;
    const backward = canRead(params.versions[3]!.schema, readerOf(params, target)).readable;
    return distinctMistakesForSpec(this.answer, this.solve(instance), [
      {
        part: "target",
        value: naive,
        id: "previous-version-number",
        message:
          "A rollback pops the pointer's own stack: it returns to what `production` targeted before, which skips versions that were already rolled back.",
      },
      {
        part: "decision",
        value: backward ? "roll-back" : "hold",
        id: "checked-backward",
        message:
          "The restored release is an old reader of new data: check its schema reading S4 (forward), not S4 reading its schema.",
      },
      {
        part: "decision",
        value: safeFor(params, naive),
        id: "safety-of-wrong-target",
        message: "Check the release the pointer actually lands on.",
      },
    ]);
  },
  hints: [
    "Replay the log as a stack: promote pushes, rollback pops.",
    "The restored release reads with its own schema the records written with S4.",
    "A reader field absent from S4 needs a default; a field present in both needs a type the reader can read (int reads as long, not the reverse).",
  ],
  solution({ params }) {
    const registry = replay(params, 0);
    const stack = registry.pointers.production ?? [];
    const target = targetOf(params);
    const result = canRead(readerOf(params, target), params.versions[3]!.schema);
    const reader = `S${releases.indexOf(target as "v1") + 1}`;
    return [
      `Replaying the log, the pointer's stack is $(${stack.join(", ")})$; rolling back ${params.rollbacks === 1 ? "once" : "twice"} pops ${params.rollbacks} entr${params.rollbacks === 1 ? "y" : "ies"} and lands on **${target}**.`,
      "",
      `${target} decodes with ${reader}; the records are written with S4.`,
      result.readable
        ? `Every field of ${reader} is in S4 with a readable type or has a default, so the rollback is **safe**.`
        : `It fails: ${result.issues.map((issue) => issue.message).join("; ")}. **Do not roll back as planned**: fix forward, or roll the producers back with it.`,
    ].join("\n");
  },
});
