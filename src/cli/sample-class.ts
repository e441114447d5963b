/**
 * Writes a sample class for trying the gradebook: a roster and real submission files made by
 * synthetic students (some right at once, some after mistakes, a few late, one who never
 * submits) and one file edited by hand after download, for an assignment of content/assignments
 * or a YAML file.
 *
 * Usage: npx tsx src/cli/sample-class.ts --assignment <file.yaml|id> [--students 6] [--out sample-class]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compileAssignments } from "../content/compiler/compile-assignments";
import { formatProblem } from "../content/compiler/content-error";
import { loadAssignmentSources } from "../content/compiler/load-assignments";
import { parseAssignmentYaml, type Assignment } from "../course/index";
import { parseCommandLine } from "./parse-command-line";
import { sampleClass } from "./sample-class-files";

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let values;
try {
  ({ values } = parseCommandLine(process.argv.slice(2), {
    options: {
      assignment: { type: "string" },
      students: { type: "string", default: "6" },
      out: { type: "string", default: "sample-class" },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!values.assignment)
  fail(
    "usage: npx tsx src/cli/sample-class.ts --assignment <file.yaml|id> [--students N] [--out folder]",
  );
const students = Number(values.students);
if (!Number.isInteger(students) || students < 2 || students > 500)
  fail("--students must be a whole number from 2 to 500");

let assignment: Assignment | undefined;
if (values.assignment.endsWith(".yaml") || values.assignment.endsWith(".yml")) {
  const parsed = parseAssignmentYaml(
    readFileSync(resolve(values.assignment), "utf8"),
    values.assignment,
  );
  if (!parsed.assignment) fail(parsed.problems.map(formatProblem).join("\n"));
  assignment = parsed.assignment;
} else {
  assignment = compileAssignments(
    loadAssignmentSources(resolve("content"), process.cwd()),
  ).assignments.find((candidate) => candidate.id === values.assignment);
  if (!assignment) fail(`no assignment "${values.assignment}" in content/assignments`);
}

const folder = resolve(values.out);
const sample = sampleClass(assignment, students);
mkdirSync(join(folder, "submissions"), { recursive: true });
for (const file of sample.submissions) {
  writeFileSync(join(folder, "submissions", file.name), file.text);
}
writeFileSync(join(folder, "roster.csv"), sample.roster);
console.log(
  `wrote ${students - 1} submission files and one edited by hand to ${join(values.out, "submissions")} and a roster of ${students} students to ${join(values.out, "roster.csv")}`,
);
