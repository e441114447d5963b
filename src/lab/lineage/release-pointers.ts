/**
 * Release pointers: a tiny model registry with named pointers ("production", "staging") that are
 * promoted and rolled back, and a history log of every move.
 *
 * It serves Lesson 6 (lineage, versioning and rollback). A release is the tuple (model, data, code,
 * config, environment); its content hash is the release's identity, so "what exactly is serving?"
 * has one answer, and a rollback is a pointer move, not a rebuild. All functions are pure: they
 * return a new registry and never mutate the one passed in.
 */

import { contentHash } from "./canonical-json";
import type { HexHash } from "./canonical-json";
import { LabError } from "../core/errors";

/** Everything that determines a model's behaviour in production, each as an id or a hash. */
export interface ReleaseTuple {
  model: string;
  data: string;
  code: string;
  config: string;
  environment: string;
}

/** A registered version: an id, its release tuple and the tuple's content hash. */
export interface ReleaseVersion {
  id: string;
  tuple: ReleaseTuple;
  tupleHash: HexHash;
  /** Registration time, seconds since the epoch. */
  registeredAt: number;
}

/** One pointer move in the history log. */
export interface PointerEvent {
  pointer: string;
  action: "promote" | "rollback";
  from: string | null;
  to: string;
  /** Time of the move, seconds since the epoch. */
  at: number;
}

/**
 * Registry state. `pointers[name]` is the pointer's target stack: the last entry is the current
 * target, earlier entries are where successive rollbacks go.
 */
export interface ReleaseRegistry {
  versions: ReleaseVersion[];
  pointers: Record<string, string[]>;
  history: PointerEvent[];
}

const tupleFields = ["model", "data", "code", "config", "environment"] as const;

/**
 * Content hash of a release tuple (hex SHA-256 of its canonical JSON).
 *
 * @param tuple - model, data, code, config and environment identifiers
 * @returns 64 hex characters; equal tuples give equal hashes whatever the key order
 * @throws {LabError} when a field is missing or not a non-empty string
 * @example
 * releaseTupleHash({ model: "m1", data: "d1", code: "c1", config: "k1", environment: "py3.12" });
 */
export function releaseTupleHash(tuple: ReleaseTuple): HexHash {
  for (const field of tupleFields) {
    const value = (tuple as unknown as Record<string, unknown> | null)?.[field];
    if (typeof value !== "string" || value === "") {
      throw new LabError(`releaseTupleHash requires a non-empty string for "${field}"`);
    }
  }
  const { model, data, code, config, environment } = tuple;
  return contentHash({ model, data, code, config, environment });
}

/**
 * An empty registry.
 *
 * @returns a registry with no versions, no pointers and an empty history
 * @example
 * const registry = createReleaseRegistry();
 */
export function createReleaseRegistry(): ReleaseRegistry {
  return { versions: [], pointers: {}, history: [] };
}

/**
 * Registers a new version with its release tuple.
 *
 * @param registry - current state
 * @param id - version id, unique in the registry
 * @param tuple - the release tuple
 * @param at - registration time, seconds since the epoch (default 0)
 * @returns the new registry
 * @throws {LabError} when the id is empty or already registered, or the tuple is invalid
 * @example
 * registry = registerVersion(registry, "v1", tuple, 1_700_000_000);
 */
export function registerVersion(
  registry: ReleaseRegistry,
  id: string,
  tuple: ReleaseTuple,
  at = 0,
): ReleaseRegistry {
  if (typeof id !== "string" || id === "") {
    throw new LabError("registerVersion requires a non-empty version id");
  }
  if (registry.versions.some((version) => version.id === id)) {
    throw new LabError(`registerVersion found version "${id}" already registered`);
  }
  const version: ReleaseVersion = {
    id,
    tuple: { ...tuple },
    tupleHash: releaseTupleHash(tuple),
    registeredAt: at,
  };
  return { ...registry, versions: [...registry.versions, version] };
}

/**
 * Points a pointer at a registered version. Promoting the version a pointer already targets
 * changes nothing (deployments are idempotent) and logs nothing.
 *
 * @param registry - current state
 * @param pointer - pointer name, e.g. "production"
 * @param versionId - a registered version id
 * @param at - time of the move, seconds since the epoch (default 0)
 * @returns the new registry, with a "promote" event appended to the history
 * @throws {LabError} when the version is not registered or the pointer name is empty
 * @example
 * registry = promote(registry, "production", "v2", 1_700_000_600);
 */
export function promote(
  registry: ReleaseRegistry,
  pointer: string,
  versionId: string,
  at = 0,
): ReleaseRegistry {
  if (typeof pointer !== "string" || pointer === "") {
    throw new LabError("promote requires a non-empty pointer name");
  }
  if (!registry.versions.some((version) => version.id === versionId)) {
    throw new LabError(`promote found no registered version "${versionId}"`);
  }
  const stack = registry.pointers[pointer] ?? [];
  const current = stack.at(-1) ?? null;
  if (current === versionId) return registry;
  return {
    ...registry,
    pointers: { ...registry.pointers, [pointer]: [...stack, versionId] },
    history: [
      ...registry.history,
      { pointer, action: "promote", from: current, to: versionId, at },
    ],
  };
}

/**
 * Moves a pointer back to the target it had before its current one. Successive rollbacks walk
 * further back (promote v1, v2, v3; rollback gives v2; rollback again gives v1).
 *
 * @param registry - current state
 * @param pointer - pointer name
 * @param at - time of the move, seconds since the epoch (default 0)
 * @returns the new registry, with a "rollback" event appended to the history
 * @throws {LabError} when the pointer has no earlier target to return to
 * @example
 * registry = rollback(registry, "production", 1_700_000_900);
 */
export function rollback(registry: ReleaseRegistry, pointer: string, at = 0): ReleaseRegistry {
  const stack = registry.pointers[pointer] ?? [];
  if (stack.length < 2) {
    throw new LabError(`rollback found no earlier target for pointer "${pointer}"`);
  }
  const from = stack.at(-1)!;
  const to = stack.at(-2)!;
  return {
    ...registry,
    pointers: { ...registry.pointers, [pointer]: stack.slice(0, -1) },
    history: [...registry.history, { pointer, action: "rollback", from, to, at }],
  };
}

/**
 * The version a pointer currently targets.
 *
 * @param registry - current state
 * @param pointer - pointer name
 * @returns the version, or null when the pointer was never promoted
 * @example
 * currentTarget(registry, "production")?.tupleHash;
 */
export function currentTarget(registry: ReleaseRegistry, pointer: string): ReleaseVersion | null {
  const id = registry.pointers[pointer]?.at(-1);
  return registry.versions.find((version) => version.id === id) ?? null;
}
