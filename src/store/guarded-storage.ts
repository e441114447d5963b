import type { PersistStorage, StorageValue } from "zustand/middleware";
import { persistedVersion, salvageState, type PersistedState } from "./persisted-schema";
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

/** How the kinds of saved progress are named to the reader. */
const kindNames: Record<keyof PersistedState, string> = {
  lessons: "reading progress",
  restate: "restatements",
  cells: "notebook edits and slider values",
  exercises: "exercise answers and scores",
  studentId: "student id",
  theme: "colour theme",
};

/** The kinds of progress that differ between two saved states (what a failed save loses). */
export function changedKinds(
  before: Partial<PersistedState> | undefined,
  after: PersistedState,
): string[] {
  return (Object.keys(kindNames) as (keyof PersistedState)[])
    .filter((kind) => JSON.stringify(before?.[kind]) !== JSON.stringify(after[kind]))
    .map((kind) => kindNames[kind]);
}

/**
 * A persist storage that never lets bad data blank the page: unreadable JSON, foreign shapes and
 * data from a newer version are set aside under a side key and reported; valid entries are kept.
 * Falls back to memory (and says so) when the browser refuses storage.
 */
export function createGuardedStorage(): PersistStorage<PersistedState> {
  const storage = browserStorage();
  const memory = new Map<string, string>();
  // What was last written successfully, to say what a failed save leaves unsaved.
  let lastSaved: PersistedState | undefined;
  let failingSince: Date | undefined;
  if (!storage) {
    useStorageHealth.getState().report({
      message:
        "This browser does not allow saving progress: it is kept for this visit only. Export it before leaving.",
      details: [],
      raw: undefined,
      quarantineKey: undefined,
    });
  }
  return {
    getItem(name): StorageValue<PersistedState> | null {
      if (!storage) {
        const kept = memory.get(name);
        return kept === undefined ? null : (JSON.parse(kept) as StorageValue<PersistedState>);
      }
      const raw = storage.getItem(name);
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        setAside(
          storage,
          name,
          raw,
          "Saved progress could not be read and was set aside; you start fresh.",
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
        setAside(storage, name, raw, "Saved data in an unknown format was set aside.", [
          "it has no version number",
        ]);
        storage.removeItem(name);
        return null;
      }
      if (envelope.version > persistedVersion) {
        setAside(
          storage,
          name,
          raw,
          "Progress saved by a newer version of this app was set aside.",
          [`saved format ${envelope.version}, this app reads up to ${persistedVersion}`],
        );
        storage.removeItem(name);
        return null;
      }
      const { state, rejected } = salvageState(envelope.state);
      lastSaved = state;
      if (rejected.length > 0) {
        setAside(
          storage,
          name,
          raw,
          "Some saved progress was damaged: the valid parts were kept.",
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
        const kinds = changedKinds(lastSaved, value.state);
        const quota =
          error instanceof DOMException && /quota/i.test(`${error.name} ${error.message}`);
        useStorageHealth.getState().report({
          cause: "save-failed",
          message: `Not saved: ${quota ? "this browser's storage for the site is full" : "the browser refused to save"}. Your changes since ${failingSince.toLocaleTimeString()} are kept in this tab only until it is closed.`,
          details: [
            kinds.length > 0
              ? `Not saved: ${kinds.join(", ")}.`
              : "Not saved: your latest changes.",
            "To keep them, export your progress now (the button below), then free space: remove set-aside copies of damaged data (below, when there are any) or clear other sites' data in the browser's settings.",
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
