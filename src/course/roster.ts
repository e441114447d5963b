/**
 * Rosters: a CSV of the students of a course, as an LMS exports it or as an instructor writes it.
 */

import { parseCsv } from "./csv";
import type { Roster, RosterEntry } from "./gradebook-types";
import { checkRosterId } from "./roster-id";

/** Header names (lower case) accepted for each roster column, first match wins. */
const columnNames: Record<keyof RosterEntry, string[]> = {
  id: [
    "roster id",
    "roster_id",
    "sis user id",
    "student id",
    "student_id",
    "id number",
    "idnumber",
    "id",
  ],
  name: ["student", "name", "full name"],
  lmsId: ["canvas id", "canvas_id", "lms id", "lms_id"],
  login: ["sis login id", "login", "email", "email address", "e-mail"],
  section: ["section", "group"],
};

/**
 * Reads a roster CSV. It needs a header row with a roster id column (one of: roster id, SIS User
 * ID, student id, ID number, id); name (Student, name), Canvas ID, login (SIS Login ID, email) and
 * section columns are optional. A Canvas gradebook export works as it is: its "ID" column is read
 * as the Canvas id and "SIS User ID" as the roster id. Its "Points Possible" row is skipped.
 *
 * @param text - the CSV text
 * @param file - its name, for messages
 * @returns the roster and one `file:line: message` problem per unusable row
 * @example
 * parseRoster("id,name\ns1,Ada\n", "roster.csv").roster.entries[0]?.name; // "Ada"
 */
export function parseRoster(text: string, file: string): { roster: Roster; problems: string[] } {
  const parsed = parseCsv(text);
  if ("problem" in parsed) {
    return { roster: { entries: [] }, problems: [`${file}:${parsed.line}: ${parsed.problem}`] };
  }
  const [header, ...body] = parsed.rows;
  if (!header) return { roster: { entries: [] }, problems: [`${file}:1: the roster is empty`] };
  const names = header.map((name) => name.trim().toLowerCase());
  const hasCanvasSis = names.includes("sis user id");
  const columnOf = (key: keyof RosterEntry): number => {
    const candidates =
      key === "lmsId" && hasCanvasSis ? ["id", ...columnNames.lmsId] : columnNames[key];
    for (const candidate of candidates) {
      if (key === "id" && hasCanvasSis && candidate === "id") continue;
      const index = names.indexOf(candidate);
      if (index >= 0) return index;
    }
    return -1;
  };
  const columns = {
    id: columnOf("id"),
    name: columnOf("name"),
    lmsId: columnOf("lmsId"),
    login: columnOf("login"),
    section: columnOf("section"),
  };
  if (columns.id < 0) {
    return {
      roster: { entries: [] },
      problems: [
        `${file}:1: no roster id column (name one "roster id", "SIS User ID", "student id" or "id")`,
      ],
    };
  }
  const problems: string[] = [];
  const entries: RosterEntry[] = [];
  const seen = new Set<string>();
  body.forEach((row, index) => {
    const line = index + 2;
    const cell = (column: number) => (column < 0 ? "" : (row[column] ?? "").trim());
    if (cell(columns.name) === "Points Possible" || /points possible/i.test(row[0] ?? "")) return;
    const checked = checkRosterId(cell(columns.id));
    if ("problem" in checked) {
      problems.push(`${file}:${line}: ${checked.problem}`);
      return;
    }
    if (seen.has(checked.id)) {
      problems.push(
        `${file}:${line}: roster id "${checked.id}" is listed twice; the first is kept`,
      );
      return;
    }
    seen.add(checked.id);
    entries.push({
      id: checked.id,
      name: cell(columns.name),
      lmsId: cell(columns.lmsId),
      login: cell(columns.login),
      section: cell(columns.section),
    });
  });
  return { roster: { entries }, problems };
}
