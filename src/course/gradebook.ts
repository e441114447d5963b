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
import { readSubmission } from "./submission";
import type { Submission } from "./submission-types";

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

/**
 * Builds the gradebook of an assignment from submission files and an optional roster.
 *
 * Problems, one line per file and reason: malformed JSON, a foreign or older format, a checksum
 * mismatch, a submission for another assignment (refused); a submission made for another version
 * of this assignment, an unknown exercise, a duplicate student (the latest submission wins, the
 * others are listed), a roster id not on the roster, a late submission (graded, listed). Roster
 * students with no submission get a row with no result and are listed in `missing`.
 *
 * Lesson concept: graded practice (offline re-grading of a whole class, one bad file never fatal).
 *
 * @param assignment - the assignment
 * @param files - submission files (name and text), in any order
 * @param roster - the course roster, when there is one
 * @param options - `onProgress(done, total)` in files, for a progress bar (the page's worker)
 * @returns rows, problems, missing roster ids, item analysis and mastery per objective
 * @throws never
 * @example
 * buildGradebook(assignment, [{ name: "bad.json", text: "{" }]).problems[0]?.kind; // "malformed"
 */
export function buildGradebook(
  assignment: Assignment,
  files: readonly SubmissionFile[],
  roster?: Roster,
  options: GradebookOptions = {},
): Gradebook {
  // Progress in files: one is done when refused, ignored as a duplicate, or re-graded.
  let handled = 0;
  const handledOne = () => {
    handled += 1;
    options.onProgress?.(handled, files.length);
  };
  const sorted = [...files].sort(
    (a, b) => byCodeUnits(a.name, b.name) || byCodeUnits(a.text, b.text),
  );
  const problems: FileProblem[] = [];
  const specHash = assignmentHash(assignment);
  const accepted: { file: string; submission: Submission }[] = [];
  for (const file of sorted) {
    const add = (kind: FileProblem["kind"], message: string) =>
      problems.push({ file: file.name, kind, message });
    const read = readSubmission(file.text);
    if (read.problem) {
      add(read.problem.kind, read.problem.message);
      handledOne();
      continue;
    }
    const { submission } = read;
    if (submission.assignment.id !== assignment.id) {
      add(
        "wrong-assignment",
        `made for assignment "${submission.assignment.id}", not "${assignment.id}"; not graded`,
      );
      handledOne();
      continue;
    }
    if (submission.assignment.specHash !== specHash) {
      add(
        "wrong-assignment",
        `made for another version of "${assignment.id}" (its spec hash differs); graded against this version`,
      );
    }
    for (const record of submission.exercises) {
      if (!exerciseById(record.id)) {
        add(
          "unknown-exercise",
          `exercise "${record.id}" is not in this build's catalogue; ignored`,
        );
      } else if (!assignment.exercises.some((entry) => entry.id === record.id)) {
        add("unknown-exercise", `exercise "${record.id}" is not part of this assignment; ignored`);
      }
    }
    accepted.push({ file: file.name, submission });
  }
  // The latest submission per student wins; ties go to the later file name.
  const latest = new Map<string, { file: string; submission: Submission }>();
  for (const candidate of accepted) {
    const id = candidate.submission.rosterId.trim();
    const current = latest.get(id);
    if (!current) {
      latest.set(id, candidate);
      continue;
    }
    const newer =
      Date.parse(candidate.submission.submittedAt) >= Date.parse(current.submission.submittedAt)
        ? candidate
        : current;
    const older = newer === candidate ? current : candidate;
    latest.set(id, newer);
    problems.push({
      file: older.file,
      kind: "duplicate",
      message: `another submission of "${id}" is newer (${newer.file}, submitted ${newer.submission.submittedAt}); this one is ignored`,
    });
    handledOne();
  }
  const rosterIds = new Set(roster?.entries.map((entry) => entry.id));
  const graded = new Map<string, GradebookRow>();
  for (const [id, { file, submission }] of latest) {
    const result = regradeSubmission(assignment, submission);
    handledOne();
    const add = (kind: FileProblem["kind"], message: string) =>
      problems.push({ file, kind, message });
    if (roster && !rosterIds.has(id)) {
      add("not-on-roster", `roster id "${id}" is not on the roster; graded, check the id`);
    }
    if (result.late) {
      add(
        "late",
        `submitted ${submission.submittedAt}, after the due time ${assignment.due} (${latePolicyText(assignment)})`,
      );
    }
    for (const message of result.problems) {
      if (!/is not part of this assignment; ignored$/.test(message)) add("regrade", message);
    }
    graded.set(id, { rosterId: id, file, result });
  }
  const rows: GradebookRow[] = [];
  const missing: string[] = [];
  for (const entry of roster?.entries ?? []) {
    const row = graded.get(entry.id);
    if (row) {
      rows.push({ ...row, student: entry });
      graded.delete(entry.id);
    } else {
      rows.push({ rosterId: entry.id, student: entry });
      missing.push(entry.id);
    }
  }
  for (const id of [...graded.keys()].sort(byCodeUnits)) rows.push(graded.get(id) as GradebookRow);
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
