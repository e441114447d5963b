import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGuardedStorage, type SavedFormat } from "./guarded-storage";
import { useStorageHealth } from "./storage-health";

/** A Storage over a Map, to stand in for the browser's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

interface Notes {
  notes: string[];
}

// A format whose salvage keeps the string notes and names each other entry it drops.
const format: SavedFormat<Notes> = {
  version: 2,
  salvage: (value) => {
    const notes = (value as { notes?: unknown[] } | undefined)?.notes ?? [];
    const kept = notes.filter((note): note is string => typeof note === "string");
    const rejected = notes.filter((note) => typeof note !== "string").map(String);
    return { state: { notes: kept }, rejected };
  },
  noun: "notes",
  kindNames: { notes: "notes" },
  keepAdvice: "Copy them somewhere.",
};

let storage: Storage;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal("localStorage", storage);
  useStorageHealth.setState({ issues: [], saveFailed: false });
});
afterEach(() => vi.unstubAllGlobals());

const messages = () => useStorageHealth.getState().issues.map((issue) => issue.message);
const setAsideKeys = () =>
  Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? "").filter((key) =>
    key.startsWith("k:set-aside:"),
  );

describe("the guarded storage", () => {
  it("reads back what it wrote", () => {
    const guarded = createGuardedStorage(format);
    guarded.setItem("k", { state: { notes: ["a"] }, version: 2 });
    expect(guarded.getItem("k")).toEqual({ state: { notes: ["a"] }, version: 2 });
    expect(messages()).toEqual([]);
  });

  it.each([
    ["unreadable JSON", "{", "Saved notes could not be read and was set aside; you start fresh."],
    ["no version", '{"state":{}}', "Saved notes in an unknown format was set aside."],
    [
      "a newer version",
      '{"state":{},"version":3}',
      "Notes saved by a newer version of this app was set aside.",
    ],
  ])("sets %s aside, keeps the raw text and starts empty", (_name, raw, message) => {
    storage.setItem("k", raw);
    expect(createGuardedStorage(format).getItem("k")).toBeNull();
    expect(messages()).toEqual([message]);
    expect(storage.getItem("k")).toBeNull();
    expect(setAsideKeys().map((key) => storage.getItem(key))).toEqual([raw]);
  });

  it("keeps the valid entries of damaged data and names the dropped ones", () => {
    const raw = JSON.stringify({ state: { notes: ["a", 7] }, version: 1 });
    storage.setItem("k", raw);
    expect(createGuardedStorage(format).getItem("k")).toEqual({
      state: { notes: ["a"] },
      version: 1,
    });
    expect(useStorageHealth.getState().issues).toMatchObject([
      { message: "Some saved notes was damaged: the valid parts were kept.", details: ["7"], raw },
    ]);
  });

  it("says what a refused save leaves unsaved, once however often it fails", () => {
    const guarded = createGuardedStorage(format);
    storage.setItem = () => {
      throw new Error("refused");
    };
    guarded.setItem("k", { state: { notes: ["a"] }, version: 2 });
    guarded.setItem("k", { state: { notes: ["a", "b"] }, version: 2 });
    const issues = useStorageHealth.getState().issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^Not saved: the browser refused to save\./);
    expect(issues[0]?.details).toEqual(["Not saved: notes.", "Copy them somewhere."]);
    expect(useStorageHealth.getState().saveFailed).toBe(true);
  });

  it("keeps work in memory, with one message for every store, when the browser refuses storage", () => {
    vi.stubGlobal("localStorage", undefined);
    const first = createGuardedStorage(format);
    createGuardedStorage({ ...format, noun: "other notes" });
    first.setItem("k", { state: { notes: ["a"] }, version: 2 });
    expect(first.getItem("k")).toEqual({ state: { notes: ["a"] }, version: 2 });
    expect(useStorageHealth.getState().issues).toHaveLength(1);
    expect(useStorageHealth.getState().issues[0]?.cause).toBe("storage-unavailable");
  });
});
