import { describe, expect, it } from "vitest";
import type { Assignment } from "./assignment-schema";
import { buildGradebook } from "./gradebook";
import { createSubmission, submissionToJson } from "./submission";

const assignment: Assignment = {
  version: 1,
  id: "progress-check",
  title: "Progress check",
  instructions: "",
  exercises: [{ id: "psi-categorical-shift", points: 5 }],
  opens: "2026-03-01T00:00:00Z",
  due: "2026-03-08T00:00:00Z",
  late: { kind: "none" },
  attempts: 3,
  feedback: "immediate",
  hints: true,
  solutions: "after-correct",
};

const submitted = (rosterId: string, submittedAt: string) =>
  submissionToJson(
    createSubmission({ assignment, rosterId, build: "test", submittedAt, work: {} }),
  );

describe("buildGradebook progress", () => {
  it("counts every file once, whether refused, ignored as a duplicate or re-graded", () => {
    const calls: [number, number][] = [];
    const files = [
      { name: "a.json", text: submitted("s1", "2026-03-02T00:00:00Z") },
      { name: "b.json", text: submitted("s1", "2026-03-03T00:00:00Z") },
      { name: "c.json", text: submitted("s2", "2026-03-02T00:00:00Z") },
      { name: "d.json", text: "{" },
    ];
    const gradebook = buildGradebook(assignment, files, undefined, {
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(gradebook.rows.map((row) => row.rosterId)).toEqual(["s1", "s2"]);
    expect(calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it("gives the same gradebook with or without a progress callback", () => {
    const files = [{ name: "a.json", text: submitted("s1", "2026-03-02T00:00:00Z") }];
    expect(buildGradebook(assignment, files, undefined, { onProgress: () => {} })).toEqual(
      buildGradebook(assignment, files),
    );
  });
});
