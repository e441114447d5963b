import type { PersistStorage, StorageValue } from "zustand/middleware";
import { useStorageHealth } from "./storage-health";

function browserStorage(): Storage | undefined {
  try {
    const storage = globalThis.localStorage;
    const probe = "__storage_probe__";
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return undefined;
  }
}

/** Copies damaged data to a side key so it can still be downloaded, and says so. */
function setAside(storage: Storage, name: string, raw: string, message: string, details: string[]) {
  const quarantineKey = `${name}:set-aside:${new Date().toISOString()}`;
  try {
    storage.setItem(quarantineKey, raw);
  } catch {
    // Storage is full: the raw text stays downloadable from the message for this visit.
  }
  useStorageHealth.getState().report({ message, details, raw, quarantineKey });
}

/** What a store saves, and how the reader is told about it. */
export interface SavedFormat<T extends object> {
  /** The newest saved format this app reads; newer data is set aside, not half-read. */
  version: number;
  /** Keeps the valid entries of saved state and names each one it dropped. */
  salvage(value: unknown): { state: T; rejected: string[] };
  /** What is saved, as the reader calls it: "progress", "assignment work". */
  noun: string;
  /** Each saved part's name for the reader, to say what a failed save leaves unsaved. */
  kindNames: Record<keyof T, string>;
  /** How to keep what a failed save left in this tab only. */
  keepAdvice: string;
}

/** The kinds of saved state that differ between two saved states (what a failed save loses). */
export function changedKinds<T extends object>(
  before: Partial<T> | undefined,
  after: T,
  kindNames: Record<keyof T, string>,
): string[] {
  return (Object.keys(kindNames) as (keyof T)[])
    .filter((kind) => JSON.stringify(before?.[kind]) !== JSON.stringify(after[kind]))
    .map((kind) => kindNames[kind]);
}

/**
 * A persist storage that never lets bad data blank the page: unreadable JSON, foreign shapes and
 * data from a newer version are set aside under a side key and reported; valid entries are kept.
 * Falls back to memory (and says so) when the browser refuses storage.
 */
export function createGuardedStorage<T extends object>(format: SavedFormat<T>): PersistStorage<T> {
  const storage = browserStorage();
  const memory = new Map<string, string>();
  const noun = format.noun;
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1);
  // What was last written successfully, to say what a failed save leaves unsaved.
  let lastSaved: T | undefined;
  let failingSince: Date | undefined;
  if (!storage) {
    // Every store finds the same refusal: one message (by its cause) says it for all of them.
    useStorageHealth.getState().report({
      cause: "storage-unavailable",
      message:
        "This browser does not allow saving: progress and assignment work are kept for this visit only. Export them before leaving.",
      details: [],
      raw: undefined,
      quarantineKey: undefined,
    });
  }
  return {
    getItem(name): StorageValue<T> | null {
      const raw = storage ? storage.getItem(name) : (memory.get(name) ?? null);
      if (raw === null) return null;
      if (!storage) return JSON.parse(raw) as StorageValue<T>; // written by this visit
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        setAside(
          storage,
          name,
          raw,
          `Saved ${noun} could not be read and was set aside; you start fresh.`,
          ["the saved text is not valid JSON"],
        );
        storage.removeItem(name);
        return null;
      }
      const envelope = parsed as { state?: unknown; version?: unknown };
      if (
        typeof envelope !== "object" ||
        envelope === null ||
        typeof envelope.version !== "number"
      ) {
        setAside(storage, name, raw, `Saved ${noun} in an unknown format was set aside.`, [
          "it has no version number",
        ]);
        storage.removeItem(name);
        return null;
      }
      if (envelope.version > format.version) {
        setAside(
          storage,
          name,
          raw,
          `${Noun} saved by a newer version of this app was set aside.`,
          [`saved format ${envelope.version}, this app reads up to ${format.version}`],
        );
        storage.removeItem(name);
        return null;
      }
      const { state, rejected } = format.salvage(envelope.state);
      lastSaved = state;
      if (rejected.length > 0) {
        setAside(
          storage,
          name,
          raw,
          `Some saved ${noun} was damaged: the valid parts were kept.`,
          rejected,
        );
      }
      return { state, version: envelope.version };
    },
    setItem(name, value) {
      const text = JSON.stringify(value);
      if (!storage) {
        memory.set(name, text);
        return;
      }
      try {
        storage.setItem(name, text);
        lastSaved = value.state;
        failingSince = undefined;
        useStorageHealth.getState().saved();
      } catch (error) {
        failingSince ??= new Date();
        const kinds = changedKinds(lastSaved, value.state, format.kindNames);
        const quota =
          error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`);
        useStorageHealth.getState().report({
          cause: "save-failed",
          message: `Not saved: ${quota ? "this browser's storage for the site is full" : "the browser refused to save"}. Your changes since ${failingSince.toLocaleTimeString()} are kept in this tab only until it is closed.`,
          details: [
            kinds.length > 0
              ? `Not saved: ${kinds.join(", ")}.`
              : "Not saved: your latest changes.",
            format.keepAdvice,
          ],
          raw: undefined,
          quarantineKey: undefined,
        });
      }
    },
    removeItem(name) {
      if (storage) storage.removeItem(name);
      else memory.delete(name);
    },
  };
}
