import { describe, expect, it } from "vitest";
import { emptyPersistedState, persistedVersion, salvageState } from "./persisted-schema";
import type { ExerciseProgress, PersistedState } from "./persisted-schema";
import {
  describeImport,
  exportProgress,
  identityChoice,
  mergeProgress,
  progressFileFormat,
} from "./progress-file";

const entry = (change: Partial<ExerciseProgress>): ExerciseProgress => ({
  variant: 0,
  draft: {},
  attempts: 0,
  hintsUsed: 0,
  best: 0,
  solutionOpen: false,
  ...change,
});
const progress = (change: Partial<PersistedState>): PersistedState => ({
  ...emptyPersistedState,
  ...change,
});

describe("the progress export", () => {
  it("writes the current format version (2), not 1", () => {
    const file = JSON.parse(exportProgress(emptyPersistedState, new Date(0))) as {
      format: string;
      version: number;
    };
    expect(file).toMatchObject({ format: progressFileFormat, version: 2 });
    expect(file.version).toBe(persistedVersion);
  });
});

describe("merging imported exercise progress field by field", () => {
  it("keeps the better best score even when the other side has more attempts", () => {
    // The reported case: a best of 1 became 0.4 because the incoming entry had more attempts.
    const mine = progress({
      studentId: "s1",
      exercises: { psi: entry({ best: 1, attempts: 2, hintsUsed: 0, solutionOpen: true }) },
    });
    const theirs = progress({
      studentId: "s1",
      exercises: { psi: entry({ best: 0.4, attempts: 5, hintsUsed: 2 }) },
    });
    const merged = mergeProgress(mine, theirs).exercises["psi"];
    expect(merged).toMatchObject({ best: 1, attempts: 5, hintsUsed: 2, solutionOpen: true });
    expect(mergeProgress(theirs, mine).exercises["psi"]).toEqual(merged);
  });

  it("takes the later variant's work, and the best score of both", () => {
    const mine = progress({
      studentId: "s1",
      exercises: { psi: entry({ variant: 0, best: 0.9, attempts: 3, draft: { psi: "0.1" } }) },
    });
    const theirs = progress({
      studentId: "s1",
      exercises: { psi: entry({ variant: 1, best: 0.2, attempts: 1, draft: { psi: "0.3" } }) },
    });
    expect(mergeProgress(mine, theirs).exercises["psi"]).toEqual(
      entry({ variant: 1, best: 0.9, attempts: 1, draft: { psi: "0.3" } }),
    );
  });
});

describe("importing into another browser", () => {
  const here = progress({ studentId: "student-here" });
  const file = progress({
    studentId: "student-file",
    exercises: { psi: entry({ best: 0.8, attempts: 1, draft: { psi: "0.2" } }) },
  });

  it("restores the imported identity when this browser has no exercise work", () => {
    expect(identityChoice(here, file)).toBe("adopt");
    expect(mergeProgress(here, file, "incoming")).toMatchObject({
      studentId: "student-file",
      exercises: { psi: { best: 0.8, draft: { psi: "0.2" } } },
    });
  });

  it("asks when both sides have exercise work under different identities", () => {
    const busy = progress({
      studentId: "student-here",
      exercises: { psi: entry({ best: 0.5, attempts: 2, draft: { psi: "9" } }) },
    });
    expect(identityChoice(busy, file)).toBe("ask");
    expect(identityChoice(busy, progress({ ...file, studentId: "student-here" }))).toBe("same");
    // Keeping this browser's identity: the file's drafts belong to other variants; only its best
    // score is kept.
    expect(mergeProgress(busy, file, "current")).toMatchObject({
      studentId: "student-here",
      exercises: { psi: { best: 0.8, attempts: 2, draft: { psi: "9" } } },
    });
    // Taking the file's identity: this browser's drafts are dropped, its best score is kept.
    expect(mergeProgress(busy, file, "incoming")).toMatchObject({
      studentId: "student-file",
      exercises: { psi: { best: 0.8, attempts: 1, draft: { psi: "0.2" } } },
    });
  });

  it("counts every kind of entry in the summary", () => {
    const full = progress({
      lessons: { a: { progress: 1 }, b: { progress: 0.5 } },
      restate: { r: { text: "x", updatedAt: 1 } },
      cells: { c: { source: "x" }, d: {}, e: {} },
      exercises: { psi: entry({}) },
      studentId: "student-file",
    });
    expect(describeImport(full)).toBe(
      "2 lesson positions, 1 restatement, 3 notebook cells, 1 exercise and the student identity student-file",
    );
    expect(describeImport(emptyPersistedState)).toBe("nothing");
  });
});

describe("rejected entries say why", () => {
  it("names the field, what was expected and what was found", () => {
    const { rejected } = salvageState({
      lessons: { b: { progress: 7 }, c: { progress: "half" } },
      exercises: { psi: { ...entry({}), attempts: -1 } },
    });
    expect(rejected).toEqual([
      'lesson progress "b": progress is 7, above the maximum 1',
      'lesson progress "c": progress should be a number, not a string ("half")',
      'exercise "psi": attempts is -1, below the minimum 0',
    ]);
    expect(rejected.join("\n")).not.toMatch(/Invalid input/);
  });
});
