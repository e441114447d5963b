import { describe, expect, it } from "vitest";
import { fileText, fixtureAssignment, perfectStudent } from "./__fixtures__/course-fixtures";
import { assignmentHash } from "./assignment-hash";
import {
  readSubmission,
  submissionChecksum,
  submissionToJson,
  verifySubmission,
} from "./submission";
import type { SubmissionContent } from "./submission-types";

describe("submission checksum", () => {
  it("is sha256 of the canonical JSON (python3: hashlib.sha256(json.dumps(c, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode()))", () => {
    const content: SubmissionContent = {
      format: "fsdc-submission",
      version: 1,
      assignment: { id: "quiz", title: "Quiz é", specHash: "ab" },
      rosterId: "s1",
      build: "0.1.0",
      submittedAt: "2026-03-05T12:00:00Z",
      exercises: [
        {
          id: "psi-categorical-shift",
          seedInputs: {
            context: "quiz",
            student: "s1",
            exercise: "psi-categorical-shift",
            variant: 0,
          },
          seed: 7,
          attempts: [
            {
              answer: { psi: "0.25", decision: "drift" },
              at: "2026-03-04T10:00:00Z",
              hintsUsed: 0,
            },
          ],
          hints: [],
          score: 0.5,
        },
      ],
      points: 5,
    };
    expect(submissionChecksum(content)).toBe(
      "sha256:d2155c4a7e9adc04f26cbad6c28d4ffbcaabaf65bc6491d05f70375a020ba744",
    );
  });

  it("verifies an untouched file and rejects an edited score, answer or time", () => {
    const submission = perfectStudent("s1");
    expect(verifySubmission(submission)).toBe(true);
    expect(verifySubmission({ ...submission, points: 1 })).toBe(false);
    const [first, ...rest] = submission.exercises;
    if (!first) throw new Error("fixture has exercises");
    const attempt = first.attempts[0];
    if (!attempt) throw new Error("fixture has attempts");
    expect(
      verifySubmission({
        ...submission,
        exercises: [{ ...first, attempts: [{ ...attempt, at: "2026-03-01T00:00:00Z" }] }, ...rest],
      }),
    ).toBe(false);
  });

  it("does not depend on key order or whitespace in the file", () => {
    const submission = perfectStudent("s1");
    const compact = JSON.stringify(JSON.parse(submissionToJson(submission)));
    expect(readSubmission(compact).submission).toEqual(submission);
  });
});

describe("createSubmission", () => {
  it("records the assignment's spec hash, the seeds and informational scores", () => {
    const submission = perfectStudent("s1");
    expect(submission.assignment.specHash).toBe(assignmentHash(fixtureAssignment));
    expect(submission.exercises.map((exercise) => exercise.seedInputs.student)).toEqual([
      "s1",
      "s1",
    ]);
    expect(submission.points).toBe(15);
    expect(submissionToJson(submission).endsWith("}\n")).toBe(true);
  });
});

describe("readSubmission", () => {
  const text = fileText(perfectStudent("s1"));

  it("reads a good file, with or without a byte-order mark", () => {
    expect(readSubmission(text).submission?.rosterId).toBe("s1");
    expect(readSubmission(`\ufeff${text}`).submission?.rosterId).toBe("s1");
  });

  it("says a truncated file is not valid JSON", () => {
    expect(readSubmission(text.slice(0, text.length / 2)).problem?.kind).toBe("malformed");
  });

  it("refuses another format and another version by name", () => {
    expect(readSubmission('{"format":"nbgrader"}').problem?.message).toMatch(
      /not a submission file of this chapter \(format "nbgrader"/,
    );
    const older = text.replace('"version": 1', '"version": 0');
    expect(readSubmission(older).problem).toEqual({
      kind: "format",
      message: "submission format version 0; this gradebook reads version 1",
    });
  });

  it("reports a hand-edited file as a checksum mismatch", () => {
    const edited = text.replace('"points": 15', '"points": 20');
    expect(edited).not.toBe(text);
    expect(readSubmission(edited).problem?.kind).toBe("checksum");
  });

  it("reports a damaged shape with the field's path", () => {
    const damaged = text.replace('"rosterId": "s1"', '"rosterId": 7');
    expect(readSubmission(damaged).problem?.message).toBe(
      "damaged submission: rosterId: must be string, not number",
    );
    const missing = text.replace('"build": "test",', "");
    expect(readSubmission(missing).problem?.message).toBe("damaged submission: build: missing");
  });
});
