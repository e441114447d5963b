import { describe, expect, it } from "vitest";
import { create } from "zustand";
import { createProgressSlice, type ProgressSlice } from "./progress-slice";

const store = () => create<ProgressSlice>()((...args) => createProgressSlice(...args));

describe("reading progress", () => {
  it("keeps the furthest position and marks a lesson read at its end", () => {
    const state = store();
    state.getState().recordReading("a", 0.4);
    state.getState().recordReading("a", 0.2);
    expect(state.getState().lessons["a"]).toEqual({ progress: 0.4 });
    state.getState().recordReading("a", 0.99);
    expect(state.getState().lessons["a"]?.readAt).toBeGreaterThan(0);
  });

  it("does not mark a lesson read again by scrolling after the reader unticked it", () => {
    const state = store();
    state.getState().markRead("a", true);
    state.getState().markRead("a", false);
    state.getState().recordReading("a", 1);
    expect(state.getState().lessons["a"]?.readAt).toBeUndefined();
    state.getState().markRead("a", true);
    expect(state.getState().lessons["a"]?.readAt).toBeGreaterThan(0);
  });
});
