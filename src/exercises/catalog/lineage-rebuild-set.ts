/**
 * Exercise: the minimal rebuild set after an edit in a lineage DAG with Merkle-style hashes.
 * It practises Lesson 6.
 */
import { createRng, rebuildSet } from "../../lab/index";
import type { LineageGraph } from "../../lab/index";
import { defineExercise } from "../define-exercise";
import type { Instance } from "../types";
import { distinctMistakes } from "./exercise-helpers";

/** Parameters of one instance: the artifacts' inputs and the artifacts edited. */
export interface LineageParams {
  inputs: Record<string, string[]>;
  kinds: Record<string, string>;
  edited: string[];
}

const artifactIds = [
  "trips",
  "labels",
  "feature-code",
  "features",
  "train-config",
  "environment",
  "model",
  "evaluation",
  "serving-config",
  "deployment",
];

const sources = [
  "trips",
  "labels",
  "feature-code",
  "train-config",
  "environment",
  "serving-config",
];

function graphOf(params: LineageParams, editedIds: string[] = []): LineageGraph {
  return artifactIds.map((id) => ({
    id,
    kind: params.kinds[id] ?? "data",
    // An edit is any change of the artifact's own content; its version number stands for it.
    content: { name: id, version: editedIds.includes(id) ? 2 : 1 },
    inputs: params.inputs[id] ?? [],
  }));
}

/** Rebuild sets by instance parameters: solve, mistakes and the solution all need it, unchanged. */
const solved = new WeakMap<LineageParams, string[]>();

function solveSet(params: LineageParams): string[] {
  let set = solved.get(params);
  if (!set) {
    set = rebuildSet(graphOf(params), graphOf(params, params.edited));
    solved.set(params, set);
  }
  return [...set];
}

/**
 * The rebuild set: every artifact whose lineage (Merkle) hash changes after the edit, the edited
 * artifacts included, as the lab's `rebuildSet` computes it.
 *
 * @example lineageRebuildSet.solve(lineageRebuildSet.generate(1)).rebuild; // e.g. ["train-config", "model", ...]
 */
export const lineageRebuildSet = defineExercise<LineageParams>({
  id: "lineage-rebuild-set",
  title: "What must be rebuilt after a change?",
  objectives: ["dependency-graphs", "define-artifacts"],
  topic: "lineage",
  lesson: "lineage-versioning-rollback",
  difficulty: 2,
  generate(seed: number): Instance<LineageParams> {
    const rng = createRng(seed);
    const kinds: Record<string, string> = {
      trips: "data",
      labels: "data",
      "feature-code": "code",
      features: "feature",
      "train-config": "config",
      environment: "environment",
      model: "model",
      evaluation: "eval",
      "serving-config": "config",
      deployment: "deployment",
    };
    const inputs: Record<string, string[]> = {
      features: ["trips", "feature-code"],
      model: ["features", "labels", "train-config"],
      evaluation: ["model", "labels"],
      deployment: ["model", "serving-config"],
    };
    // Optional edges make the variants differ in shape, not only in the edited artifact.
    if (rng.uniform() < 0.6) inputs.model!.push("environment");
    if (rng.uniform() < 0.5) inputs.evaluation!.push("features");
    if (rng.uniform() < 0.4) inputs.deployment!.push("environment");
    if (rng.uniform() < 0.4) inputs.deployment!.push("features");
    const edited = [sources[rng.int(sources.length)]!];
    if (rng.uniform() < 0.35) {
      const second = sources[rng.int(sources.length)]!;
      if (!edited.includes(second)) edited.push(second);
    }
    return {
      seed,
      params: { inputs, kinds, edited },
      tables: [
        {
          name: "artifacts",
          columns: ["artifact", "kind", "inputs"],
          rows: artifactIds.map((id) => [id, kinds[id]!, (inputs[id] ?? []).join(", ") || "—"]),
          note: "Each artifact's hash covers its own content and the hashes of its inputs.",
        },
      ],
    };
  },
  prompt({ params }) {
    const edited = params.edited.map((id) => `\`${id}\``).join(" and ");
    return [
      `A pipeline hashes every artifact Merkle-style (Lesson 6, content hashes and Merkle hashes): an`,
      "artifact's lineage hash covers its own content and the lineage hashes of its inputs.",
      `A commit edits ${edited}. Select the rebuild set: every artifact whose lineage hash changes,`,
      "the edited ones included. Everything else is reused from the cache.",
    ].join(" ");
  },
  answer: {
    rebuild: {
      kind: "multiple",
      label: "Rebuild set",
      options: artifactIds.map((id) => ({ id, label: id })),
      weight: 1,
    },
  },
  solve({ params }) {
    return { rebuild: solveSet(params) };
  },
  mistakes({ params }) {
    const reference = solveSet(params);
    const direct = artifactIds.filter(
      (id) =>
        params.edited.includes(id) ||
        (params.inputs[id] ?? []).some((input) => params.edited.includes(input)),
    );
    const withoutEdited = reference.filter((id) => !params.edited.includes(id));
    return distinctMistakes(
      [
        {
          part: "rebuild",
          value: direct,
          id: "direct-consumers-only",
          message:
            "You stopped at the direct consumers. A changed hash changes the hash of every consumer, so the change travels all the way downstream.",
        },
        {
          part: "rebuild",
          value: withoutEdited,
          id: "edited-left-out",
          message: "The edited artifacts' own hashes change too: they belong to the rebuild set.",
        },
      ],
      { rebuild: reference },
      ["rebuild"],
    );
  },
  hints: [
    "Draw the graph: an arrow from each input to the artifact that uses it.",
    "Start from the edited artifacts and follow every arrow forward; each artifact you reach has a new lineage hash.",
    "Artifacts not reachable from an edit (including everything upstream of it) keep their hashes.",
  ],
  solution({ params }) {
    const reference = solveSet(params);
    const reused = artifactIds.filter((id) => !reference.includes(id));
    return [
      `The edit changes the hash of ${params.edited.map((id) => `\`${id}\``).join(" and ")}.`,
      "Following the input arrows forward in topological order, the hashes that change are:",
      "",
      reference.map((id) => `\`${id}\``).join(" → "),
      "",
      `Reused from cache: ${reused.map((id) => `\`${id}\``).join(", ")}.`,
    ].join("\n");
  },
});
