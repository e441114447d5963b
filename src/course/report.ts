/**
 * The problems report (one line per file and reason) and a self-contained HTML report of a
 * gradebook: grades, problems, item analysis and mastery per objective.
 */

import { formatPoints } from "./csv-export";
import type { Gradebook } from "./gradebook-types";

/**
 * The problems of a gradebook as text: one `file: message` line per problem, then one line per
 * roster student with no submission.
 *
 * @param gradebook - the gradebook
 * @returns text ending with a newline, or "" when there is nothing to report
 * @example
 * problemsReport(gradebook).split("\n")[0]; // "late.json: submitted 2026-03-10T08:00:00Z, after ..."
 */
export function problemsReport(gradebook: Gradebook): string {
  const lines = [
    ...gradebook.problems.map((problem) => `${problem.file}: ${problem.message}`),
    ...gradebook.missing.map((id) => `roster: "${id}" has no submission (no grade, not zero)`),
  ];
  return lines.map((line) => `${line}\n`).join("");
}

const escapeHtml = (text: string): string =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

const percent = (share: number): string => `${(share * 100).toFixed(0)} %`;

function table(headers: string[], rows: string[][]): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`)
    .join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * A self-contained HTML page (no scripts, no external files) reporting a gradebook: grades per
 * student and exercise, problems, item analysis and mastery. Deterministic: no current time.
 *
 * @param gradebook - the gradebook
 * @returns the HTML text
 * @example
 * gradebookReportHtml(gradebook).startsWith("<!doctype html>"); // true
 */
export function gradebookReportHtml(gradebook: Gradebook): string {
  const exerciseIds = gradebook.items.map((item) => item.exerciseId);
  const graded = gradebook.rows.filter((row) => row.result !== undefined);
  const grades = table(
    ["Roster id", "Name", ...exerciseIds, "Total", "Late", "File"],
    gradebook.rows.map((row) => [
      row.rosterId,
      row.student?.name ?? "",
      ...exerciseIds.map((id) =>
        formatPoints(row.result?.exercises.find((exercise) => exercise.id === id)?.points),
      ),
      row.result
        ? `${formatPoints(row.result.points)} / ${formatPoints(row.result.maxPoints)}`
        : "no submission",
      row.result ? (row.result.late ? "late" : "") : "",
      row.file ?? "",
    ]),
  );
  const problems =
    gradebook.problems.length + gradebook.missing.length === 0
      ? "<p>No problems.</p>"
      : table(
          ["File", "Kind", "Problem"],
          [
            ...gradebook.problems.map((problem) => [problem.file, problem.kind, problem.message]),
            ...gradebook.missing.map((id) => ["(roster)", "missing", `"${id}" has no submission`]),
          ],
        );
  const items = table(
    [
      "Exercise",
      "Points",
      "Mean score",
      "Correct at first attempt",
      "Median attempts",
      "Mean hints",
      "Most frequent wrong answers",
    ],
    gradebook.items.map((item) => [
      `${item.title} (${item.exerciseId})`,
      formatPoints(item.maxPoints),
      percent(item.meanScore),
      percent(item.firstAttemptCorrect),
      String(item.medianAttempts),
      item.meanHints.toFixed(2),
      item.wrongAnswers
        .slice(0, 3)
        .map((group) => `${group.count}× ${group.message}`)
        .join(" | "),
    ]),
  );
  const mastery = table(
    ["Objective", "Exercises", "Mastery", "Students at 80 % or more"],
    gradebook.mastery.map((entry) => [
      entry.objectiveId,
      entry.exerciseIds.join(", "),
      percent(entry.mastery),
      `${entry.studentsMastered} of ${entry.students}`,
    ]),
  );
  const title = escapeHtml(`${gradebook.title} (${gradebook.assignmentId}): gradebook`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.4; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
</style>
</head>
<body>
<h1>${title}</h1>
<p>${graded.length} graded of ${gradebook.rows.length} students; ${gradebook.problems.length} problems; ${gradebook.missing.length} roster students without a submission; ${formatPoints(gradebook.maxPoints)} points possible.</p>
<h2>Grades</h2>
${grades}
<h2>Problems</h2>
${problems}
<h2>Item analysis</h2>
${items}
<h2>Mastery per learning objective</h2>
${mastery}
</body>
</html>
`;
}
