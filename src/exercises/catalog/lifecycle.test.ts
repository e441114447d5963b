/**
 * The one lifecycle harness of the exercise registry: the registry itself (ids, lookup, the
 * chapter's objectives), then every registered exercise over seeds 1..100 through generate →
 * prompt → solve → grade → mistakes → solution, with `checkExercise` (the same check the CLI's
 * `check` command runs) plus what the catalogue promises on top of it: small data tables, no
 * "undefined" or "NaN" in the text, at least one reachable planted mistake, blank and unknown
 * answers that never count.
 */
import katex from "katex";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import chapterYaml from "../../../content/chapter.yaml?raw";
import { grade } from "../grade";
import { referenceAsRawAnswer } from "../practice";
import { checkExercise } from "../self-check";
import type { Exercise } from "../types";
import { catalogProblems, exerciseById, exercises } from "./index";

const seeds = Array.from({ length: 100 }, (_, index) => index + 1);
const fresh = { attempts: 0, hintsUsed: 0 };
const renderMath = (tex: string, display: boolean): void => {
  katex.renderToString(tex, { throwOnError: true, displayMode: display });
};

// The chapter's objective ids, read from the authored chapter file.
const objectiveIds = (parse(chapterYaml) as { objectives: { id: string }[] }).objectives.map(
  (objective) => objective.id,
);

/** A registered exercise under another id and objectives (all the registry check reads). */
const renamed = (id: string, objectives: string[]): Exercise => ({
  ...exercises[0]!,
  id,
  objectives,
});

describe("exercise registry", () => {
  it("holds the 24 exercises of the notebook and reads the ten objectives of the chapter", () => {
    // Twelve exercises per half of the exercises notebook; content/chapter.yaml lists ten
    // learning objectives.
    expect(exercises).toHaveLength(24);
    expect(objectiveIds).toHaveLength(10);
  });

  it("has unique ids and finds each exercise by id", () => {
    expect(new Set(exercises.map((exercise) => exercise.id)).size).toBe(exercises.length);
    for (const exercise of exercises) expect(exerciseById(exercise.id)).toBe(exercise);
    expect(exerciseById("no-such-exercise")).toBeUndefined();
  });

  it("covers every objective of the chapter with at least two exercises, with sound ids", () => {
    expect(catalogProblems(exercises, objectiveIds)).toEqual([]);
  });

  it("reports duplicate ids, unknown objectives and thin coverage", () => {
    const problems = catalogProblems(
      [renamed("a", ["x"]), renamed("a", ["x", "y"]), renamed("Bad_Id", ["z"])],
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

// One sweep takes 0.3–3 s on an idle machine; the wider limit keeps a busy machine from failing it.
const sweep = { timeout: 30_000 };

describe("every registered exercise, seeds 1..100", () => {
  for (const exercise of exercises) {
    it(
      `${exercise.id}: deterministic, rectangular, 2–60 rows, renders, reference scores 1, mistakes explained and reachable, invalid is invalid`,
      sweep,
      () => {
        const problems: string[] = [];
        const mistakeIds = new Set<string>();
        for (const seed of seeds) {
          problems.push(...checkExercise(exercise, seed, renderMath));
          const instance = exercise.generate(seed);
          const rows = instance.tables.reduce((sum, table) => sum + table.rows.length, 0);
          // Count tables aggregate many rows into one line per category, so they may be short.
          if (rows < 2 || rows > 60) problems.push(`seed ${seed}: ${rows} data rows, not 2–60`);
          for (const [name, text] of [
            ["prompt", exercise.prompt(instance)],
            ["solution", exercise.solution(instance)],
          ]) {
            if (/undefined|NaN/.test(text!)) problems.push(`seed ${seed}: ${name} prints ${text}`);
          }
          for (const mistake of exercise.mistakes(instance)) mistakeIds.add(mistake.id);
        }
        expect(problems.slice(0, 10)).toEqual([]);
        // A planted mistake that no variant reaches is dead code.
        expect(mistakeIds.size).toBeGreaterThan(0);
      },
    );

    it(`${exercise.id}: a missing part is blank and an unknown option is invalid, neither counts`, () => {
      const reference = referenceAsRawAnswer(exercise, exercise.generate(1));
      for (const [name, part] of Object.entries(exercise.answer)) {
        const blank = grade(exercise, 1, { ...reference, [name]: undefined }, fresh);
        expect(blank.parts[name]?.status).toBe("blank");
        expect(blank.countsAsAttempt).toBe(false);
        if (part.kind === "choice" || part.kind === "decision") {
          const unknown = grade(exercise, 1, { ...reference, [name]: "unknown-option" }, fresh);
          expect(unknown.parts[name]?.status).toBe("invalid");
        }
      }
    });
  }
});
