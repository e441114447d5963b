/**
 * Grading number parts and table parts (per-row partial credit), with the Perseus percent rule.
 */

import { formatNumber } from "../lab/core/format-number";

/** References and readings are shown to 12 significant figures, as PrairieLearn shows them. */
const referenceDigits = 12;
import { parseCell, parseNumber } from "./parse-answer";
import type { ParsedNumber } from "./parse-answer";
import type { PartOutcome } from "./part-outcome";
import { unreadable } from "./part-outcome";
import { defaultTolerance, describeAcceptance, withinTolerance } from "./tolerance";
import type { Tolerance } from "./types";

/**
 * Whether a parsed number matches a reference. Perseus's percent rule: "12.5%" means 0.125; when
 * the reference is larger than 1 in magnitude (so it is itself a percentage, e.g. 12.5), the
 * number as written (12.5) is accepted too.
 *
 * @param parsed - a successful `parseNumber` result
 * @param reference - the correct value
 * @param tolerance - the part's rule
 * @returns whether the answer is accepted
 * @throws {Error} as `withinTolerance`, for a non-finite reference
 * @example
 * numberMatches({ ok: true, value: 0.125, percent: true, asWritten: 12.5 }, 12.5, defaultTolerance); // true
 */
export function numberMatches(
  parsed: ParsedNumber & { ok: true },
  reference: number,
  tolerance: Tolerance,
): boolean {
  if (withinTolerance(parsed.value, reference, tolerance)) return true;
  return (
    parsed.percent &&
    Math.abs(reference) > 1 &&
    withinTolerance(parsed.asWritten, reference, tolerance)
  );
}

/**
 * Grades a number part: parse, then compare with the part's tolerance (and the percent rule).
 *
 * @param raw - the submitted text (undefined when missing)
 * @param reference - the correct value
 * @param tolerance - the part's rule
 * @returns the outcome; blank or invalid when the text cannot be read
 * @throws {Error} as `withinTolerance`, for a non-finite reference
 * @example
 * gradeNumber("0.229", 0.228, defaultTolerance).status; // "correct"
 */
export function gradeNumber(raw: unknown, reference: number, tolerance: Tolerance): PartOutcome {
  const accepted = describeAcceptance(reference, tolerance);
  if (raw === undefined) return unreadable(true, "blank, not graded", accepted);
  if (typeof raw !== "string")
    return unreadable(false, "expected one number, typed as text", accepted);
  const parsed = parseNumber(raw);
  if (!parsed.ok) return unreadable(parsed.blank, parsed.reason, accepted);
  const matches = (value: unknown): boolean =>
    typeof value === "number" && Number.isFinite(value) && numberMatches(parsed, value, tolerance);
  const correct = matches(reference);
  const notes: string[] = [];
  if (
    !correct &&
    parsed.alternative !== undefined &&
    withinTolerance(parsed.alternative, reference, tolerance)
  ) {
    notes.push(
      `'${raw.trim()}' was read as ${formatNumber(parsed.value, referenceDigits)}: a single comma before exactly three digits groups thousands. Type ${formatNumber(parsed.alternative, referenceDigits)} if you meant a decimal.`,
    );
  }
  return {
    status: correct ? "correct" : "incorrect",
    credit: correct ? 1 : 0,
    ...(correct
      ? {}
      : {
          message: `${formatNumber(parsed.value, referenceDigits)} is not within the accepted range`,
        }),
    accepted,
    notes,
    matches,
  };
}

type Cell = number | string | null;

/** Whether a submitted cell equals a reference cell (numbers with tolerance, text ignoring case). */
function cellMatches(value: Cell, reference: unknown, tolerance: Tolerance): boolean {
  if (reference === null || value === null) return reference === value;
  if (typeof reference === "number" && typeof value === "number") {
    return withinTolerance(value, reference, tolerance);
  }
  if (typeof reference === "string" && typeof value === "string") {
    return reference.trim().toLowerCase() === value.trim().toLowerCase();
  }
  return false;
}

/**
 * Grades a table part: one cell per row; credit is the share of correct rows (numbers with the
 * part's tolerance, default relabs; text ignoring case; NULL only matches NULL).
 *
 * @param raw - the submitted cells as text (undefined when missing)
 * @param reference - the correct cell per row
 * @param part - row labels, value kind, tolerance and whether NULL is allowed
 * @returns the outcome; invalid for a wrong cell count or an unreadable cell, blank for an empty cell
 * @throws {Error} as `withinTolerance`, for a non-finite reference cell
 * @example
 * gradeTable(["1", "NULL"], [1, null], { rowLabels: ["a", "b"], valueKind: "number", allowNull: true }).credit; // 1
 */
export function gradeTable(
  raw: unknown,
  reference: readonly Cell[],
  part: {
    rowLabels: string[];
    valueKind: "number" | "text";
    tolerance?: Tolerance;
    allowNull: boolean;
  },
): PartOutcome {
  const tolerance = part.tolerance ?? defaultTolerance;
  const accepted = `accepted: ${part.rowLabels
    .map((label, row) => {
      const value = reference[row];
      return `${label} → ${typeof value === "number" ? formatNumber(value, referenceDigits) : (value ?? "NULL")}`;
    })
    .join("; ")}`;
  if (raw === undefined) return unreadable(true, "blank, not graded", accepted);
  const rows = part.rowLabels.length;
  if (!Array.isArray(raw) || raw.some((cell) => typeof cell !== "string")) {
    return unreadable(false, `expected a list of ${rows} cells as text, one per row`, accepted);
  }
  if (raw.length !== rows) {
    return unreadable(false, `expected ${rows} cells, one per row, got ${raw.length}`, accepted);
  }
  const cells: Cell[] = [];
  for (const [row, text] of (raw as string[]).entries()) {
    const parsed = parseCell(text, part.valueKind, part.allowNull);
    const label = part.rowLabels[row] ?? `row ${row + 1}`;
    if (!parsed.ok) {
      return unreadable(
        parsed.blank,
        `${label}: ${parsed.blank ? "blank" : parsed.reason}`,
        accepted,
      );
    }
    cells.push(parsed.value);
  }
  const rowCorrect = cells.map((cell, row) => cellMatches(cell, reference[row], tolerance));
  const correctRows = rowCorrect.filter(Boolean).length;
  const wrongLabels = part.rowLabels.filter((_, row) => !rowCorrect[row]);
  const matches = (value: unknown): boolean =>
    Array.isArray(value) &&
    value.length === rows &&
    cells.every((cell, row) => cellMatches(cell, value[row], tolerance));
  const correct = correctRows === rows;
  return {
    status: correct ? "correct" : "incorrect",
    credit: rows === 0 ? 1 : correctRows / rows,
    ...(correct
      ? {}
      : { message: `${correctRows} of ${rows} rows correct; check ${wrongLabels.join(", ")}` }),
    accepted,
    notes: [],
    matches,
  };
}
