/**
 * The gradebook: reads many submission files, refuses or flags the bad ones (one line each, never
 * stopping the batch), keeps the latest submission per student, re-grades, and matches a roster.
 * Deterministic: files are taken in name order, so the same files give the same gradebook.
 */

import { exerciseById } from "../exercises/catalog/index";
import type { Assignment } from "./assignment-schema";
import { assignmentHash } from "./assignment-hash";
import type {
  FileProblem,
  Gradebook,
  GradebookRow,
  Roster,
  SubmissionFile,
} from "./gradebook-types";
import { itemAnalysis, objectiveMastery } from "./item-analysis";
import { regradeSubmission } from "./regrade";
import type { RegradeResult } from "./regrade-types";
import { readSubmission } from "./submission";

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function latePolicyText(assignment: Assignment): string {
  switch (assignment.late.kind) {
    case "none":
      return "late work counts in full";
    case "closed":
      return "attempts after the due time earn nothing";
    case "penalty-per-day":
      return `${assignment.late.percentPerDay} % off per started day late`;
  }
}

/** Options of `buildGradebook`. */
export interface GradebookOptions {
  /** Called after each file is handled (refused, ignored as a duplicate, or re-graded). */
  onProgress?: (done: number, total: number) => void;
}

/** One submission file after reading, checking and re-grading (phase one of a gradebook). */
export interface GradedFile {
  /** The file's name. */
  file: string;
  /** Problems of this file found while reading and re-grading (sorted later). */
  problems: FileProblem[];
  /** Present when the file was accepted for this assignment. */
  rosterId?: string;
  submittedAt?: string;
  result?: RegradeResult;
}

/**
 * Reads, checks and re-grades one submission file for an assignment: the expensive, independent
 * half of a gradebook, which the gradebook worker and the benchmark run file by file or in
 * parallel before `assembleGradebook`.
 *
 * @param assignment - the assignment
 * @param file - the file's name and text
 * @param specHash - `assignmentHash(assignment)`, computed once by the caller when omitted here
 * @returns the file's problems and, when accepted, its roster id, submit time and re-grade
 * @example
 * gradeSubmissionFile(assignment, { name: "a.json", text: "{" }).problems[0]?.kind; // "malformed"
 */
export function gradeSubmissionFile(
  assignment: Assignment,
  file: SubmissionFile,
  specHash: string = assignmentHash(assignment),
): GradedFile {
  const problems: FileProblem[] = [];
  const add = (kind: FileProblem["kind"], message: string) =>
    problems.push({ file: file.name, kind, message });
  const read = readSubmission(file.text);
  if (read.problem) {
    add(read.problem.kind, read.problem.message);
    return { file: file.name, problems };
  }
  const { submission } = read;
  if (submission.assignment.id !== assignment.id) {
    add(
      "wrong-assignment",
      `made for assignment "${submission.assignment.id}", not "${assignment.id}"; not graded`,
    );
    return { file: file.name, problems };
  }
  if (submission.assignment.specHash !== specHash) {
    add(
      "wrong-assignment",
      `made for another version of "${assignment.id}" (its spec hash differs); graded against this version`,
    );
  }
  for (const record of submission.exercises) {
    if (!exerciseById(record.id)) {
      add("unknown-exercise", `exercise "${record.id}" is not in this build's catalogue; ignored`);
    } else if (!assignment.exercises.some((entry) => entry.id === record.id)) {
      add("unknown-exercise", `exercise "${record.id}" is not part of this assignment; ignored`);
    }
  }
  const result = regradeSubmission(assignment, submission);
  if (result.late) {
    add(
      "late",
      `submitted ${submission.submittedAt}, after the due time ${assignment.due} (${latePolicyText(assignment)})`,
    );
  }
  for (const message of result.problems) {
    if (!/is not part of this assignment; ignored$/.test(message)) add("regrade", message);
  }
  return {
    file: file.name,
    problems,
    rosterId: result.rosterId,
    submittedAt: submission.submittedAt,
    result,
  };
}

/**
 * Assembles a gradebook from graded files (phase two): the latest submission per student wins
 * (ties go to the later file name) and the others are listed as duplicates; a roster adds its
 * students in roster order (those without a submission get no grade and are listed in
 * `missing`) and flags ids not on it; then item analysis and mastery. Only the problems of the
 * files whose grade counts are reported beyond reading problems, so a duplicate's late flag
 * does not show. Deterministic: files are taken in name order whatever order they come in.
 *
 * @param assignment - the assignment
 * @param graded - `gradeSubmissionFile` results, in any order
 * @param roster - the course roster, when there is one
 * @returns the gradebook
 * @example
 * assembleGradebook(assignment, [], roster).missing.length === roster.entries.length; // true
 */
export function assembleGradebook(
  assignment: Assignment,
  graded: readonly GradedFile[],
  roster?: Roster,
): Gradebook {
  const sorted = [...graded].sort((a, b) => byCodeUnits(a.file, b.file));
  const problems: FileProblem[] = [];
  const latest = new Map<string, GradedFile>();
  for (const candidate of sorted) {
    if (!candidate.result || candidate.rosterId === undefined) {
      problems.push(...candidate.problems);
      continue;
    }
    const id = candidate.rosterId;
    const current = latest.get(id);
    if (!current) {
      latest.set(id, candidate);
      continue;
    }
    const newer =
      Date.parse(candidate.submittedAt ?? "") >= Date.parse(current.submittedAt ?? "")
        ? candidate
        : current;
    const older = newer === candidate ? current : candidate;
    latest.set(id, newer);
    problems.push({
      file: older.file,
      kind: "duplicate",
      message: `another submission of "${id}" is newer (${newer.file}, submitted ${newer.submittedAt}); this one is ignored`,
    });
  }
  const rosterIds = new Set(roster?.entries.map((entry) => entry.id));
  const rowsById = new Map<string, GradebookRow>();
  for (const [id, chosen] of latest) {
    problems.push(...chosen.problems);
    if (roster && !rosterIds.has(id)) {
      problems.push({
        file: chosen.file,
        kind: "not-on-roster",
        message: `roster id "${id}" is not on the roster; graded, check the id`,
      });
    }
    rowsById.set(id, { rosterId: id, file: chosen.file, result: chosen.result });
  }
  const rows: GradebookRow[] = [];
  const missing: string[] = [];
  for (const entry of roster?.entries ?? []) {
    const row = rowsById.get(entry.id);
    if (row) {
      rows.push({ ...row, student: entry });
      rowsById.delete(entry.id);
    } else {
      rows.push({ rosterId: entry.id, student: entry });
      missing.push(entry.id);
    }
  }
  for (const id of [...rowsById.keys()].sort(byCodeUnits)) {
    rows.push(rowsById.get(id) as GradebookRow);
  }
  // Stable sort: within a file, problems keep the order they were found in.
  problems.sort((a, b) => byCodeUnits(a.file, b.file));
  return {
    assignmentId: assignment.id,
    title: assignment.title,
    maxPoints: assignment.exercises.reduce((sum, entry) => sum + entry.points, 0),
    rows,
    problems,
    missing,
    items: itemAnalysis(assignment, rows),
    mastery: objectiveMastery(assignment, rows),
  };
}

/** Options of `buildGradebook`. */
/**
 * Builds the gradebook of an assignment from submission files and an optional roster:
 * `gradeSubmissionFile` for each file, then `assembleGradebook`.
 *
 * Problems, one line per file and reason: malformed JSON, a foreign or older format, a checksum
 * mismatch, a submission for another assignment (refused); a submission made for another version
 * of this assignment, an unknown exercise, a duplicate student (the latest submission wins, the
 * others are listed), a roster id not on the roster, a late submission (graded, listed). Roster
 * students with no submission get a row with no result and are listed in `missing`.
 *
 * @param assignment - the assignment
 * @param files - submission files (name and text), in any order
 * @param roster - the course roster, when there is one
 * @param options - `onProgress(done, total)` in files, for a progress bar (the page's worker)
 * @returns rows, problems, missing roster ids, item analysis and mastery per objective
 * @example
 * buildGradebook(assignment, [{ name: "bad.json", text: "{" }]).problems[0]?.kind; // "malformed"
 */
export function buildGradebook(
  assignment: Assignment,
  files: readonly SubmissionFile[],
  roster?: Roster,
  options: GradebookOptions = {},
): Gradebook {
  const specHash = assignmentHash(assignment);
  const graded = files.map((file, index) => {
    const result = gradeSubmissionFile(assignment, file, specHash);
    options.onProgress?.(index + 1, files.length);
    return result;
  });
  return assembleGradebook(assignment, graded, roster);
}
