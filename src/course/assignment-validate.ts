/**
 * Validation of an assignment from parsed data (YAML, JSON, a link or the builder), with every
 * problem located at `file:line` when a line lookup is given.
 */

import { exerciseById } from "../exercises/catalog/index";
import { assignmentSchema, assignmentVersion } from "./assignment-schema";
import type { Assignment } from "./assignment-schema";
import { issueMessage } from "./issue-message";

/** A problem with an assignment, located like a compiler message. */
export interface AssignmentProblem {
  file: string;
  /** 1-based line; 1 when the source has no lines (a link) or the place is unknown. */
  line: number;
  message: string;
}

/** The outcome of validation: the assignment when there are no problems. */
export interface AssignmentValidation {
  assignment?: Assignment;
  problems: AssignmentProblem[];
}

/** Where to report: the file name and, for YAML, the line of a path like ["exercises", 2, "id"]. */
export interface ValidationSource {
  file: string;
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

function lineFor(source: ValidationSource, path: readonly (string | number)[]): number {
  // The deepest path that has a line: a missing field is reported at its parent.
  for (let length = path.length; length >= 0; length -= 1) {
    const line = source.lineOf?.(path.slice(0, length));
    if (line !== undefined) return line;
  }
  return 1;
}

function describe(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`,
    )
    .join("");
}

/** The value at a path of parsed data (zod's issues do not carry the input). */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Exercise ids of raw data that the catalogue does not know, with their index. */
function unknownExerciseIds(data: Record<string, unknown>): { index: number; id: string }[] {
  if (!Array.isArray(data.exercises)) return [];
  return data.exercises.flatMap((entry: unknown, index) => {
    const id =
      typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
    return typeof id === "string" && !exerciseById(id) ? [{ index, id }] : [];
  });
}

/**
 * Validates an assignment: the zod schema (unknown fields, types, ranges, zoned date-times), then
 * the rules a schema cannot say: the version, due after opens, each exercise id known to the
 * catalogue and used once.
 *
 * @param data - parsed YAML or JSON
 * @param source - the file name for messages and an optional line lookup by path
 * @returns the assignment when valid, and every problem found (not just the first)
 * @example
 * validateAssignment({ version: 1 }, { file: "a.yaml" }).problems[0]?.message; // 'missing field "id"'
 */
export function validateAssignment(data: unknown, source: ValidationSource): AssignmentValidation {
  const problems: AssignmentProblem[] = [];
  const add = (path: readonly (string | number)[], message: string) =>
    problems.push({ file: source.file, line: lineFor(source, path), message });
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    add([], "an assignment is a mapping of fields (version, id, title, exercises, ...)");
    return { problems };
  }
  const record = data as Record<string, unknown>;
  if (record.version !== undefined && record.version !== assignmentVersion) {
    add(
      ["version"],
      `version ${JSON.stringify(record.version)} is not supported; this build reads version ${assignmentVersion}`,
    );
    return { problems };
  }
  const parsed = assignmentSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter(
        (key): key is string | number => typeof key === "string" || typeof key === "number",
      );
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) {
          add([...path, key], `unknown field "${describe([...path, key])}"`);
        }
        continue;
      }
      const where = describe(path) || "assignment";
      const present = valueAt(data, path);
      if (issue.code === "invalid_type" && present === undefined) {
        add(path, `missing field "${where}"`);
      } else if (issue.code === "invalid_union" && path[path.length - 1] === "kind") {
        add(path, `${where}: must be one of none, penalty-per-day, closed`);
      } else {
        add(path, `${where}: ${issueMessage({ ...issue, input: present })}`);
      }
    }
    for (const { index, id } of unknownExerciseIds(record)) {
      add(
        ["exercises", index, "id"],
        `unknown exercise id "${id}" (npm run exercise -- list shows the ids)`,
      );
    }
    problems.sort((a, b) => a.line - b.line);
    return { problems };
  }
  const assignment = parsed.data;
  if (Date.parse(assignment.due) <= Date.parse(assignment.opens)) {
    add(["due"], `due (${assignment.due}) must be after opens (${assignment.opens})`);
  }
  const seen = new Set<string>();
  assignment.exercises.forEach((entry, index) => {
    if (!exerciseById(entry.id)) {
      add(
        ["exercises", index, "id"],
        `unknown exercise id "${entry.id}" (npm run exercise -- list shows the ids)`,
      );
    }
    if (seen.has(entry.id))
      add(["exercises", index, "id"], `exercise "${entry.id}" is listed twice`);
    seen.add(entry.id);
  });
  return problems.length > 0 ? { problems } : { assignment, problems };
}
