/**
 * CSV reading and writing (RFC 4180) for rosters and grade exports.
 */

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces; doubles quotes. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends (as RFC 4180 and spreadsheet imports expect). */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/**
 * Parses CSV text (RFC 4180: quoted fields with doubled quotes and line breaks inside; CRLF or LF
 * line ends; a UTF-8 byte-order mark ignored). Blank lines are dropped.
 *
 * @returns the rows, or a problem with the 1-based line where a quoted field is left open
 */
export function parseCsv(text: string): { rows: string[][] } | { problem: string; line: number } {
  const source = text.startsWith("\ufeff") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let openedAt = 1;
  let index = 0;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === "")) rows.push(row);
    row = [];
    field = "";
  };
  while (index < source.length) {
    const character = source[index] as string;
    if (quoted) {
      if (character === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        if (character === "\n") line += 1;
        field += character;
      }
      index += 1;
      continue;
    }
    if (character === '"' && field === "") {
      quoted = true;
      openedAt = line;
    } else if (character === ",") {
      row.push(field);
      field = "";
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && source[index + 1] === "\n") index += 1;
      endRow();
      line += 1;
    } else {
      field += character;
    }
    index += 1;
  }
  if (quoted) return { problem: "a quoted field is never closed", line: openedAt };
  if (field !== "" || row.length > 0) endRow();
  return { rows };
}
