import { describe, expect, it } from "vitest";
import { validateAssignment } from "../../course/index";
import {
  assignmentToDraft,
  defaultDraft,
  draftToData,
  idFromTitle,
  localInputToZoned,
} from "./builder-draft";

describe("the builder's form", () => {
  it("writes a date-time input with the browser's zone offset, which Date reads back", () => {
    const zoned = localInputToZoned("2026-03-09T23:59");
    expect(zoned).toMatch(/^2026-03-09T23:59:00[+-]\d{2}:\d{2}$/);
    // The same wall-clock time, read as local time and as the zoned text, is the same instant.
    expect(Date.parse(zoned)).toBe(new Date("2026-03-09T23:59").getTime());
    expect(localInputToZoned("not a date")).toBe("not a date");
  });

  it("makes ids from titles", () => {
    expect(idFromTitle("Drift & skew: week 3 (retake)")).toBe("drift-skew-week-3-retake");
    expect(idFromTitle("Ärger mit Überblick")).toBe("arger-mit-uberblick");
  });

  it("gives a valid assignment once it has a title and an exercise, and round-trips it", () => {
    const empty = defaultDraft(Date.parse("2026-03-01T10:17:42Z"));
    expect(validateAssignment(draftToData(empty), { file: "builder" }).assignment).toBeUndefined();
    const draft = {
      ...empty,
      title: "Week 3",
      id: "week-3",
      late: "penalty-per-day" as const,
      percentPerDay: 15,
      customCredit: true,
      exercises: [
        { id: "psi-categorical-shift", points: 4 },
        { id: "incident-root-cause", points: 6, variant: 2 },
      ],
    };
    const { assignment, problems } = validateAssignment(draftToData(draft), { file: "builder" });
    expect(problems).toEqual([]);
    expect(assignment?.late).toEqual({ kind: "penalty-per-day", percentPerDay: 15 });
    expect(assignment?.credit).toEqual({
      decayPerAttempt: 0.1,
      hintPenalty: 0.05,
      minimumCredit: 0.4,
    });
    expect(assignment?.exercises[1]).toEqual({ id: "incident-root-cause", points: 6, variant: 2 });
    if (!assignment) return;
    expect(
      validateAssignment(draftToData(assignmentToDraft(assignment)), { file: "b" }).assignment,
    ).toEqual(assignment);
  });

  it("names what is missing or wrong", () => {
    const draft = { ...defaultDraft(0), title: "T", id: "Bad Id", attempts: Number.NaN };
    const messages = validateAssignment(draftToData(draft), { file: "builder" }).problems.map(
      (problem) => problem.message,
    );
    expect(messages.join("\n")).toMatch(/id/);
    expect(messages.join("\n")).toMatch(/attempts/);
    expect(messages.join("\n")).toMatch(/at least one exercise/);
  });
});
