import { describe, expect, it } from "vitest";
import { create } from "zustand";
import { salvageAssignmentState, workKey } from "./assignment-schema";
import { createAssignmentSlice, type AssignmentSlice } from "./assignment-store";

const store = () => create<AssignmentSlice>()((...args) => createAssignmentSlice(...args));

describe("assignment work", () => {
  it("keeps each roster id's work on an assignment apart, with drafts, attempts and hints", () => {
    const state = store();
    const { saveAssignmentDraft, recordAssignmentAttempt, takeAssignmentHint, setRosterId } =
      state.getState();
    setRosterId("set-1", "s001");
    saveAssignmentDraft("set-1", "s001", "psi-categorical-shift", "psi", "0.2");
    takeAssignmentHint("set-1", "s001", "psi-categorical-shift", "2026-03-01T10:00:00.000Z");
    recordAssignmentAttempt(
      "set-1",
      "s001",
      "psi-categorical-shift",
      { psi: "0.2" },
      "2026-03-01T10:05:00.000Z",
    );
    saveAssignmentDraft("set-1", "s002", "psi-categorical-shift", "psi", "9");
    const work = state.getState().work[workKey("set-1", "s001")];
    expect(state.getState().rosterIds).toEqual({ "set-1": "s001" });
    expect(work?.exercises["psi-categorical-shift"]).toEqual({
      draft: { psi: "0.2" },
      hints: ["2026-03-01T10:00:00.000Z"],
      attempts: [{ answer: { psi: "0.2" }, at: "2026-03-01T10:05:00.000Z", hintsUsed: 1 }],
    });
    expect(state.getState().work[workKey("set-1", "s002")]?.exercises).toEqual({
      "psi-categorical-shift": { draft: { psi: "9" }, attempts: [], hints: [] },
    });
  });

  it("records every submission, latest last", () => {
    const state = store();
    state.getState().recordSubmission("set-1", "s001", "2026-03-01T10:00:00.000Z");
    state.getState().recordSubmission("set-1", "s001", "2026-03-02T10:00:00.000Z");
    expect(state.getState().work[workKey("set-1", "s001")]?.submittedAt).toEqual([
      "2026-03-01T10:00:00.000Z",
      "2026-03-02T10:00:00.000Z",
    ]);
  });
});

describe("salvageAssignmentState", () => {
  it("keeps valid work and names each rejected entry", () => {
    const good = {
      assignmentId: "a",
      rosterId: "s1",
      exercises: { x: { draft: { p: "1" }, attempts: [], hints: [] } },
      submittedAt: [],
    };
    const { state, rejected } = salvageAssignmentState({
      rosterIds: { a: "s1", b: 7 },
      work: { [workKey("a", "s1")]: good, [workKey("b", "s2")]: { assignmentId: "b" } },
      extra: true,
    });
    expect(state).toEqual({ rosterIds: { a: "s1" }, work: { [workKey("a", "s1")]: good } });
    expect(rejected).toHaveLength(3);
    expect(rejected.join("\n")).toMatch(/assignment work "b \/ s2"/);
  });

  it("rejects data that is not an object", () => {
    expect(salvageAssignmentState("x").rejected).toEqual(["the saved data is not an object"]);
  });
});
