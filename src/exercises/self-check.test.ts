import { describe, expect, it } from "vitest";
import { checkExercise } from "./self-check";
import type { Exercise } from "./types";

// A tiny sound exercise: the answer is the seed doubled; the planted mistake forgets to double.
const sound: Exercise<{ base: number }> = {
  id: "double-it",
  title: "Double it",
  objectives: ["production-statistics"],
  topic: "monitoring",
  lesson: "offline-online-monitoring",
  difficulty: 1,
  generate: (seed) => ({
    seed,
    params: { base: seed },
    tables: [{ name: "t", columns: ["x"], rows: [[seed]] }],
  }),
  prompt: (instance) => `Compute $2 \\times ${instance.params.base}$.`,
  answer: {
    doubled: {
      kind: "number",
      label: "Doubled",
      tolerance: { rule: "relabs", rtol: 1e-2, atol: 1e-8 },
      weight: 1,
    },
  },
  solve: (instance) => ({ doubled: 2 * instance.params.base }),
  mistakes: (instance) => [
    { part: "doubled", value: instance.params.base, id: "not-doubled", message: "Double it." },
  ],
  hints: ["Multiply.", "By two."],
  solution: (instance) => `$$2 \\times ${instance.params.base} = ${2 * instance.params.base}$$`,
};

describe("checkExercise", () => {
  it("finds no problem in a sound exercise", () => {
    expect(checkExercise(sound, 3, () => undefined)).toEqual([]);
  });

  it("reports a multiple-selection part whose answer is an empty selection", () => {
    const empty: Exercise<{ base: number }> = {
      ...sound,
      answer: {
        picks: {
          kind: "multiple",
          label: "Picks",
          options: [
            { id: "a", label: "A" },
            { id: "b", label: "B" },
          ],
          weight: 1,
        },
      },
      solve: () => ({ picks: [] }),
      mistakes: () => [],
    };
    expect(checkExercise(empty, 1)).toContain(
      `double-it seed 1: part 'picks' has an empty reference: offer an explicit "none" option`,
    );
  });

  it("reports non-deterministic generation", () => {
    let calls = 0;
    const drifting: Exercise<{ base: number }> = {
      ...sound,
      generate: (seed) => ({ seed, params: { base: seed + calls++ }, tables: [] }),
    };
    expect(checkExercise(drifting, 1)).toContain(
      "double-it seed 1: generation is not deterministic",
    );
  });

  it("reports ragged tables, bad math, weights, hints and a mistake equal to the reference", () => {
    const broken: Exercise<{ base: number }> = {
      ...sound,
      generate: (seed) => ({
        seed,
        params: { base: seed },
        tables: [{ name: "t", columns: ["x", "y"], rows: [[Number.NaN]] }],
      }),
      prompt: () => "Use $\\bad$; it costs $5 per call",
      answer: { doubled: { ...sound.answer.doubled!, weight: 0.5 } },
      hints: ["Only one."],
      mistakes: () => [
        // Coincides with the reference (2 for seed 1), so it can never be shown.
        { part: "doubled", value: 2, id: "silent", message: "never shown" },
        { part: "nope", value: 1, id: "ghost", message: "x" },
      ],
    };
    const problems = checkExercise(broken, 1, (tex) => {
      if (tex.includes("\\bad")) throw new Error("undefined control sequence");
    });
    expect(problems).toEqual([
      "double-it seed 1: table 't' row 1 has 1 values for 2 columns",
      "double-it seed 1: table 't' row 1 holds NaN",
      "double-it seed 1: prompt: unclosed $ near '$5 per call'",
      "double-it seed 1: prompt: math '\\bad' does not render: undefined control sequence",
      "double-it seed 1: has 1 hints, not 2–4",
      "double-it seed 1: weights sum to 0.5, not 1",
      "double-it seed 1: mistake 'silent' scores 1, not below 1",
      "double-it seed 1: mistake 'silent' does not show its message",
      "double-it seed 1: mistake 'ghost' names unknown part 'nope'",
    ]);
  });

  it("turns an exception into a problem", () => {
    const throwing: Exercise = {
      ...sound,
      generate: () => {
        throw new Error("boom");
      },
    };
    expect(checkExercise(throwing, 2)).toEqual(["double-it seed 2: threw boom"]);
  });
});
