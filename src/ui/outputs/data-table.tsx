import { formatValue } from "./palette";

/** The accessible "show data" table behind every chart, or a table output itself. */
export function DataTable({
  caption,
  columns,
  rows,
  collapsed,
}: {
  caption: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
  collapsed: boolean;
}) {
  const table = (
    <div className="table-scroll">
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
  if (!collapsed) return table;
  return (
    <details className="show-data">
      <summary>Show data</summary>
      {table}
    </details>
  );
}
