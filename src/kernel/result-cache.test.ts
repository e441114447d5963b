import { describe, expect, it } from "vitest";
import type { RunResult } from "./contract";
import { ResultCache, runKey } from "./result-cache";

const result = (cellId: string): RunResult => ({
  cellId,
  outputs: [],
  logs: [],
  error: undefined,
  durationMs: 1,
});

describe("ResultCache", () => {
  it("forgets the least recently remembered result beyond its capacity", () => {
    const cache = new ResultCache(2);
    cache.remember("a", result("a"));
    cache.remember("b", result("b"));
    cache.remember("a", result("a2")); // remembered again: now the newest
    cache.remember("c", result("c"));
    expect(cache.has("b")).toBe(false);
    expect(cache.get("a")?.cellId).toBe("a2");
    expect(cache.get("c")?.cellId).toBe("c");
    expect(cache.size).toBe(2);
  });

  it("keeps nothing for a run without a key, and clears", () => {
    const cache = new ResultCache(4);
    cache.remember(undefined, result("x"));
    expect(cache.size).toBe(0);
    expect(cache.get(undefined)).toBeUndefined();
    cache.remember("a", result("a"));
    cache.clear();
    expect(cache.get("a")).toBeUndefined();
  });
});

describe("runKey", () => {
  const base = { cellId: "cell", source: "show.text('x')", params: { n: 1 }, seed: 3 };

  it("is the same for the same cell, source, parameters and seed", () => {
    expect(runKey({ ...base })).toBe(runKey({ ...base, params: { n: 1 } }));
  });

  it("differs when the source, a parameter or the seed changes", () => {
    const key = runKey(base);
    expect(runKey({ ...base, source: "show.text('y')" })).not.toBe(key);
    expect(runKey({ ...base, params: { n: 2 } })).not.toBe(key);
    expect(runKey({ ...base, seed: 4 })).not.toBe(key);
  });

  it("gives runs with data (exercise instances) no key: they are never reused", () => {
    expect(runKey({ ...base, data: { rows: [] } })).toBeUndefined();
  });
});
