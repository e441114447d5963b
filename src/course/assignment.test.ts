import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureAssignment } from "./__fixtures__/course-fixtures";
import {
  assignmentPhase,
  daysLate,
  feedbackVisible,
  lateFactor,
  solutionVisible,
} from "./assignment-clock";
import { decodeAssignmentLink, encodeAssignmentLink } from "./assignment-link";
import type { Assignment } from "./assignment-schema";
import { validateAssignment } from "./assignment-validate";
import { assignmentToYaml, parseAssignmentYaml } from "./assignment-yaml";
import { checkRosterId } from "./roster-id";

const folder = join(process.cwd(), "content", "assignments");

describe("the shipped assignments", () => {
  const files = readdirSync(folder).filter((name) => name.endsWith(".yaml"));

  it("are at least two, each valid, each covering several objectives", () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const name of files) {
      const { assignment, problems } = parseAssignmentYaml(
        readFileSync(join(folder, name), "utf8"),
        name,
      );
      expect(problems).toEqual([]);
      expect(`${assignment?.id}.yaml`).toBe(name);
      expect(assignment?.exercises.length).toBeGreaterThanOrEqual(5);
    }
  });
});

describe("parseAssignmentYaml", () => {
  it("reports problems at their line", () => {
    const text = [
      "version: 1", // 1
      "id: Bad Id", // 2
      "title: A quiz", // 3
      "instructions: ''", // 4
      "opens: 2026-03-01T00:00:00Z", // 5
      "due: '2026-03-08'", // 6
      "late: { kind: penalty-per-day, percentPerDay: 0 }", // 7
      "attempts: 2", // 8
      "feedback: sometimes", // 9
      "hints: true", // 10
      "solutions: never", // 11
      "colour: blue", // 12
      "exercises:", // 13
      "  - id: psi-categorical-shift", // 14
      "    points: 5", // 15
      "  - id: no-such-exercise", // 16
      "    points: 5", // 17
    ].join("\n");
    const { assignment, problems } = parseAssignmentYaml(text, "quiz.yaml");
    expect(assignment).toBeUndefined();
    const lines = problems.map((problem) => `${problem.line}: ${problem.message}`);
    expect(lines).toEqual([
      "2: id: must be lower case letters and digits joined by - _ or .",
      "6: due: must be an ISO date-time with a zone, e.g. 2026-03-09T23:59:00-05:00",
      "7: late.percentPerDay: must be more than 0",
      '9: feedback: must be one of "immediate", "on-submit", "after-due"',
      '12: unknown field "colour"',
      '16: unknown exercise id "no-such-exercise" (npm run exercise -- list shows the ids)',
    ]);
  });

  it("reports YAML syntax errors at their line", () => {
    const { problems } = parseAssignmentYaml("version: 1\nid: [unclosed\n", "x.yaml");
    expect(problems[0]?.message).toMatch(/^invalid YAML/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("refuses another version by name", () => {
    const { problems } = parseAssignmentYaml("version: 2\n", "x.yaml");
    expect(problems).toEqual([
      {
        file: "x.yaml",
        line: 1,
        message: "version 2 is not supported; this build reads version 1",
      },
    ]);
  });

  it("checks that due comes after opens and that exercises are listed once", () => {
    const data = {
      ...fixtureAssignment,
      due: fixtureAssignment.opens,
      exercises: [...fixtureAssignment.exercises, fixtureAssignment.exercises[0]],
    };
    const messages = validateAssignment(data, { file: "a" }).problems.map((p) => p.message);
    expect(messages).toEqual([
      "due (2026-03-01T00:00:00Z) must be after opens (2026-03-01T00:00:00Z)",
      'exercise "psi-categorical-shift" is listed twice',
    ]);
  });
});

describe("assignmentToYaml and links", () => {
  const rich: Assignment = {
    ...fixtureAssignment,
    title: 'Quiz: "gates" & #1',
    instructions: "Line one with $x$.\n\n  indented: yes\nlast line\n",
    exercises: [{ id: "psi-categorical-shift", points: 2.5, variant: 3 }],
    late: { kind: "closed" },
    credit: { decayPerAttempt: 0.2, hintPenalty: 0, minimumCredit: 0.5 },
  };

  it("writes YAML that parses back to the same assignment", () => {
    for (const assignment of [fixtureAssignment, rich]) {
      expect(parseAssignmentYaml(assignmentToYaml(assignment), "a.yaml").assignment).toEqual(
        assignment,
      );
    }
  });

  it("encodes an assignment in a URL-safe link that decodes to the same assignment", () => {
    for (const assignment of [fixtureAssignment, rich]) {
      const link = encodeAssignmentLink(assignment);
      expect(link).toMatch(/^a1\.[A-Za-z0-9_-]+$/);
      expect(decodeAssignmentLink(link).assignment).toEqual(assignment);
    }
  });

  it("refuses a damaged or foreign link with a reason", () => {
    expect(decodeAssignmentLink("zz").problems[0]?.message).toMatch(/not in a format/);
    expect(decodeAssignmentLink("a1.@@@").problems[0]?.message).toMatch(/damaged/);
    const link = encodeAssignmentLink(fixtureAssignment);
    expect(decodeAssignmentLink(link.slice(0, -6)).assignment).toBeUndefined();
  });
});

describe("assignment clock", () => {
  const due = Date.parse(fixtureAssignment.due);
  const day = 86_400_000;

  it("gives the phase", () => {
    expect(assignmentPhase(fixtureAssignment, "2026-02-28T00:00:00Z")).toBe("not-open");
    expect(assignmentPhase(fixtureAssignment, fixtureAssignment.due)).toBe("open");
    expect(assignmentPhase(fixtureAssignment, due + 1)).toBe("past-due");
    expect(assignmentPhase({ ...fixtureAssignment, late: { kind: "closed" } }, due + 1)).toBe(
      "closed",
    );
  });

  it("counts started days late and applies the penalty down to zero", () => {
    expect(daysLate(fixtureAssignment, due)).toBe(0);
    expect(daysLate(fixtureAssignment, due + 1)).toBe(1);
    expect(daysLate(fixtureAssignment, due + day)).toBe(1);
    expect(daysLate(fixtureAssignment, due + day + 1)).toBe(2);
    expect(lateFactor(fixtureAssignment, due + 2 * day)).toBeCloseTo(0.8, 15);
    expect(lateFactor(fixtureAssignment, due + 30 * day)).toBe(0);
  });

  it("hides correctness in after-due mode until the due time, and solutions as the policy says", () => {
    const quiz: Assignment = {
      ...fixtureAssignment,
      feedback: "after-due",
      solutions: "after-correct",
    };
    expect(feedbackVisible(quiz, { now: due, submitted: true })).toBe(false);
    expect(feedbackVisible(quiz, { now: due + 1, submitted: false })).toBe(true);
    expect(solutionVisible(quiz, { now: due, submitted: true, solved: true })).toBe(false);
    expect(solutionVisible(quiz, { now: due + 1, submitted: true, solved: true })).toBe(true);
    const onSubmit: Assignment = { ...fixtureAssignment, feedback: "on-submit" };
    expect(feedbackVisible(onSubmit, { now: 0, submitted: false })).toBe(false);
    expect(feedbackVisible(onSubmit, { now: 0, submitted: true })).toBe(true);
    expect(
      solutionVisible(
        { ...fixtureAssignment, solutions: "never" },
        { now: due * 2, submitted: true, solved: true },
      ),
    ).toBe(false);
  });
});

describe("checkRosterId", () => {
  it("trims, and refuses empty, long, spaced and control-character ids", () => {
    expect(checkRosterId("  s1234 ")).toEqual({ id: "s1234" });
    expect(checkRosterId("ada@example.edu")).toEqual({ id: "ada@example.edu" });
    for (const bad of ["", "   ", "a b", "x".repeat(65), "a\u0000b"]) {
      expect("problem" in checkRosterId(bad)).toBe(true);
    }
  });
});
