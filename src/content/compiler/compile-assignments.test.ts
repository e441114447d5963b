import { describe, expect, it } from "vitest";
import { assignmentToYaml } from "../../course/index";
import { fixtureAssignment } from "../../course/__fixtures__/course-fixtures";
import { compileAssignments } from "./compile-assignments";
import { formatProblem } from "./content-error";

const yaml = (changes: Partial<typeof fixtureAssignment>) =>
  assignmentToYaml({ ...fixtureAssignment, ...changes });

describe("compileAssignments", () => {
  it("compiles valid files, sorted by id", () => {
    const { assignments, problems } = compileAssignments([
      { file: "content/assignments/zeta.yaml", text: yaml({ id: "zeta" }) },
      { file: "content/assignments/alpha.yaml", text: yaml({ id: "alpha" }) },
    ]);
    expect(problems).toEqual([]);
    expect(assignments.map((assignment) => assignment.id)).toEqual(["alpha", "zeta"]);
  });

  it("reports a file name that is not the id, a reused id and math KaTeX rejects, at file:line", () => {
    const { problems } = compileAssignments([
      { file: "content/assignments/week-1.yaml", text: yaml({ id: "quiz" }) },
      {
        file: "content/assignments/quiz.yaml",
        text: yaml({ id: "quiz", instructions: "Find $\\frac{1}{$ now." }),
      },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      "content/assignments/week-1.yaml:3:1: the file name must be the assignment id: rename it to quiz.yaml [assignment-file-name]",
      'content/assignments/quiz.yaml:3:1: assignment id "quiz" is already used by content/assignments/week-1.yaml [duplicate-assignment]',
      expect.stringMatching(
        /^content\/assignments\/quiz\.yaml:5:1: instructions: KaTeX parse error.*\[assignment-math\]$/,
      ),
    ]);
  });

  it("passes on the course layer's schema problems with their lines", () => {
    const { assignments, problems } = compileAssignments([
      { file: "a.yaml", text: yaml({}).replace("attempts: 3", "attempts: many") },
    ]);
    expect(assignments).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^a\.yaml:\d+:1: attempts: must be number, not string \[assignment\]$/),
    ]);
  });
});
