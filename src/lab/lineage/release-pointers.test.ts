import { describe, expect, it } from "vitest";
import { contentHash } from "./canonical-json";
import {
  createReleaseRegistry,
  currentTarget,
  promote,
  registerVersion,
  releaseTupleHash,
  rollback,
} from "./release-pointers";
import type { ReleaseTuple } from "./release-pointers";

const tuple = (model: string): ReleaseTuple => ({
  model,
  data: "data@2024-01-01",
  code: "git:abc123",
  config: "config:7",
  environment: "python3.12-cuda12",
});

function registryWithThreeVersions() {
  let registry = createReleaseRegistry();
  registry = registerVersion(registry, "v1", tuple("m1"), 100);
  registry = registerVersion(registry, "v2", tuple("m2"), 200);
  registry = registerVersion(registry, "v3", tuple("m3"), 300);
  return registry;
}

describe("releaseTupleHash", () => {
  it("is the content hash of the five-field tuple, independent of key order", () => {
    const { environment, config, code, data, model } = tuple("m1");
    expect(releaseTupleHash({ environment, config, code, data, model })).toBe(
      contentHash(tuple("m1")),
    );
    expect(releaseTupleHash(tuple("m1"))).not.toBe(releaseTupleHash(tuple("m2")));
  });

  it("ignores extra fields and rejects missing ones", () => {
    expect(releaseTupleHash({ ...tuple("m1"), note: "x" } as ReleaseTuple)).toBe(
      releaseTupleHash(tuple("m1")),
    );
    expect(() => releaseTupleHash({ ...tuple("m1"), environment: "" })).toThrow(
      'releaseTupleHash requires a non-empty string for "environment"',
    );
  });
});

describe("release pointers", () => {
  it("promotes, rolls back to the previous target, and logs every move", () => {
    let registry = registryWithThreeVersions();
    registry = promote(registry, "production", "v1", 1000);
    registry = promote(registry, "production", "v2", 2000);
    registry = promote(registry, "production", "v3", 3000);
    expect(currentTarget(registry, "production")?.id).toBe("v3");
    registry = rollback(registry, "production", 3500);
    expect(currentTarget(registry, "production")?.id).toBe("v2");
    registry = rollback(registry, "production", 3600);
    expect(currentTarget(registry, "production")?.id).toBe("v1");
    expect(registry.history).toEqual([
      { pointer: "production", action: "promote", from: null, to: "v1", at: 1000 },
      { pointer: "production", action: "promote", from: "v1", to: "v2", at: 2000 },
      { pointer: "production", action: "promote", from: "v2", to: "v3", at: 3000 },
      { pointer: "production", action: "rollback", from: "v3", to: "v2", at: 3500 },
      { pointer: "production", action: "rollback", from: "v2", to: "v1", at: 3600 },
    ]);
    expect(() => rollback(registry, "production")).toThrow(
      'rollback found no earlier target for pointer "production"',
    );
  });

  it("keeps pointers independent and never mutates the input registry", () => {
    const base = registryWithThreeVersions();
    const staged = promote(base, "staging", "v3");
    const both = promote(staged, "production", "v2");
    expect(currentTarget(both, "staging")?.id).toBe("v3");
    expect(currentTarget(both, "production")?.tupleHash).toBe(releaseTupleHash(tuple("m2")));
    expect(currentTarget(base, "staging")).toBeNull();
    expect(base.history).toEqual([]);
  });

  it("treats promoting the current target as a no-op", () => {
    const registry = promote(registryWithThreeVersions(), "production", "v1");
    expect(promote(registry, "production", "v1")).toBe(registry);
  });

  it("rejects unknown versions, duplicate registrations and empty names", () => {
    const registry = registryWithThreeVersions();
    expect(() => promote(registry, "production", "v9")).toThrow(
      'promote found no registered version "v9"',
    );
    expect(() => registerVersion(registry, "v1", tuple("x"))).toThrow(
      'registerVersion found version "v1" already registered',
    );
    expect(() => promote(registry, "", "v1")).toThrow("promote requires a non-empty pointer name");
    expect(() => registerVersion(registry, "", tuple("x"))).toThrow(
      "registerVersion requires a non-empty version id",
    );
  });
});
