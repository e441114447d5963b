/**
 * Grade exports: Canvas's gradebook import, Moodle's CSV grade import, and a plain CSV with one
 * column per exercise. The page and the CLI write them with these same functions, so their files
 * are byte for byte the same.
 */

import { writeCsv } from "./csv";
import type { Gradebook, GradebookRow } from "./gradebook-types";

/**
 * Points as written in exports: rounded to 2 decimals (what Canvas and Moodle show), without
 * trailing zeros; "" when there is no grade (a missing student gets no grade, not zero).
 *
 * @param points - points, or undefined for no grade
 * @returns the text of the cell
 * @example
 * formatPoints(7.3333333); // "7.33"
 */
export function formatPoints(points: number | undefined): string {
  if (points === undefined || !Number.isFinite(points)) return "";
  const rounded = Math.round(points * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** The grade column's header in Canvas: "Title (id)". */
export function canvasColumnName(gradebook: Pick<Gradebook, "title" | "assignmentId">): string {
  return `${gradebook.title} (${gradebook.assignmentId})`;
}

const rowName = (row: GradebookRow) => row.student?.name || row.rosterId;

/**
 * The Canvas gradebook import CSV: columns Student, ID, SIS User ID, SIS Login ID, Section, then
 * "Title (id)"; the second row is "Points Possible" with the assignment's points. The roster id is
 * the SIS User ID; ID and SIS Login ID come from the roster when it has them. Students without a
 * submission get an empty cell (Canvas leaves their grade alone).
 *
 * @param gradebook - the gradebook
 * @returns CSV text with CRLF line ends
 * @example
 * toCanvasCsv(gradebook).split("\r\n")[1]?.startsWith("Points Possible"); // true
 */
export function toCanvasCsv(gradebook: Gradebook): string {
  const rows: string[][] = [
    ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", canvasColumnName(gradebook)],
    ["Points Possible", "", "", "", "", formatPoints(gradebook.maxPoints)],
  ];
  for (const row of gradebook.rows) {
    rows.push([
      rowName(row),
      row.student?.lmsId ?? "",
      row.rosterId,
      row.student?.login ?? "",
      row.student?.section ?? "",
      formatPoints(row.result?.points),
    ]);
  }
  return writeCsv(rows);
}

/**
 * The Moodle grade import CSV: an "ID number" identifier column (map it to the user field "ID
 * number" when importing), "Email address" (from the roster, when known) and one grade column
 * named after the assignment. Students without a submission get an empty grade.
 *
 * @param gradebook - the gradebook
 * @returns CSV text with CRLF line ends
 * @example
 * toMoodleCsv(gradebook).startsWith("ID number,Email address,"); // true
 */
export function toMoodleCsv(gradebook: Gradebook): string {
  const rows: string[][] = [["ID number", "Email address", gradebook.title]];
  for (const row of gradebook.rows) {
    rows.push([row.rosterId, row.student?.login ?? "", formatPoints(row.result?.points)]);
  }
  return writeCsv(rows);
}

/**
 * A plain CSV with one row per student and one column per exercise (points), then the total,
 * the submission time, whether it was late, and the file graded. A "max" row gives each column's
 * points. Students without a submission have empty cells.
 *
 * @param gradebook - the gradebook
 * @returns CSV text with CRLF line ends
 * @example
 * toExerciseCsv(gradebook).split("\r\n")[0]?.startsWith("roster_id,name,section,"); // true
 */
export function toExerciseCsv(gradebook: Gradebook): string {
  const exerciseIds = gradebook.items.map((item) => item.exerciseId);
  const rows: string[][] = [
    ["roster_id", "name", "section", ...exerciseIds, "total", "submitted_at", "late", "file"],
    [
      "max",
      "",
      "",
      ...gradebook.items.map((item) => formatPoints(item.maxPoints)),
      formatPoints(gradebook.maxPoints),
      "",
      "",
      "",
    ],
  ];
  for (const row of gradebook.rows) {
    const result = row.result;
    rows.push([
      row.rosterId,
      row.student?.name ?? "",
      row.student?.section ?? "",
      ...exerciseIds.map((id) =>
        formatPoints(result?.exercises.find((exercise) => exercise.id === id)?.points),
      ),
      formatPoints(result?.points),
      result?.submittedAt ?? "",
      result ? (result.late ? "yes" : "no") : "",
      row.file ?? "",
    ]);
  }
  return writeCsv(rows);
}

/** The export formats by name, as the CLI's --format and the page's buttons name them. */
export const gradeExports = {
  canvas: toCanvasCsv,
  moodle: toMoodleCsv,
  csv: toExerciseCsv,
} as const;

/** An export format name. */
export type GradeExportFormat = keyof typeof gradeExports;
