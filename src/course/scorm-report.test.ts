import { describe, expect, it } from "vitest";
import {
  assignmentScoreValues,
  chapterCompletionValues,
  interactionValues,
  scormDuration,
  sessionTimeValue,
} from "./scorm-report";

// Expected texts follow the data-model types of SCORM 1.2 (RTE 3.4: CMITimespan, CMIDecimal,
// CMIVocabulary) and SCORM 2004 4th edition (RTE 4.2: timeinterval, real(10,7), vocabularies).
describe("SCORM report values", () => {
  it("writes durations as CMITimespan (1.2) and ISO 8601 durations (2004)", () => {
    expect(scormDuration("1.2", 3_723_450)).toBe("0001:02:03.45");
    expect(scormDuration("2004", 3_723_450)).toBe("PT1H2M3.45S");
    expect(scormDuration("1.2", -5)).toBe("0000:00:00.00");
    expect(scormDuration("2004", Number.NaN)).toBe("PT0H0M0S");
    expect(scormDuration("1.2", 10_000 * 3_600_000)).toBe("9999:59:59.99");
    expect(sessionTimeValue("1.2", 90_000)).toEqual(["cmi.core.session_time", "0000:01:30.00"]);
  });

  it("reports an assignment's score and statuses", () => {
    expect(assignmentScoreValues("1.2", { points: 30, maxPoints: 60, done: false })).toEqual([
      ["cmi.core.score.raw", "50"],
      ["cmi.core.score.min", "0"],
      ["cmi.core.score.max", "100"],
      ["cmi.core.lesson_status", "incomplete"],
    ]);
    expect(
      assignmentScoreValues("1.2", { points: 45, maxPoints: 60, done: true, passingScaled: 0.8 }),
    ).toContainEqual(["cmi.core.lesson_status", "failed"]);
    expect(assignmentScoreValues("1.2", { points: 45, maxPoints: 60, done: true })).toContainEqual([
      "cmi.core.lesson_status",
      "completed",
    ]);
    expect(
      assignmentScoreValues("2004", { points: 20, maxPoints: 26, done: true, passingScaled: 0.7 }),
    ).toEqual([
      ["cmi.score.scaled", "0.7692"],
      ["cmi.score.raw", "76.92"],
      ["cmi.score.min", "0"],
      ["cmi.score.max", "100"],
      ["cmi.completion_status", "completed"],
      ["cmi.success_status", "passed"],
    ]);
  });

  it("reports the chapter's completion from lessons read and exercises done", () => {
    const half = { lessonsRead: 5, lessons: 10, exercisesDone: 0, exercises: 10 };
    expect(chapterCompletionValues("2004", half)).toEqual([
      ["cmi.completion_status", "incomplete"],
      ["cmi.progress_measure", "0.25"],
    ]);
    expect(
      chapterCompletionValues("1.2", {
        lessonsRead: 10,
        lessons: 10,
        exercisesDone: 10,
        exercises: 10,
      }),
    ).toEqual([["cmi.core.lesson_status", "completed"]]);
  });

  it("writes one interaction per graded attempt in each version's vocabulary", () => {
    const attempt = {
      exerciseId: "psi-categorical-shift",
      attemptNumber: 2,
      answer: { psi: " 0.125 " },
      rawScore: 0,
      points: 10,
      latencyMs: 65_000,
      at: "2026-12-01T10:00:05.123Z",
    };
    expect(interactionValues("1.2", 3, attempt)).toEqual([
      ["cmi.interactions.3.id", "psi-categorical-shift-attempt-2"],
      ["cmi.interactions.3.type", "numeric"],
      ["cmi.interactions.3.student_response", "0.125"],
      ["cmi.interactions.3.result", "wrong"],
      ["cmi.interactions.3.weighting", "10"],
      ["cmi.interactions.3.latency", "0000:01:05.00"],
      ["cmi.interactions.3.time", "10:00:05"],
    ]);
    const partly = { ...attempt, answer: { b: ["x", "y"], a: "drift" }, rawScore: 0.5 };
    expect(interactionValues("2004", 0, partly)).toEqual([
      ["cmi.interactions.0.id", "psi-categorical-shift-attempt-2"],
      ["cmi.interactions.0.type", "fill-in"],
      ["cmi.interactions.0.learner_response", "drift[,]x, y"],
      ["cmi.interactions.0.result", "neutral"],
      ["cmi.interactions.0.weighting", "10"],
      ["cmi.interactions.0.latency", "PT0H1M5S"],
      ["cmi.interactions.0.timestamp", "2026-12-01T10:00:05.12Z"],
    ]);
    expect(interactionValues("2004", 0, { ...attempt, rawScore: 0 })).toContainEqual([
      "cmi.interactions.0.result",
      "incorrect",
    ]);
  });
});
