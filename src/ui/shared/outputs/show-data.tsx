import { useState } from "react";
import { ValueTable, type CellValue } from "../table/table";

/**
 * The accessible "show data" table behind a chart, built only when opened, so a slider drag
 * never re-renders thousands of hidden rows.
 */
export function ShowData({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: () => CellValue[][];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="show-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show data</summary>
      {open && <ValueTable caption={caption} columns={columns} rows={rows()} />}
    </details>
  );
}
