import katex from "katex";
import { mathSegments } from "../../exercises/math-segments";
import { parseAssignmentYaml, type Assignment } from "../../course/index";
import type { ContentProblem } from "./content-error";
import type { SourceFile } from "./compile-chapter";

/** The compiled assignments, sorted by id, and every problem found in their files. */
export interface CompiledAssignments {
  assignments: Assignment[];
  problems: ContentProblem[];
}

/** The 1-based line of the `instructions:` key, where math problems are reported. */
function instructionsLine(text: string): number {
  const index = text.split("\n").findIndex((line) => /^instructions\s*:/.test(line));
  return index < 0 ? 1 : index + 1;
}

/**
 * Compiles `content/assignments/*.yaml`: each file is parsed and validated by the course layer
 * (schema, dates, known exercise ids) with `file:line` problems (column 1, rule `assignment`); the file name must be the
 * assignment's id; ids are unique; the math in the instructions must parse with KaTeX.
 */
export function compileAssignments(files: readonly SourceFile[]): CompiledAssignments {
  const problems: ContentProblem[] = [];
  const assignments: Assignment[] = [];
  const seen = new Map<string, string>();
  for (const source of files) {
    const { assignment, problems: found } = parseAssignmentYaml(source.text, source.file);
    // The course layer locates its problems by line only.
    problems.push(...found.map((problem) => ({ ...problem, column: 1, ruleId: "assignment" })));
    if (!assignment) continue;
    const idLine = source.text.split("\n").findIndex((line) => /^id\s*:/.test(line)) + 1 || 1;
    const stem = source.file
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.ya?ml$/, "");
    if (stem !== assignment.id) {
      problems.push({
        file: source.file,
        line: idLine,
        column: 1,
        ruleId: "assignment-file-name",
        message: `the file name must be the assignment id: rename it to ${assignment.id}.yaml`,
      });
    }
    const earlier = seen.get(assignment.id);
    if (earlier) {
      problems.push({
        file: source.file,
        line: idLine,
        column: 1,
        ruleId: "duplicate-assignment",
        message: `assignment id "${assignment.id}" is already used by ${earlier}`,
      });
    }
    seen.set(assignment.id, source.file);
    const math = mathSegments(assignment.instructions);
    const at = { file: source.file, line: instructionsLine(source.text), column: 1 };
    for (const problem of math.problems) {
      problems.push({ ...at, ruleId: "assignment-math", message: `instructions: ${problem}` });
    }
    for (const segment of math.segments) {
      try {
        katex.renderToString(segment.tex, {
          displayMode: segment.display,
          throwOnError: true,
          strict: (code: string) => (code === "unicodeTextInMathMode" ? "ignore" : "error"),
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ ...at, ruleId: "assignment-math", message: `instructions: ${message}` });
      }
    }
    assignments.push(assignment);
  }
  assignments.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { assignments, problems };
}
