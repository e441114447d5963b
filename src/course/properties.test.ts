import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixtureAssignment, perfectStudent, referenceFor } from "./__fixtures__/course-fixtures";
import { buildGradebook } from "./gradebook";
import { regradeSubmission } from "./regrade";
import { createSubmission, readSubmission, submissionToJson, verifySubmission } from "./submission";
import type { AttemptRecord, SubmissionContent } from "./submission-types";

const exerciseIds = fixtureAssignment.exercises.map((entry) => entry.id);

/** Any text a student could type, including the answers' own shapes and odd characters. */
const typed = fc.oneof(
  fc.string(),
  fc.constantFrom("0.25", "1e-3", "-0", "NaN", "Infinity", "", " ", "1,234.5", "drift", "no-drift"),
  fc.double().map(String),
);
const rawAnswer = fc.dictionary(
  fc.oneof(fc.constantFrom("psi", "decision", "ship", "score"), fc.string({ maxLength: 8 })),
  fc.oneof(typed, fc.array(typed, { maxLength: 4 })),
  { maxKeys: 5 },
);
const time = fc.oneof(
  fc
    .integer({ min: Date.parse("2026-02-20T00:00:00Z"), max: Date.parse("2026-03-20T00:00:00Z") })
    .map((ms) => new Date(ms).toISOString()),
  fc.string({ maxLength: 12 }),
);
const attempt: fc.Arbitrary<AttemptRecord> = fc.record({
  answer: rawAnswer,
  at: time,
  hintsUsed: fc.nat({ max: 5 }),
});
const record = fc.record({
  id: fc.oneof(fc.constantFrom(...exerciseIds), fc.string({ maxLength: 10 })),
  seedInputs: fc.record({
    context: fc.string({ maxLength: 10 }),
    student: fc.string({ maxLength: 10 }),
    exercise: fc.string({ maxLength: 10 }),
    variant: fc.nat({ max: 5 }),
  }),
  seed: fc.integer(),
  attempts: fc.array(attempt, { maxLength: 5 }),
  hints: fc.array(time, { maxLength: 3 }),
  score: fc.option(fc.double(), { nil: undefined }),
});
const content: fc.Arbitrary<SubmissionContent> = fc.record({
  format: fc.constant("fsdc-submission" as const),
  version: fc.constant(1 as const),
  assignment: fc.record({
    id: fc.constant(fixtureAssignment.id),
    title: fc.string(),
    specHash: fc.string(),
  }),
  rosterId: fc.oneof(fc.constantFrom("s1", "s2", " s3 ", ""), fc.string({ maxLength: 70 })),
  build: fc.string(),
  submittedAt: time,
  exercises: fc.array(record, { maxLength: 4 }),
});

describe("re-grading properties (fast-check)", () => {
  it("never crashes on random submissions, and keeps points within [0, max]", () => {
    fc.assert(
      fc.property(content, (submission) => {
        const result = regradeSubmission(fixtureAssignment, submission);
        expect(result.points).toBeGreaterThanOrEqual(0);
        expect(result.points).toBeLessThanOrEqual(result.maxPoints + 1e-9);
        expect(result.exercises).toHaveLength(exerciseIds.length);
      }),
      { numRuns: 150 },
    );
  });

  it("never crashes the gradebook on random file text, and lists every unreadable file", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.json(),
            content.map((c) => JSON.stringify({ ...c, checksum: "sha256:0" })),
          ),
          { maxLength: 4 },
        ),
        (texts) => {
          const files = texts.map((text, index) => ({ name: `f${index}.json`, text }));
          const gradebook = buildGradebook(fixtureAssignment, files);
          for (const file of files) {
            const graded = gradebook.rows.some((row) => row.file === file.name);
            const listed = gradebook.problems.some((problem) => problem.file === file.name);
            expect(graded || listed).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("re-grading is idempotent: the same submission gives the same result every time", () => {
    fc.assert(
      fc.property(content, (submission) => {
        expect(regradeSubmission(fixtureAssignment, submission)).toEqual(
          regradeSubmission(fixtureAssignment, submission),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("an edited answer changes the checksum verdict", () => {
    const rosterId = "s1";
    const base = createSubmission({
      assignment: fixtureAssignment,
      rosterId,
      build: "test",
      submittedAt: "2026-03-05T00:00:00Z",
      work: Object.fromEntries(
        exerciseIds.map((id) => [
          id,
          {
            attempts: [
              {
                answer: referenceFor(fixtureAssignment, rosterId, id),
                at: "2026-03-04T00:00:00Z",
                hintsUsed: 0,
              },
            ],
            hints: [],
          },
        ]),
      ),
    });
    expect(verifySubmission(base)).toBe(true);
    fc.assert(
      fc.property(fc.nat({ max: exerciseIds.length - 1 }), typed, (exerciseIndex, replacement) => {
        const exercise = base.exercises[exerciseIndex];
        const first = exercise?.attempts[0];
        if (!exercise || !first) return;
        const part = Object.keys(first.answer)[0] as string;
        fc.pre(first.answer[part] !== replacement);
        const edited = {
          ...base,
          exercises: base.exercises.map((candidate, index) =>
            index === exerciseIndex
              ? {
                  ...candidate,
                  attempts: [{ ...first, answer: { ...first.answer, [part]: replacement } }],
                }
              : candidate,
          ),
        };
        expect(verifySubmission(edited)).toBe(false);
        expect(readSubmission(submissionToJson(edited)).problem?.kind).toBe("checksum");
      }),
      { numRuns: 100 },
    );
  });

  it("a re-graded class is the same gradebook however often it is built", () => {
    const files = ["s1", "s2"].map((id) => ({
      name: `${id}.json`,
      text: submissionToJson(perfectStudent(id)),
    }));
    expect(buildGradebook(fixtureAssignment, files)).toEqual(
      buildGradebook(fixtureAssignment, files),
    );
  });
});
