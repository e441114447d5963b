import { describe, expect, it } from "vitest";
import { salvageState } from "./persisted-schema";
import { exportProgress, importProgress, mergeProgress } from "./progress-file";

describe("salvageState", () => {
  it("upgrades format 1 (no notebook cells) without losing anything", () => {
    const format1 = {
      lessons: { a: { progress: 1, readAt: 5 } },
      restate: { r: { text: "x", updatedAt: 2 } },
      theme: "dark",
    };
    expect(salvageState(format1)).toEqual({
      state: { ...format1, cells: {}, exercises: {}, studentId: "" },
      rejected: [],
    });
  });

  it("keeps valid entries and names each rejected one", () => {
    const damaged = {
      lessons: { a: { progress: 0.5 }, b: { progress: 7 } },
      restate: "oops",
      cells: { c: { params: { n: 3 } } },
      theme: "neon",
      extra: 1,
    };
    const { state, rejected } = salvageState(damaged);
    expect(state).toEqual({
      lessons: { a: { progress: 0.5 } },
      restate: {},
      cells: { c: { params: { n: 3 } } },
      exercises: {},
      studentId: "",
      theme: "system",
    });
    expect(rejected).toHaveLength(4);
    expect(rejected.join("\n")).toMatch(/lesson progress "b"/);
  });

  it("rejects data that is not an object", () => {
    expect(salvageState(42).rejected).toEqual(["the saved data is not an object"]);
  });
});

describe("progress files", () => {
  const state = {
    lessons: { a: { progress: 1, readAt: 1 } },
    restate: {},
    cells: { c: { source: "show.text('x')" } },
    exercises: {
      psi: {
        variant: 1,
        draft: { value: "0.2" },
        attempts: 2,
        hintsUsed: 1,
        best: 0.9,
        solutionOpen: true,
      },
    },
    studentId: "student-1",
    theme: "light" as const,
  };

  it("round-trip through export and import", () => {
    const result = importProgress(exportProgress(state, new Date(0)));
    expect(result).toEqual({ ok: true, state, rejected: [] });
  });

  it("refuse files of another format, newer versions and invalid JSON", () => {
    expect(importProgress("{")).toMatchObject({ ok: false, error: "The file is not valid JSON." });
    expect(importProgress(JSON.stringify({ hello: 1 }))).toMatchObject({ ok: false });
    const newer = JSON.parse(exportProgress(state)) as { version: number };
    newer.version = 99;
    expect(importProgress(JSON.stringify(newer))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version/),
    });
  });

  it("merge keeps the furthest reading and the newest restatement", () => {
    const mine = {
      lessons: { a: { progress: 0.2 } },
      restate: { r: { text: "new", updatedAt: 9 } },
      cells: {},
      exercises: {},
      studentId: "",
      theme: "dark" as const,
    };
    const theirs = {
      lessons: { a: { progress: 0.9 } },
      restate: { r: { text: "old", updatedAt: 1 } },
      cells: {},
      exercises: {},
      studentId: "student-2",
      theme: "light" as const,
    };
    expect(mergeProgress(mine, theirs)).toEqual({
      lessons: { a: { progress: 0.9 } },
      restate: { r: { text: "new", updatedAt: 9 } },
      cells: {},
      exercises: {},
      studentId: "student-2",
      theme: "dark",
    });
  });
});
