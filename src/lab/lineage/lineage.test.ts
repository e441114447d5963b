import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash } from "./canonical-json";
import { diffHashes, impactSet, lineageHashes, rebuildSet, topologicalOrder } from "./lineage";
import type { LineageGraph } from "./lineage";
import { sha256 } from "./sha256";

// A small ML pipeline: raw data and a feature definition feed a feature table, which with the
// training code and config produces a model, then an evaluation and a deployment.
const pipeline: LineageGraph = [
  { id: "deployment", kind: "deployment", content: { replicas: 3 }, inputs: ["model", "eval"] },
  { id: "eval", kind: "eval", content: { metric: "auc" }, inputs: ["model", "features"] },
  {
    id: "model",
    kind: "model",
    content: { algorithm: "gbm" },
    inputs: ["features", "code", "config"],
  },
  { id: "features", kind: "feature", content: { window: "7d" }, inputs: ["raw", "feature-def"] },
  { id: "raw", kind: "data", content: { snapshot: "2024-01-01" }, inputs: [] },
  { id: "feature-def", kind: "code", content: { sql: "select avg(amount)" }, inputs: [] },
  { id: "code", kind: "code", content: { commit: "abc123" }, inputs: [] },
  { id: "config", kind: "config", content: { learningRate: 0.1 }, inputs: [] },
];

describe("topologicalOrder", () => {
  it("puts inputs first and keeps graph order among ready nodes", () => {
    expect(topologicalOrder(pipeline)).toEqual([
      "raw",
      "feature-def",
      "features", // ready once its inputs are placed, and listed before "code"
      "code",
      "config",
      "model",
      "eval",
      "deployment",
    ]);
  });

  it("names the cycle in its error", () => {
    const cyclic: LineageGraph = [
      { id: "a", kind: "data", content: 1, inputs: ["c"] },
      { id: "b", kind: "data", content: 2, inputs: ["a"] },
      { id: "c", kind: "data", content: 3, inputs: ["b"] },
      { id: "d", kind: "data", content: 4, inputs: [] },
    ];
    expect(() => topologicalOrder(cyclic)).toThrow(
      "topologicalOrder found a cycle: a -> b -> c -> a",
    );
    expect(() => topologicalOrder([{ id: "x", kind: "data", content: 1, inputs: ["x"] }])).toThrow(
      "topologicalOrder found a cycle: x -> x",
    );
  });

  it("rejects unknown inputs and duplicate ids", () => {
    expect(() =>
      topologicalOrder([{ id: "m", kind: "model", content: 1, inputs: ["ghost"] }]),
    ).toThrow('topologicalOrder found "m" using unknown input "ghost"');
    expect(() =>
      topologicalOrder([
        { id: "m", kind: "model", content: 1, inputs: [] },
        { id: "m", kind: "model", content: 2, inputs: [] },
      ]),
    ).toThrow('topologicalOrder found the artifact id "m" twice');
  });
});

describe("lineageHashes", () => {
  it("is H(own content hash ‖ sorted input hashes)", () => {
    const hashes = lineageHashes(pipeline);
    expect(hashes.raw).toBe(sha256(contentHash({ snapshot: "2024-01-01" })));
    const inputs = [hashes.raw!, hashes["feature-def"]!].sort();
    expect(hashes.features).toBe(sha256(contentHash({ window: "7d" }) + inputs.join("")));
  });

  it("does not depend on the order inputs are listed in", () => {
    const reordered = pipeline.map((artifact) => ({
      ...artifact,
      inputs: [...artifact.inputs].reverse(),
    }));
    expect(lineageHashes(reordered)).toEqual(lineageHashes(pipeline));
  });
});

describe("impactSet, rebuildSet and diffHashes", () => {
  it("a raw-data change impacts features, model, eval and deployment, not code or config", () => {
    expect(impactSet(pipeline, ["raw"])).toEqual([
      "raw",
      "features",
      "model",
      "eval",
      "deployment",
    ]);
    expect(impactSet(pipeline, ["config"])).toEqual(["config", "model", "eval", "deployment"]);
    expect(() => impactSet(pipeline, ["nope"])).toThrow(
      'impactSet found unknown artifact id "nope"',
    );
  });

  it("rebuilds exactly the changed node and its descendants", () => {
    const edited = pipeline.map((artifact) =>
      artifact.id === "config" ? { ...artifact, content: { learningRate: 0.05 } } : artifact,
    );
    expect(rebuildSet(pipeline, edited)).toEqual(["config", "model", "eval", "deployment"]);
    expect(rebuildSet(pipeline, pipeline)).toEqual([]);
  });

  it("diffHashes reports added, removed, changed and unchanged ids", () => {
    expect(diffHashes({ a: "1", b: "2", d: "5" }, { a: "1", b: "3", c: "4" })).toEqual({
      added: ["c"],
      removed: ["d"],
      changed: ["b"],
      unchanged: ["a"],
    });
  });
});

// Random DAGs: node i may use any earlier node as input; the list is then shuffled.
const dagArbitrary = fc
  .integer({ min: 1, max: 12 })
  .chain((size) =>
    fc.record({
      edges: fc.array(fc.array(fc.boolean(), { minLength: size, maxLength: size }), {
        minLength: size,
        maxLength: size,
      }),
      permutation: fc.shuffledSubarray(
        Array.from({ length: size }, (_, index) => index),
        { minLength: size, maxLength: size },
      ),
      changed: fc.integer({ min: 0, max: size - 1 }),
    }),
  )
  .map(({ edges, permutation, changed }) => {
    const graph: LineageGraph = edges.map((row, index) => ({
      id: `n${index}`,
      kind: "data",
      content: { index },
      inputs: row.slice(0, index).flatMap((edge, input) => (edge ? [`n${input}`] : [])),
    }));
    return { graph: permutation.map((index) => graph[index]!), changed: `n${changed}` };
  });

describe("lineage properties (fast-check)", () => {
  it("after changing one node's content, exactly that node and its descendants change hash", () => {
    fc.assert(
      fc.property(dagArbitrary, ({ graph, changed }) => {
        const edited = graph.map((artifact) =>
          artifact.id === changed ? { ...artifact, content: { edited: true } } : artifact,
        );
        const diff = diffHashes(lineageHashes(graph), lineageHashes(edited));
        const impacted = impactSet(graph, [changed]);
        expect([...diff.changed].sort()).toEqual([...impacted].sort());
        expect(rebuildSet(graph, edited)).toEqual(impacted);
      }),
    );
  });

  it("orders every input before its consumer", () => {
    fc.assert(
      fc.property(dagArbitrary, ({ graph }) => {
        const position = new Map(topologicalOrder(graph).map((id, index) => [id, index]));
        for (const artifact of graph) {
          for (const input of artifact.inputs) {
            expect(position.get(input)!).toBeLessThan(position.get(artifact.id)!);
          }
        }
      }),
    );
  });
});
