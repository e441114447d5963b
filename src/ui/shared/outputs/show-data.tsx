import { ValueTable, type CellValue } from "../table/table";
import { useDetailsOpen } from "./use-details-open";

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
  const { open, ref, onToggle } = useDetailsOpen();
  return (
    <details className="show-data" ref={ref} onToggle={onToggle}>
      <summary>Show data</summary>
      {open && <ValueTable caption={caption} columns={columns} rows={rows()} />}
    </details>
  );
}
