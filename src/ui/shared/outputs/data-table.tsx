import { useState } from "react";
import { formatValue } from "./palette";
import { useRegionName } from "./region-name";

type Cell = string | number | boolean | null;

function Table({
  caption,
  label,
  columns,
  rows,
}: {
  caption: string;
  label: string | undefined;
  columns: string[];
  rows: Cell[][];
}) {
  const regionName = useRegionName(caption || label || "Data table");
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={regionName}>
      <table className="data-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, position) => (
                <td key={position} className={typeof cell === "number" ? "numeric" : undefined}>
                  {formatValue(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The accessible "show data" table behind every chart (built only when opened, so a slider drag
 * never re-renders thousands of hidden rows), or a table output itself.
 */
export function DataTable({
  caption,
  label,
  columns,
  rows,
  collapsed,
}: {
  caption: string;
  /** The scrolling region's name when the table has no caption (each region needs its own). */
  label?: string;
  columns: string[];
  rows: () => Cell[][];
  collapsed: boolean;
}) {
  const [open, setOpen] = useState(false);
  if (!collapsed) return <Table caption={caption} label={label} columns={columns} rows={rows()} />;
  return (
    <details className="show-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show data</summary>
      {open && <Table caption={caption} label={label} columns={columns} rows={rows()} />}
    </details>
  );
}
