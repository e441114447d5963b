/**
 * Assignments as YAML text: parsing with line numbers for messages (the `yaml` package), and a
 * small deterministic writer for the builder's download.
 */

import { LineCounter, isNode, parseDocument } from "yaml";
import type { Assignment } from "./assignment-schema";
import { validateAssignment } from "./assignment-validate";
import type { AssignmentValidation } from "./assignment-validate";

/**
 * Parses and validates an assignment file (YAML; JSON is YAML too). YAML syntax errors and
 * schema problems are reported at their line in `file`.
 *
 * @param text - the file's text
 * @param file - its name, for messages
 * @returns the assignment when valid, and every problem found
 * @example
 * parseAssignmentYaml("version: 1\nid: quiz\n", "quiz.yaml").problems.length > 0; // true: fields missing
 */
export function parseAssignmentYaml(text: string, file: string): AssignmentValidation {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => ({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        message: `invalid YAML: ${error.message.split("\n")[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    const node: unknown = path.length === 0 ? document.contents : document.getIn(path, true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    return undefined;
  };
  return validateAssignment(document.toJS(), { file, lineOf });
}

/** A YAML scalar for a string: plain when unambiguous, a literal block for multi-line text. */
function yamlString(value: string, indent: string): string {
  // eslint-disable-next-line no-control-regex -- control characters force the quoted form
  const safeLines = !/[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029\ufeff]/.test(
    value,
  );
  if (value.includes("\n") && safeLines && !/^[ \t]/.test(value) && !/[ \t]\n/.test(value)) {
    const trailing = /\n+$/.exec(value)?.[0].length ?? 0;
    const chomp = trailing === 0 ? "-" : trailing === 1 ? "" : "+";
    const body = value.slice(0, value.length - trailing);
    const lines = body.split("\n").map((line) => (line === "" ? "" : `${indent}  ${line}`));
    const extra = trailing > 1 ? "\n".repeat(trailing - 1) : "";
    return `|${chomp}\n${lines.join("\n")}${extra}`;
  }
  // JSON strings are valid YAML double-quoted scalars.
  return JSON.stringify(value);
}

/**
 * Writes an assignment as YAML in the field order of the format, with a header comment; the
 * output parses back to the same assignment.
 *
 * @param assignment - a validated assignment
 * @returns YAML text ending with a newline
 * @example
 * assignmentToYaml(assignment).startsWith("# Assignment"); // true
 */
export function assignmentToYaml(assignment: Assignment): string {
  const lines: string[] = [
    `# Assignment for "Feature Stores and Data Contracts". Check it with: npm run content:check`,
    `version: ${assignment.version}`,
    `id: ${JSON.stringify(assignment.id)}`,
    `title: ${yamlString(assignment.title, "")}`,
    `instructions: ${yamlString(assignment.instructions, "")}`,
    `opens: ${JSON.stringify(assignment.opens)}`,
    `due: ${JSON.stringify(assignment.due)}`,
  ];
  const late = assignment.late;
  lines.push("late:", `  kind: ${late.kind}`);
  if (late.kind === "penalty-per-day") lines.push(`  percentPerDay: ${late.percentPerDay}`);
  lines.push(
    `attempts: ${assignment.attempts}`,
    `feedback: ${assignment.feedback}`,
    `hints: ${assignment.hints}`,
    `solutions: ${assignment.solutions}`,
  );
  if (assignment.credit) {
    lines.push(
      "credit:",
      `  decayPerAttempt: ${assignment.credit.decayPerAttempt}`,
      `  hintPenalty: ${assignment.credit.hintPenalty}`,
      `  minimumCredit: ${assignment.credit.minimumCredit}`,
    );
  }
  lines.push("exercises:");
  for (const entry of assignment.exercises) {
    lines.push(`  - id: ${JSON.stringify(entry.id)}`, `    points: ${entry.points}`);
    if (entry.variant !== undefined) lines.push(`    variant: ${entry.variant}`);
  }
  return `${lines.join("\n")}\n`;
}
