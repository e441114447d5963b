import { describe, expect, it } from "vitest";
import {
  canRead,
  canonicalJson,
  checkCompatibility,
  contentHash,
  createReleaseRegistry,
  currentTarget,
  diffHashes,
  impactSet,
  lineageHashes,
  promote,
  rebuildSet,
  registerVersion,
  rollback,
  sha256,
} from "../../../lab/index";
import type { LineageGraph, RecordSchema, ReleaseRegistry } from "../../../lab/index";
import { readLesson } from "./lesson-text";

const text = readLesson("06-lineage-versioning-rollback.md");
// Phrases may wrap across source lines; compare them with whitespace collapsed.
const prose = text.replace(/\s+/g, " ");

/** The ten-node churn graph of the impact-analysis example, with the two edits it discusses. */
function churnGraph(featureCommit = "4e1f9a2", learningRate = 0.1): LineageGraph {
  return [
    { id: "trips", kind: "data", content: { table: "trips", snapshot: "2024-06-30" }, inputs: [] },
    {
      id: "labels",
      kind: "data",
      content: { table: "churn_labels", snapshot: "2024-06-30" },
      inputs: [],
    },
    {
      id: "feature-code",
      kind: "code",
      content: { repo: "features", commit: featureCommit },
      inputs: [],
    },
    {
      id: "features",
      kind: "feature",
      content: { view: "driver_stats", ttl_hours: 2 },
      inputs: ["trips", "feature-code"],
    },
    {
      id: "train-config",
      kind: "config",
      content: { learning_rate: learningRate, max_depth: 6 },
      inputs: [],
    },
    {
      id: "environment",
      kind: "environment",
      content: { python: "3.12.4", lockfile: "uv.lock@9c2d" },
      inputs: [],
    },
    {
      id: "model",
      kind: "model",
      content: { algorithm: "gradient-boosting" },
      inputs: ["features", "labels", "train-config", "environment"],
    },
    {
      id: "evaluation",
      kind: "eval",
      content: { metric: "auc", split: "2024-06" },
      inputs: ["model", "features", "labels"],
    },
    { id: "serving-config", kind: "config", content: { replicas: 3 }, inputs: [] },
    {
      id: "deployment",
      kind: "deployment",
      content: { endpoint: "churn" },
      inputs: ["model", "serving-config"],
    },
  ];
}

// The rollback example's `driver_stats` history: every step passes FORWARD.
const schema1: RecordSchema = {
  name: "DriverStats",
  fields: [
    { name: "driver_id", type: "long" },
    { name: "conv_rate", type: "float", default: 0.0 },
  ],
};
const schema2: RecordSchema = {
  name: "DriverStats",
  fields: schema1.fields.filter((field) => field.name !== "conv_rate"),
};
const schema3: RecordSchema = {
  name: "DriverStats",
  fields: [...schema2.fields, { name: "conv_rate", type: "string" }],
};

/** Prints a lineage hash the way the lesson does: its first 12 hex characters. */
function shortHash(hash: string | undefined): string {
  return `${(hash ?? "").slice(0, 12)}…`;
}

describe("lesson 6 worked examples: lineage, versioning and rollback", () => {
  it("prints the FIPS 180-4 test vector for SHA-256 of 'abc'", () => {
    // FIPS 180-4 / NIST example: SHA-256("abc")
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(text).toContain(sha256("abc"));
  });

  it("prints the canonical form and content hash of a reordered object", () => {
    const canonical = canonicalJson({ b: [1, 2.5], a: "x" });
    expect(canonical).toBe('{"a":"x","b":[1,2.5]}');
    expect(text).toContain(`\`${canonical}\``);
    expect(contentHash({ b: [1, 2.5], a: "x" })).toBe(contentHash({ a: "x", b: [1, 2.5] }));
    expect(text).toContain(contentHash({ a: "x", b: [1, 2.5] }).slice(0, 12));
  });

  it("finds the five-artifact impact set of a feature-code commit", () => {
    const before = churnGraph();
    const after = churnGraph("7b03c5d");
    const expected = ["feature-code", "features", "model", "evaluation", "deployment"];
    expect(impactSet(before, ["feature-code"])).toEqual(expected);
    expect(rebuildSet(before, after)).toEqual(expected);
    expect(prose).toContain(`${expected.length} artifacts`);
    const diff = diffHashes(lineageHashes(before), lineageHashes(after));
    expect(diff.changed).toEqual(expected);
    expect(diff.unchanged).toHaveLength(5);
    expect(prose).toContain(`the other ${diff.unchanged.length} artifacts keep theirs`);
    expect(text).toContain(shortHash(lineageHashes(before)["model"]));
    expect(text).toContain(shortHash(lineageHashes(after)["model"]));
  });

  it("finds every hash of a revert already in a cache that saw the original build", () => {
    const cache = new Set(Object.values(lineageHashes(churnGraph())));
    for (const value of Object.values(lineageHashes(churnGraph("7b03c5d")))) cache.add(value);
    const reverted = lineageHashes(churnGraph());
    const rebuilt = rebuildSet(churnGraph("7b03c5d"), churnGraph());
    expect(rebuilt).toHaveLength(5);
    expect(rebuilt.every((id) => cache.has(reverted[id] ?? ""))).toBe(true);
    expect(prose).toContain(
      "every hash in the impact set returns to a value the content-addressed cache has already seen",
    );
    expect(prose).toContain("the learning rate set back to 0.1");
    expect(text).toContain("`train-config` with learning rate 0.1");
  });

  it("finds the four-artifact impact set of a learning-rate change", () => {
    const before = churnGraph();
    const after = churnGraph("4e1f9a2", 0.05);
    const expected = ["train-config", "model", "evaluation", "deployment"];
    expect(rebuildSet(before, after)).toEqual(expected);
    expect(impactSet(before, ["train-config"])).toEqual(expected);
    expect(prose).toContain(`affects ${expected.length} artifacts`);
    expect(text).toContain(shortHash(lineageHashes(after)["model"]));
  });

  it("shows that sorted input hashes cannot see two swapped splits", () => {
    const training = (trainSnapshot: string, evalSnapshot: string): LineageGraph => [
      { id: "train-split", kind: "data", content: { snapshot: trainSnapshot }, inputs: [] },
      { id: "eval-split", kind: "data", content: { snapshot: evalSnapshot }, inputs: [] },
      {
        id: "model",
        kind: "model",
        content: { algorithm: "gradient-boosting" },
        inputs: ["train-split", "eval-split"],
      },
    ];
    const before = training("A", "B");
    const swapped = training("B", "A");
    expect(rebuildSet(before, swapped)).toEqual(["train-split", "eval-split"]);
    expect(lineageHashes(swapped)["model"]).toBe(lineageHashes(before)["model"]);
    expect(prose).toContain("the rebuild set contains only the two splits");
  });

  it("bounds the collision probability for a trillion artifacts", () => {
    // Union bound over pairs: q(q - 1) / 2^257 with q = 10^12.
    const artifacts = 1e12;
    const bound = (artifacts * (artifacts - 1)) / 2 ** 257;
    expect(bound.toExponential(1)).toBe("4.3e-54");
    expect(text).toContain("4.3 \\times 10^{-54}");
  });

  it("promotes three versions, rolls back to the second and refuses to go past the first", () => {
    let registry: ReleaseRegistry = createReleaseRegistry();
    for (const version of ["v1", "v2", "v3"]) {
      registry = registerVersion(registry, version, {
        model: `churn-${version}`,
        data: "trips@2024-06-30",
        code: "4e1f9a2",
        config: "train-config",
        environment: "uv.lock@9c2d",
      });
    }
    for (const version of ["v1", "v2", "v3"]) registry = promote(registry, "production", version);
    expect(registry.pointers["production"]).toEqual(["v1", "v2", "v3"]);
    expect(registry.history).toHaveLength(3);
    expect(prose).toContain(`the log has ${registry.history.length} entries`);

    const registeredV2 = registry.versions.find((version) => version.id === "v2");
    registry = rollback(registry, "production");
    expect(currentTarget(registry, "production")?.id).toBe("v2");
    expect(currentTarget(registry, "production")?.tupleHash).toBe(registeredV2?.tupleHash);
    expect(registry.history).toHaveLength(4);
    expect(registry.history.at(-1)).toMatchObject({ action: "rollback", from: "v3", to: "v2" });
    expect(prose).toContain(`the log now has ${registry.history.length} entries`);

    registry = rollback(registry, "production");
    expect(currentTarget(registry, "production")?.id).toBe("v1");
    expect(() => rollback(registry, "production")).toThrow(/no earlier target/);
  });

  it("finds the first rollback schema-safe and the second one not, every step FORWARD", () => {
    // v2 decodes with S2, v1 with S1; producers now write S3 (Avro specification, "Schema Resolution").
    expect(checkCompatibility(schema2, [schema1], "FORWARD").compatible).toBe(true);
    expect(checkCompatibility(schema3, [schema1, schema2], "FORWARD").compatible).toBe(true);
    expect(canRead(schema2, schema3).readable).toBe(true);
    const second = canRead(schema1, schema3);
    expect(second.readable).toBe(false);
    expect(second.issues).toEqual([
      expect.objectContaining({ field: "conv_rate", rule: "type-mismatch" }),
    ]);
    const transitive = checkCompatibility(schema3, [schema1, schema2], "FORWARD_TRANSITIVE");
    expect(transitive.violations.map((violation) => violation.againstVersion)).toEqual([1]);
    expect(prose).toContain(
      `reported ${transitive.violations.length} violation, against $S_1$, and flagged the trap`,
    );
  });
});
