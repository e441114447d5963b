/**
 * The gradebook command, as a function the entry point and the tests share: resolves the
 * assignment, collects submission files from files and folders, reads the roster, builds the
 * gradebook with the course layer, and writes the grade export and the HTML report.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { compileAssignments } from "../content/compiler/compile-assignments";
import { formatProblem } from "../content/compiler/content-error";
import { loadAssignmentSources } from "../content/compiler/load-assignments";
import {
  buildGradebook,
  gradebookReportHtml,
  gradeExports,
  parseAssignmentYaml,
  parseRoster,
  problemsReport,
  type Assignment,
  type GradeExportFormat,
  type Roster,
  type SubmissionFile,
} from "../course/index";
import { parseCommandLine, UsageError } from "./parse-command-line";

export const gradebookUsage = `usage: npm run gradebook -- --assignment <file.yaml|id> <submission files or folders...>
         [--roster roster.csv] [--format canvas|moodle|csv] [--out grades.csv] [--report report.html]

  --assignment  the assignment: a YAML file, or the id of one in content/assignments
  --roster      a CSV with a roster id column (roster id, SIS User ID, student id or id);
                a Canvas gradebook export works as it is
  --format      canvas (default): Canvas gradebook import; moodle: Moodle CSV grade import;
                csv: one column per exercise
  --out         where to write the grades (default: standard output)
  --report      also write an HTML report: grades, problems, item analysis, mastery

Folders are searched for *.json files, recursively. Exit code: 0 when every file was graded and
every roster student submitted, 1 when problems were found (listed on standard error, one line
each), 2 for a usage error or an invalid assignment or roster file.`;

/** What the command did: its exit code and what it printed. */
export interface CommandResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const formats = Object.keys(gradeExports) as GradeExportFormat[];

/** A path as shown in messages: relative to the working folder, with forward slashes. */
function displayName(path: string, cwd: string): string {
  const shown = relative(cwd, path) || path;
  return shown.split(sep).join("/");
}

/** Every *.json file under a folder, recursively, in name order. */
function jsonFilesUnder(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...jsonFilesUnder(path));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".json")) found.push(path);
  }
  return found;
}

function loadAssignment(value: string, cwd: string): Assignment {
  const path = resolve(cwd, value);
  if (existsSync(path) && statSync(path).isFile()) {
    const { assignment, problems } = parseAssignmentYaml(
      readFileSync(path, "utf8"),
      displayName(path, cwd),
    );
    if (!assignment) throw new UsageError(problems.map(formatProblem).join("\n"));
    return assignment;
  }
  const compiled = compileAssignments(loadAssignmentSources(resolve(cwd, "content"), cwd));
  const found = compiled.assignments.find((assignment) => assignment.id === value);
  if (found) return found;
  const ids = compiled.assignments.map((assignment) => assignment.id).join(", ") || "none";
  throw new UsageError(
    `--assignment ${value}: no such file, and no assignment with that id in content/assignments (ids: ${ids})`,
  );
}

/**
 * Runs the gradebook command.
 *
 * @param argv - the arguments after the command name
 * @param cwd - the working folder (paths and messages are relative to it)
 * @returns the exit code and the text for standard output and standard error
 */
export function runGradebookCommand(argv: string[], cwd: string): CommandResult {
  let stdout = "";
  let stderr = "";
  try {
    const { values, positionals } = parseCommandLine(argv, {
      options: {
        assignment: { type: "string" },
        roster: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        report: { type: "string" },
        help: { type: "boolean" },
      },
      allowPositionals: true,
    });
    if (values.help) return { exitCode: 0, stdout: `${gradebookUsage}\n`, stderr: "" };
    if (!values.assignment) throw new UsageError("--assignment is required");
    const format = (values.format ?? "canvas") as GradeExportFormat;
    if (!formats.includes(format)) {
      throw new UsageError(`--format must be one of ${formats.join(", ")}, got ${values.format}`);
    }
    if (positionals.length === 0)
      throw new UsageError("name at least one submission file or folder");
    const assignment = loadAssignment(values.assignment, cwd);
    const extraProblems: string[] = [];
    let roster: Roster | undefined;
    if (values.roster) {
      const path = resolve(cwd, values.roster);
      if (!existsSync(path)) throw new UsageError(`--roster ${values.roster}: no such file`);
      const read = parseRoster(readFileSync(path, "utf8"), displayName(path, cwd));
      if (read.roster.entries.length === 0) {
        throw new UsageError(
          read.problems.join("\n") || `${values.roster}: the roster has no students`,
        );
      }
      roster = read.roster;
      extraProblems.push(...read.problems);
    }
    const files: SubmissionFile[] = [];
    for (const argument of positionals) {
      const path = resolve(cwd, argument);
      if (!existsSync(path)) {
        extraProblems.push(`${argument}: no such file or folder`);
        continue;
      }
      const paths = statSync(path).isDirectory() ? jsonFilesUnder(path) : [path];
      if (paths.length === 0) extraProblems.push(`${argument}: no .json files in this folder`);
      for (const file of paths) {
        const name = displayName(file, cwd);
        if (files.some((existing) => existing.name === name)) continue;
        try {
          files.push({ name, text: readFileSync(file, "utf8") });
        } catch (error) {
          extraProblems.push(
            `${name}: cannot be read (${error instanceof Error ? error.message : String(error)})`,
          );
        }
      }
    }
    const gradebook = buildGradebook(assignment, files, roster);
    const grades = gradeExports[format](gradebook);
    if (values.out) writeFileSync(resolve(cwd, values.out), grades);
    else stdout += grades;
    if (values.report) writeFileSync(resolve(cwd, values.report), gradebookReportHtml(gradebook));
    const report = extraProblems.map((line) => `${line}\n`).join("") + problemsReport(gradebook);
    stderr += report;
    const graded = gradebook.rows.filter((row) => row.result !== undefined).length;
    const problemCount =
      extraProblems.length + gradebook.problems.length + gradebook.missing.length;
    stderr += `${assignment.id}: ${files.length} file(s), ${graded} student(s) graded, ${gradebook.problems.length + extraProblems.length} problem(s), ${gradebook.missing.length} roster student(s) without a submission${values.out ? `; grades written to ${values.out}` : ""}${values.report ? `; report written to ${values.report}` : ""}\n`;
    return { exitCode: problemCount > 0 ? 1 : 0, stdout, stderr };
  } catch (error) {
    if (error instanceof UsageError) {
      return { exitCode: 2, stdout, stderr: `${stderr}${error.message}\n\n${gradebookUsage}\n` };
    }
    throw error;
  }
}
