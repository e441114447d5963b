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
import { parseArgs } from "node:util";
import { compileAssignments } from "../content/compiler/compile-assignments";
import { formatProblem } from "../content/compiler/content-error";
import { loadAssignmentSources } from "../content/compiler/load-assignments";
import { parseAssignmentYaml, submissionToJson, type Assignment } from "../course/index";
import { syntheticSubmission } from "./synthetic-submissions";

const names = [
  "Ada Lovelace",
  "Grace Hopper",
  "Alan Turing",
  "Katherine Johnson",
  "Edsger Dijkstra",
  "Barbara Liskov",
  "Donald Knuth",
  "Frances Allen",
];

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    assignment: { type: "string" },
    students: { type: "string", default: "6" },
    out: { type: "string", default: "sample-class" },
  },
  strict: true,
});
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
mkdirSync(join(folder, "submissions"), { recursive: true });
const roster = ["Student,ID,SIS User ID,SIS Login ID,Section"];
for (let index = 0; index < students; index += 1) {
  const rosterId = `s${String(1001 + index)}`;
  const name = names[index % names.length] ?? rosterId;
  const login = `${name.split(" ")[0]?.toLowerCase() ?? "student"}${index}@example.edu`;
  roster.push(`${name},${2001 + index},${rosterId},${login},${index % 2 === 0 ? "A" : "B"}`);
  // The last student on the roster never submits: they must get no grade, not zero.
  if (index === students - 1) continue;
  const submission = syntheticSubmission(assignment, rosterId, "sample-class");
  writeFileSync(
    join(folder, "submissions", `${assignment.id}-${rosterId}.json`),
    submissionToJson(submission),
  );
}
// A copy of the first file with its total raised by hand: the checksum gives it away.
const first = syntheticSubmission(assignment, "s1001", "sample-class");
writeFileSync(
  join(folder, "submissions", "edited-by-hand.json"),
  submissionToJson(first).replace(/"points": [\d.]+/, `"points": ${first.exercises.length * 100}`),
);
writeFileSync(join(folder, "roster.csv"), `${roster.join("\n")}\n`);
console.log(
  `wrote ${students - 1} submission files and one edited by hand to ${join(values.out, "submissions")} and a roster of ${students} students to ${join(values.out, "roster.csv")}`,
);
