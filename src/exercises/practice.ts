/**
 * Helpers the exercise page and the command line share: reference answers as text, and an
 * instance's data as CSV and JSON downloads.
 */

import { formatNumber } from "../lab/core/format-number";

/** References and readings are shown to 12 significant figures, as PrairieLearn shows them. */
const referenceDigits = 12;
import type {
  AnswerPart,
  DataTable,
  Exercise,
  Instance,
  RawAnswer,
  ReferenceAnswer,
} from "./types";

/**
 * A reference value as the student would type it: numbers with 12 significant figures (as
 * PrairieLearn shows a correct answer), option ids as they are, table cells as text with NULL
 * for null, ordering and multiple parts as id lists.
 *
 * @param part - the answer part
 * @param value - the part's reference value from `solve`
 * @returns a string (number, choice, decision) or a list of strings (multiple, table, ordering)
 * @throws {Error} "formatReference requires ..." when the value does not fit the part's kind
 * @example
 * formatReference({ kind: "number", label: "PSI", tolerance: defaultTolerance }, 0.1 + 0.2); // "0.3"
 */
export function formatReference(
  part: AnswerPart,
  value: ReferenceAnswer[string],
): string | string[] {
  switch (part.kind) {
    case "number":
      if (typeof value !== "number")
        throw new Error("formatReference requires a number for a number part");
      return formatNumber(value, referenceDigits);
    case "choice":
    case "decision":
      if (typeof value !== "string")
        throw new Error(`formatReference requires an option id for a ${part.kind} part`);
      return value;
    case "multiple":
    case "ordering":
    case "table":
      if (!Array.isArray(value))
        throw new Error(`formatReference requires a list for a ${part.kind} part`);
      return value.map((cell) =>
        cell === null
          ? "NULL"
          : typeof cell === "number"
            ? formatNumber(cell, referenceDigits)
            : cell,
      );
  }
}

/**
 * The reference answer of an instance, formatted as the RawAnswer a student would submit.
 *
 * @param exercise - the exercise (only its answer spec and `solve` are read)
 * @param instance - the generated instance
 * @returns one entry per answer part
 * @throws {Error} "referenceAsRawAnswer requires ..." when `solve` omits a part; as `formatReference`
 * @example
 * grade(exercise, 7, referenceAsRawAnswer(exercise, exercise.generate(7)), { attempts: 0, hintsUsed: 0 }).score; // 1
 */
export function referenceAsRawAnswer<P>(
  exercise: Pick<Exercise<P>, "answer" | "solve">,
  instance: Instance<P>,
): RawAnswer {
  const reference = exercise.solve(instance);
  const raw: RawAnswer = {};
  for (const [name, part] of Object.entries(exercise.answer)) {
    const value = reference[name];
    if (value === undefined)
      throw new Error(`referenceAsRawAnswer requires a reference for part '${name}'`);
    raw[name] = formatReference(part, value);
  }
  return raw;
}

/** Quotes a CSV field when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
function csvField(value: DataTable["rows"][number][number] | string): string {
  // Numbers keep full precision here: this is the data, not a display.
  const text = value === null ? "NULL" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A data table as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when needed with
 * quotes doubled, NULL written as `NULL` (not empty, so it stays distinct from an empty text).
 *
 * @param table - the table
 * @returns the CSV text, ending with CRLF
 * @example
 * toCsv({ name: "t", columns: ["id", "note"], rows: [[1, "a,b"], [2, null]] }); // 'id,note\r\n1,"a,b"\r\n2,NULL\r\n'
 */
export function toCsv(table: DataTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(","));
  return lines.map((line) => `${line}\r\n`).join("");
}

/**
 * An instance as pretty-printed JSON (seed, params, tables), for download and the CLI.
 *
 * @param instance - the instance
 * @returns JSON text with two-space indentation
 * @throws {TypeError} when params hold values JSON cannot represent (e.g. a BigInt)
 * @example
 * JSON.parse(toJson(exercise.generate(7))).seed; // 7
 */
export function toJson<P>(instance: Instance<P>): string {
  return JSON.stringify(
    { seed: instance.seed, params: instance.params, tables: instance.tables },
    null,
    2,
  );
}
