import { describe, expect, it } from "vitest";
import { exerciseById, exercises } from "../exercises/catalog/index";
import { estimatedMinutes, summarizeExercise } from "./exercise-summary";

describe("summarizeExercise", () => {
  it("lists the distinct answer kinds in the order the parts are asked", () => {
    const exercise = exerciseById("drift-test-selection");
    if (!exercise) throw new Error("drift-test-selection is in the catalogue");
    // `npm run exercise -- list` shows its answer kinds as choice,number,decision.
    expect(summarizeExercise(exercise).answerKinds).toEqual(["choice", "number", "decision"]);
  });

  it("estimates 5 minutes per difficulty level and 2 per answer part", () => {
    expect(estimatedMinutes({ difficulty: 2, answer: { a: {} as never, b: {} as never } })).toBe(
      14,
    );
    for (const exercise of exercises) {
      const summary = summarizeExercise(exercise);
      expect(summary.minutes).toBe(5 * exercise.difficulty + 2 * summary.parts);
      expect(summary.parts).toBeGreaterThan(0);
    }
  });
});
