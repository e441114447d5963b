import { describe, expect, it } from "vitest";
import { deriveSeed } from "../exercises/seeds";
import type { Assignment } from "./assignment-schema";
import {
  fixtureAssignment,
  perfectStudent,
  referenceFor,
  submissionOf,
  wrongFor,
} from "./__fixtures__/course-fixtures";
import { assignmentInstance } from "./instances";
import { regradeSubmission } from "./regrade";

const psi = "psi-categorical-shift";
const gate = "release-gate-decision";

describe("regradeSubmission", () => {
  it("re-creates each instance from deriveSeed(assignment id, roster id, exercise, variant)", () => {
    const made = assignmentInstance(fixtureAssignment, "s1", psi);
    expect(made.seed).toBe(
      deriveSeed({ context: "fixture-set", student: "s1", exercise: psi, variant: 0 }),
    );
    const withVariant: Assignment = {
      ...fixtureAssignment,
      exercises: [{ id: psi, points: 10, variant: 4 }],
    };
    expect(assignmentInstance(withVariant, "s1", psi).seed).toBe(
      deriveSeed({ context: "fixture-set", student: "s1", exercise: psi, variant: 4 }),
    );
    expect(assignmentInstance(fixtureAssignment, "s2", psi).seed).not.toBe(made.seed);
  });

  it("gives full points to reference answers at the first attempt", () => {
    const result = regradeSubmission(fixtureAssignment, perfectStudent("s1"));
    expect(result.points).toBe(15);
    expect(result.maxPoints).toBe(15);
    expect(result.exercises.map((exercise) => exercise.firstAttemptCorrect)).toEqual([true, true]);
    expect(result.problems).toEqual([]);
  });

  it("never trusts the file's scores", () => {
    const submission = submissionOf("s1", (id) => [
      { answer: wrongFor(fixtureAssignment, "s1", id), at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
    ]);
    const inflated = {
      ...submission,
      points: 15,
      exercises: submission.exercises.map((exercise) => ({ ...exercise, score: 1 })),
    };
    expect(regradeSubmission(fixtureAssignment, inflated).points).toBe(
      regradeSubmission(fixtureAssignment, submission).points,
    );
    expect(regradeSubmission(fixtureAssignment, inflated).exercises[1]?.points).toBe(0);
  });

  it("applies the credit multiplier: 10 % per earlier attempt, 5 % per hint (grader defaults)", () => {
    const submission = submissionOf("s1", (id) => [
      { answer: wrongFor(fixtureAssignment, "s1", id), at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
      {
        answer: referenceFor(fixtureAssignment, "s1", id),
        at: "2026-03-04T10:05:00Z",
        hintsUsed: 1,
      },
    ]);
    const result = regradeSubmission(fixtureAssignment, submission);
    // 1 − 0.1·1 − 0.05·1 = 0.85 of 10 and of 5 points.
    expect(result.exercises[0]?.points).toBeCloseTo(8.5, 12);
    expect(result.exercises[1]?.points).toBeCloseTo(4.25, 12);
    expect(result.exercises[0]?.firstAttemptCorrect).toBe(false);
    expect(result.exercises[0]?.solved).toBe(true);
  });

  it("uses the assignment's own credit policy when it has one", () => {
    const strict: Assignment = {
      ...fixtureAssignment,
      credit: { decayPerAttempt: 0.5, hintPenalty: 0, minimumCredit: 0 },
    };
    const submission = submissionOf(
      "s1",
      (id) => [
        { answer: wrongFor(strict, "s1", id), at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
        { answer: referenceFor(strict, "s1", id), at: "2026-03-04T10:05:00Z", hintsUsed: 1 },
      ],
      "2026-03-05T12:00:00Z",
      strict,
    );
    expect(regradeSubmission(strict, submission).points).toBeCloseTo(7.5, 12);
  });

  it("does not count blank or invalid answers as attempts", () => {
    const submission = submissionOf("s1", (id) => [
      { answer: {}, at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
      {
        answer: referenceFor(fixtureAssignment, "s1", id),
        at: "2026-03-04T10:05:00Z",
        hintsUsed: 0,
      },
    ]);
    const result = regradeSubmission(fixtureAssignment, submission);
    expect(result.points).toBe(15);
    expect(result.exercises[0]?.attemptsCounted).toBe(1);
    expect(result.exercises[0]?.attempts[0]?.countsAsAttempt).toBe(false);
  });

  it("gives nothing for counted attempts beyond the limit", () => {
    const limited: Assignment = { ...fixtureAssignment, attempts: 2 };
    const submission = submissionOf(
      "s1",
      (id) => [
        { answer: wrongFor(limited, "s1", id), at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
        { answer: wrongFor(limited, "s1", id), at: "2026-03-04T10:01:00Z", hintsUsed: 0 },
        { answer: referenceFor(limited, "s1", id), at: "2026-03-04T10:02:00Z", hintsUsed: 0 },
      ],
      "2026-03-05T12:00:00Z",
      limited,
    );
    const result = regradeSubmission(limited, submission);
    expect(result.exercises[0]?.attempts[2]?.overLimit).toBe(true);
    expect(result.exercises[0]?.solved).toBe(false);
    expect(result.exercises[1]?.points).toBe(0);
    expect(result.exercises[0]?.attemptsLeft).toBe(0);
  });

  it("takes 10 % per started day late, and nothing under the closed policy", () => {
    // Due 2026-03-08T00:00:00Z; 1 h late is 1 started day, 2 days + 1 s is 3 started days.
    const late = (at: string) =>
      submissionOf(
        "s1",
        (id) => [{ answer: referenceFor(fixtureAssignment, "s1", id), at, hintsUsed: 0 }],
        at,
      );
    expect(regradeSubmission(fixtureAssignment, late("2026-03-08T01:00:00Z")).points).toBeCloseTo(
      13.5,
      12,
    );
    const threeDays = regradeSubmission(fixtureAssignment, late("2026-03-10T00:00:01Z"));
    expect(threeDays.points).toBeCloseTo(10.5, 12);
    expect(threeDays.late).toBe(true);
    expect(threeDays.exercises[0]?.attempts[0]?.daysLate).toBe(3);
    const closed: Assignment = { ...fixtureAssignment, late: { kind: "closed" } };
    expect(regradeSubmission(closed, late("2026-03-08T01:00:00Z")).points).toBe(0);
    const none: Assignment = { ...fixtureAssignment, late: { kind: "none" } };
    expect(regradeSubmission(none, late("2026-03-09T01:00:00Z")).points).toBe(15);
  });

  it("gives nothing for attempts before the assignment opens", () => {
    const early = submissionOf("s1", (id) => [
      {
        answer: referenceFor(fixtureAssignment, "s1", id),
        at: "2026-02-28T23:59:59Z",
        hintsUsed: 0,
      },
    ]);
    const result = regradeSubmission(fixtureAssignment, early);
    expect(result.points).toBe(0);
    expect(result.exercises[0]?.attempts[0]?.early).toBe(true);
  });

  it("grades with the student's own seed: another student's right answers are wrong", () => {
    const copied = submissionOf("s2", (id) => [
      {
        answer: referenceFor(fixtureAssignment, "s1", id),
        at: "2026-03-04T10:00:00Z",
        hintsUsed: 0,
      },
    ]);
    // The decision part may coincide; the PSI value of another instance does not.
    expect(regradeSubmission(fixtureAssignment, copied).exercises[0]?.solved).toBe(false);
  });

  it("reports a record whose seed does not match its inputs, and grades with the right seed", () => {
    const submission = perfectStudent("s1");
    const tampered = {
      ...submission,
      exercises: submission.exercises.map((exercise) => ({ ...exercise, seed: 12345 })),
    };
    const result = regradeSubmission(fixtureAssignment, tampered);
    expect(result.points).toBe(15);
    expect(result.problems[0]).toMatch(/seed 12345 is not the seed of its inputs/);
  });

  it("scores a missing exercise 0 and reports exercises the assignment does not have", () => {
    const submission = perfectStudent("s1");
    const changed = {
      ...submission,
      exercises: [
        { ...(submission.exercises[0] as (typeof submission.exercises)[number]) },
        { ...(submission.exercises[0] as (typeof submission.exercises)[number]), id: "no-such" },
      ],
    };
    const result = regradeSubmission(fixtureAssignment, changed);
    expect(result.points).toBe(10);
    expect(result.problems).toContain('exercise "no-such" is not part of this assignment; ignored');
  });

  it("names the targeted mistakes a wrong answer matched", () => {
    const made = assignmentInstance(fixtureAssignment, "s1", psi);
    const mistake = made.exercise.mistakes(made.instance)[0];
    expect(mistake).toBeDefined();
    if (!mistake) return;
    const answer = {
      ...referenceFor(fixtureAssignment, "s1", psi),
      [mistake.part]: String(mistake.value),
    };
    const submission = submissionOf("s1", (id) =>
      id === psi ? [{ answer, at: "2026-03-04T10:00:00Z", hintsUsed: 0 }] : [],
    );
    const attempt = regradeSubmission(fixtureAssignment, submission).exercises[0]?.attempts[0];
    expect(attempt?.mistakes.map((found) => found.id)).toContain(mistake.id);
    expect(attempt?.correct).toBe(false);
  });
});

describe("regradeSubmission with a gate decision", () => {
  it("grades the second exercise independently of the first", () => {
    const submission = submissionOf("s3", (id) =>
      id === gate
        ? [
            {
              answer: referenceFor(fixtureAssignment, "s3", id),
              at: "2026-03-04T10:00:00Z",
              hintsUsed: 0,
            },
          ]
        : [],
    );
    const result = regradeSubmission(fixtureAssignment, submission);
    expect(result.exercises.map((exercise) => exercise.points)).toEqual([0, 5]);
  });
});
