import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fixtureAssignment, referenceFor } from "../../course/__fixtures__/course-fixtures";
import { decodeSuspendData, encodeSuspendData } from "../../course/suspend-data";
import { useAssignmentStore } from "../assignment-store";
import { deflatePacker } from "./deflate-packer";
import type { Scorm2004Api } from "./find-scorm-api";
import { startLmsSession } from "./lms-session";
import { useLmsStatus } from "./lms-status";

// A SCORM 2004 runtime stand-in that keeps what was set and records every call; `failCommits`
// makes Commit return "false" with error 391 (commit failed) as a real runtime reports it.
function fakeRuntime(initial: Record<string, string>) {
  const data: Record<string, string> = { "cmi.interactions._count": "0", ...initial };
  const calls: string[] = [];
  const runtime = { data, calls, failCommits: false, lastError: "0" };
  const api: Scorm2004Api = {
    Initialize: () => (calls.push("Initialize"), "true"),
    Terminate: () => (calls.push("Terminate"), "true"),
    GetValue: (element) => data[element] ?? "",
    SetValue: (element, value) => {
      calls.push(`SetValue ${element}`);
      data[element] = value;
      return "true";
    },
    Commit: () => {
      calls.push("Commit");
      runtime.lastError = runtime.failCommits ? "391" : "0";
      return runtime.failCommits ? "false" : "true";
    },
    GetLastError: () => runtime.lastError,
    GetErrorString: (code) => (code === "391" ? "Commit Failed" : ""),
  };
  return { runtime, api };
}

const listeners = new Map<string, () => void>();
beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-03-02T10:00:00Z") });
  vi.stubGlobal("window", {
    addEventListener: (name: string, listener: () => void) => listeners.set(name, listener),
    removeEventListener: (name: string) => listeners.delete(name),
  });
  useAssignmentStore.setState({ rosterIds: {}, work: {} });
  useLmsStatus.setState({
    connection: "none",
    save: { kind: "idle" },
    leftOut: [],
    notAccepted: [],
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const launch = { assignment: fixtureAssignment, lessonIds: [], exerciseIds: [] };

/** The reference answer as the page logs it (parts the grader leaves undefined are not typed). */
function typedReference(rosterId: string, exerciseId: string): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(referenceFor(fixtureAssignment, rosterId, exerciseId)).filter(
      (entry): entry is [string, string | string[]] => entry[1] !== undefined,
    ),
  );
}

describe("the LMS session", () => {
  it("takes the learner from the LMS, reports a graded attempt and terminates on pagehide", () => {
    const { runtime, api } = fakeRuntime({
      "cmi.learner_id": "s-ada",
      "cmi.learner_name": "Lovelace, Ada",
    });
    startLmsSession({ version: "2004", api }, launch);
    expect(useAssignmentStore.getState().rosterIds[fixtureAssignment.id]).toBe("s-ada");
    expect(useLmsStatus.getState()).toMatchObject({
      connection: "connected",
      learnerName: "Ada Lovelace",
    });
    expect(runtime.data["cmi.exit"]).toBe("suspend");

    const answer = typedReference("s-ada", "psi-categorical-shift");
    useAssignmentStore
      .getState()
      .recordAssignmentAttempt(
        fixtureAssignment.id,
        "s-ada",
        "psi-categorical-shift",
        answer,
        "2026-03-02T10:05:00.000Z",
      );
    // Committed at once, with no timer: 10 of 15 points, one correct interaction.
    expect(runtime.calls.at(-1)).toBe("Commit");
    expect(runtime.data["cmi.interactions.0.result"]).toBe("correct");
    expect(runtime.data["cmi.score.raw"]).toBe("66.67");
    expect(runtime.data["cmi.score.scaled"]).toBe("0.6667");
    expect(runtime.data["cmi.completion_status"]).toBe("incomplete");
    const saved = decodeSuspendData(runtime.data["cmi.suspend_data"] ?? "", deflatePacker).progress;
    expect(saved.reported).toEqual({
      "fixture-set/psi-categorical-shift": 1,
      "fixture-set/release-gate-decision": 0,
    });

    listeners.get("pagehide")?.();
    expect(runtime.calls.at(-1)).toBe("Terminate");
    expect(useLmsStatus.getState().save.kind).toBe("ended");
  });

  it("restores attempts from suspend_data and reports none of them again", () => {
    const answer = typedReference("s-ada", "psi-categorical-shift");
    const suspend = encodeSuspendData(
      {
        lessonsRead: [],
        practice: {},
        assignments: {
          "fixture-set": {
            exercises: {
              "psi-categorical-shift": {
                attempts: [{ answer, at: "2026-03-02T09:00:00.000Z", hintsUsed: 0 }],
                hints: [],
              },
            },
            submittedAt: [],
          },
        },
        reported: { "fixture-set/psi-categorical-shift": 1 },
      },
      { limit: 64000, packer: deflatePacker },
    ).text;
    const { runtime, api } = fakeRuntime({
      "cmi.learner_id": "s-ada",
      "cmi.suspend_data": suspend,
      "cmi.interactions._count": "1",
    });
    startLmsSession({ version: "2004", api }, launch);
    const work = useAssignmentStore.getState().work[`fixture-set\ns-ada`];
    expect(work?.exercises["psi-categorical-shift"]?.attempts).toHaveLength(1);
    expect(runtime.calls.some((call) => call.startsWith("SetValue cmi.interactions."))).toBe(false);
    expect(runtime.data["cmi.score.raw"]).toBe("66.67");
  });

  it("keeps a refused save, says so, and sends it again after a delay", () => {
    const { runtime, api } = fakeRuntime({ "cmi.learner_id": "s-ada" });
    startLmsSession({ version: "2004", api }, launch);
    runtime.failCommits = true;
    const answer = typedReference("s-ada", "psi-categorical-shift");
    useAssignmentStore
      .getState()
      .recordAssignmentAttempt(
        fixtureAssignment.id,
        "s-ada",
        "psi-categorical-shift",
        answer,
        "2026-03-02T10:05:00.000Z",
      );
    const save = useLmsStatus.getState().save;
    expect(save).toMatchObject({
      kind: "retrying",
      attempt: 1,
      error: "Commit failed (error 391: Commit Failed)",
    });
    runtime.failCommits = false;
    vi.advanceTimersByTime(2000);
    expect(useLmsStatus.getState().save.kind).toBe("saved");
    expect(runtime.data["cmi.interactions.0.id"]).toBe("psi-categorical-shift-attempt-1");
  });

  it("shows a refused connection and reports nothing", () => {
    const { runtime, api } = fakeRuntime({});
    api.Initialize = () => "false";
    runtime.lastError = "102";
    startLmsSession({ version: "2004", api }, launch);
    expect(useLmsStatus.getState().connection).toBe("refused");
    expect(runtime.calls.filter((call) => call.startsWith("SetValue"))).toEqual([]);
  });
});
