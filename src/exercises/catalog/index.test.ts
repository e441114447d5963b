import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import chapterYaml from "../../../content/chapter.yaml?raw";
import type { Exercise } from "../types";
import { catalogProblems, exerciseById, exercises } from "./index";

// The chapter's objective ids, read from the authored chapter file.
const objectiveIds = (parse(chapterYaml) as { objectives: { id: string }[] }).objectives.map(
  (objective) => objective.id,
);

/** A minimal exercise carrying only what the registry check reads. */
const stub = (id: string, objectives: string[]): Exercise =>
  ({ id, objectives }) as unknown as Exercise;

describe("exercise registry", () => {
  it("reads the ten objectives of the chapter", () => {
    // content/chapter.yaml lists ten learning objectives.
    expect(objectiveIds).toHaveLength(10);
  });

  it("has unique ids and finds each exercise by id", () => {
    expect(new Set(exercises.map((exercise) => exercise.id)).size).toBe(exercises.length);
    for (const exercise of exercises) expect(exerciseById(exercise.id)).toBe(exercise);
    expect(exerciseById("no-such-exercise")).toBeUndefined();
  });

  it("covers every objective of the chapter with at least two exercises", () => {
    expect(catalogProblems(exercises, objectiveIds)).toEqual([]);
  });

  it("reports duplicate ids, unknown objectives and thin coverage", () => {
    const problems = catalogProblems(
      [stub("a", ["x"]), stub("a", ["x", "y"]), stub("Bad_Id", ["z"])],
      ["x", "y"],
    );
    expect(problems).toEqual([
      "exercise id 'a' is used more than once",
      "exercise id 'Bad_Id' is not kebab-case",
      "exercise 'Bad_Id' names unknown objective 'z'",
      "objective 'y' has 1 exercise(s); it needs at least 2",
    ]);
  });
});
