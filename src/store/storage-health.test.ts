import { describe, expect, it } from "vitest";
import { changedKinds } from "./guarded-storage";
import { emptyPersistedState, savedProgressFormat, type PersistedState } from "./persisted-schema";
import { useStorageHealth } from "./storage-health";

const failure = {
  cause: "save-failed" as const,
  message: "Not saved",
  details: [],
  raw: undefined,
  quarantineKey: undefined,
};

describe("storage problems shown to the reader", () => {
  it("show one message per cause however often a save fails, and clear it once a save works", () => {
    const health = useStorageHealth.getState();
    for (let save = 0; save < 41; save++) health.report({ ...failure, message: `try ${save}` });
    expect(useStorageHealth.getState().issues).toHaveLength(1);
    expect(useStorageHealth.getState().issues[0]?.message).toBe("try 40");
    expect(useStorageHealth.getState().saveFailed).toBe(true);
    health.report({ message: "Damaged data set aside", details: [], raw: "{", quarantineKey: "k" });
    expect(useStorageHealth.getState().issues).toHaveLength(2);
    useStorageHealth.getState().saved();
    expect(useStorageHealth.getState().saveFailed).toBe(false);
    expect(useStorageHealth.getState().issues.map((issue) => issue.message)).toEqual([
      "Damaged data set aside",
    ]);
  });

  it("name the kinds of progress a failed save leaves unsaved", () => {
    const after: PersistedState = {
      ...emptyPersistedState,
      restate: { "restate-a": { text: "words", updatedAt: 1 } },
    };
    expect(changedKinds(emptyPersistedState, after, savedProgressFormat.kindNames)).toEqual([
      "restatements",
    ]);
    expect(changedKinds(undefined, after, savedProgressFormat.kindNames)).toHaveLength(6);
  });
});
