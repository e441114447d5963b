import { describe, expect, it } from "vitest";
import { create } from "zustand";
import { createExerciseSlice, type ExerciseSlice } from "./exercise-slice";

const store = () => create<ExerciseSlice>()((...args) => createExerciseSlice(...args));

describe("exercise attempts", () => {
  it("keeps the best score earned on an earlier variant when a new variant is drawn", () => {
    const state = store();
    state.getState().recordAttempt("psi", { value: "0.2" }, 0.75, false);
    state.getState().takeHint("psi");
    state.getState().newVariant("psi");
    const entry = state.getState().exercises["psi"];
    // The new variant starts clean (its own attempts, hints, draft), but the earned score stays.
    expect(entry).toMatchObject({ variant: 1, attempts: 0, hintsUsed: 0, draft: {}, best: 0.75 });
    expect(entry?.submitted).toBeUndefined();
    state.getState().recordAttempt("psi", { value: "0.1" }, 0.4, false);
    expect(state.getState().exercises["psi"]?.best).toBe(0.75);
    state.getState().recordAttempt("psi", { value: "0.3" }, 1, false);
    expect(state.getState().exercises["psi"]?.best).toBe(1);
  });
});
