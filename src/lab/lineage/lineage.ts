/**
 * Lineage DAG with Merkle-style hashes.
 *
 * It serves Lesson 6 (lineage and reproducibility). Every artifact (raw data, code, config, feature
 * table, model, evaluation, deployment) is a node whose hash covers its own content *and* the
 * hashes of its inputs, so changing anything upstream changes the hash of everything downstream,
 * and nothing else. That is what lets a platform answer "what must be rebuilt?" and "which
 * deployments are affected by this bad data?".
 */

import { contentHash } from "./canonical-json";
import type { HexHash, JsonValue } from "./canonical-json";
import { LabError } from "../core/errors";
import { sha256 } from "./sha256";

/** What an artifact is; free strings are allowed for kinds a notebook invents. */
export type ArtifactKind =
  | "data"
  | "code"
  | "config"
  | "feature"
  | "model"
  | "eval"
  | "deployment"
  | "environment"
  | "schema"
  | "contract"
  | (string & {});

/** One node of the lineage graph: its own content and the ids of the artifacts it was built from. */
export interface Artifact {
  id: string;
  kind: ArtifactKind;
  content: JsonValue;
  inputs: string[];
}

/** A lineage graph is a list of artifacts; edges point from each input to the artifact using it. */
export type LineageGraph = Artifact[];

function indexArtifacts(functionName: string, graph: LineageGraph): Map<string, Artifact> {
  if (!Array.isArray(graph)) throw new LabError(`${functionName} requires an array of artifacts`);
  const byId = new Map<string, Artifact>();
  for (const artifact of graph) {
    if (typeof artifact?.id !== "string" || artifact.id === "") {
      throw new LabError(`${functionName} requires every artifact to have a non-empty string id`);
    }
    if (byId.has(artifact.id)) {
      throw new LabError(`${functionName} found the artifact id "${artifact.id}" twice`);
    }
    byId.set(artifact.id, artifact);
  }
  for (const artifact of graph) {
    for (const input of artifact.inputs ?? []) {
      if (!byId.has(input)) {
        throw new LabError(`${functionName} found "${artifact.id}" using unknown input "${input}"`);
      }
    }
  }
  return byId;
}

/** Finds one cycle among the nodes Kahn's algorithm could not order, for the error message. */
function findCycle(byId: Map<string, Artifact>, remaining: Set<string>): string[] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    state.set(id, "open");
    stack.push(id);
    for (const input of byId.get(id)?.inputs ?? []) {
      if (!remaining.has(input)) continue;
      if (state.get(input) === "open") return [...stack.slice(stack.indexOf(input)), input];
      if (!state.has(input)) {
        const cycle = visit(input);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(id, "done");
    return null;
  };
  for (const id of remaining) {
    if (!state.has(id)) {
      const cycle = visit(id);
      // The walk follows input edges (child to parent); reverse it to read in data-flow order.
      if (cycle) return cycle.reverse();
    }
  }
  return [...remaining];
}

/**
 * Orders artifact ids so every artifact comes after all of its inputs (Kahn's algorithm; among
 * artifacts that are ready at the same time, the one listed first in the graph goes first).
 *
 * Cost: O(E + V² log V) in the worst case, since the ready list is sorted again at each step to
 * keep that order (Kahn's algorithm alone is O(V + E)); the chapter's graphs have a few dozen
 * artifacts.
 *
 * @param graph - the artifacts
 * @returns artifact ids in topological order
 * @throws {LabError} on duplicate ids, unknown inputs, or a cycle (the message names the cycle,
 *   e.g. `a -> b -> a`)
 * @example
 * topologicalOrder([{ id: "model", kind: "model", content: 1, inputs: ["data"] },
 *                   { id: "data", kind: "data", content: 2, inputs: [] }]); // ["data", "model"]
 */
export function topologicalOrder(graph: LineageGraph): string[] {
  const byId = indexArtifacts("topologicalOrder", graph);
  const pendingInputs = new Map<string, number>();
  const consumers = new Map<string, string[]>();
  for (const artifact of graph) {
    // A repeated input is one dependency, not two, so count distinct inputs.
    const inputs = new Set(artifact.inputs ?? []);
    pendingInputs.set(artifact.id, inputs.size);
    for (const input of inputs)
      consumers.set(input, [...(consumers.get(input) ?? []), artifact.id]);
  }
  const position = new Map(graph.map((artifact, index) => [artifact.id, index]));
  const ready = graph.filter((artifact) => pendingInputs.get(artifact.id) === 0).map((a) => a.id);
  const order: string[] = [];
  while (ready.length > 0) {
    // Keep the ready list sorted by graph position so the order is deterministic and readable.
    ready.sort((left, right) => position.get(left)! - position.get(right)!);
    const id = ready.shift()!;
    order.push(id);
    for (const consumer of consumers.get(id) ?? []) {
      const left = pendingInputs.get(consumer)! - 1;
      pendingInputs.set(consumer, left);
      if (left === 0) ready.push(consumer);
    }
  }
  if (order.length < graph.length) {
    const placed = new Set(order);
    const remaining = new Set(graph.map((a) => a.id).filter((id) => !placed.has(id)));
    const cycle = findCycle(byId, remaining);
    throw new LabError(`topologicalOrder found a cycle: ${cycle.join(" -> ")}`);
  }
  return order;
}

/**
 * Merkle-style hash of every artifact: H(own content hash ‖ sorted input hashes), where H is
 * SHA-256 over the concatenated hex strings. Input order does not matter; input content does.
 *
 * @param graph - the artifacts
 * @returns a record from artifact id to its 64-hex-character lineage hash
 * @throws {LabError} as {@link topologicalOrder}, or when a content cannot be hashed canonically
 * @example
 * const hashes = lineageHashes(graph); hashes["model"]; // "3f1c…"
 */
export function lineageHashes(graph: LineageGraph): Record<string, HexHash> {
  const order = topologicalOrder(graph);
  const byId = new Map(graph.map((artifact) => [artifact.id, artifact]));
  const hashes = new Map<string, HexHash>();
  for (const id of order) {
    const artifact = byId.get(id)!;
    const inputHashes = [...new Set(artifact.inputs ?? [])].map((input) => hashes.get(input)!);
    inputHashes.sort();
    hashes.set(id, sha256(contentHash(artifact.content) + inputHashes.join("")));
  }
  return Object.fromEntries(order.map((id) => [id, hashes.get(id)!]));
}

/**
 * The impact set of a change: the changed artifacts and everything downstream of them, in
 * topological order. "If this dataset is bad, which models and deployments are affected?"
 *
 * @param graph - the artifacts
 * @param changedIds - ids of the artifacts that changed
 * @returns the changed ids and all their descendants, topologically ordered
 * @throws {LabError} as {@link topologicalOrder}, or when a changed id is not in the graph
 * @example
 * impactSet(graph, ["raw-data"]); // ["raw-data", "features", "model", "deployment"]
 */
export function impactSet(graph: LineageGraph, changedIds: string[]): string[] {
  const order = topologicalOrder(graph);
  const known = new Set(order);
  for (const id of changedIds) {
    if (!known.has(id)) throw new LabError(`impactSet found unknown artifact id "${id}"`);
  }
  const impacted = new Set(changedIds);
  const byId = new Map(graph.map((artifact) => [artifact.id, artifact]));
  // One pass in topological order suffices: every input is decided before its consumers.
  for (const id of order) {
    if ((byId.get(id)!.inputs ?? []).some((input) => impacted.has(input))) impacted.add(id);
  }
  return order.filter((id) => impacted.has(id));
}

/** How two hash snapshots differ, by artifact id. */
export interface HashDiff {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: string[];
}

/**
 * Compares two hash snapshots (e.g. from {@link lineageHashes} before and after an edit).
 *
 * @param before - id to hash, earlier snapshot
 * @param after - id to hash, later snapshot
 * @returns ids added, removed, changed and unchanged (each list in the order of its snapshot)
 * @example
 * diffHashes({ a: "1", b: "2" }, { a: "1", b: "3", c: "4" });
 * // { added: ["c"], removed: [], changed: ["b"], unchanged: ["a"] }
 */
export function diffHashes(
  before: Record<string, HexHash>,
  after: Record<string, HexHash>,
): HashDiff {
  const beforeIds = Object.keys(before);
  const afterIds = Object.keys(after);
  const has = (record: Record<string, HexHash>, id: string) => Object.hasOwn(record, id);
  return {
    added: afterIds.filter((id) => !has(before, id)),
    removed: beforeIds.filter((id) => !has(after, id)),
    changed: afterIds.filter((id) => has(before, id) && before[id] !== after[id]),
    unchanged: afterIds.filter((id) => has(before, id) && before[id] === after[id]),
  };
}

/**
 * The minimal rebuild set between two versions of a graph: artifacts of `after` that are new or
 * whose lineage hash changed, in topological order. Anything else can be reused from cache.
 *
 * @param before - the graph as it was built last time
 * @param after - the graph as it is now
 * @returns ids to rebuild, inputs before consumers
 * @throws {LabError} as {@link lineageHashes} for either graph
 * @example
 * rebuildSet(graph, editedGraph); // ["features", "model", "deployment"]
 */
export function rebuildSet(before: LineageGraph, after: LineageGraph): string[] {
  const diff = diffHashes(lineageHashes(before), lineageHashes(after));
  const toRebuild = new Set([...diff.added, ...diff.changed]);
  return topologicalOrder(after).filter((id) => toRebuild.has(id));
}
