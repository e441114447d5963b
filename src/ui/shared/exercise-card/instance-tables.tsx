import type { DataTable } from "../../../exercises/types";
import { downloadText } from "../downloads/download";
import { formatValue } from "../outputs/palette";
import { fileSlug, InlineCode } from "./inline-code";

/** An exercise's data tables, each downloadable as CSV and JSON. */
export function InstanceTables({
  exerciseId,
  tables,
  toCsv,
}: {
  exerciseId: string;
  tables: DataTable[];
  toCsv: (table: DataTable) => string;
}) {
  return (
    <>
      {tables.map((table) => (
        <figure key={table.name} className="exercise-table">
          <figcaption>
            <span>{table.name}</span>
            <span className="button-row">
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `${fileSlug(`${exerciseId}-${table.name}`)}.csv`,
                    toCsv(table),
                    "text/csv",
                  )
                }
              >
                CSV
              </button>
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `${fileSlug(`${exerciseId}-${table.name}`)}.json`,
                    JSON.stringify(table, null, 2),
                  )
                }
              >
                JSON
              </button>
            </span>
          </figcaption>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={`Data: ${table.name} (exercise ${exerciseId})`}
          >
            <table className="data-table">
              <thead>
                <tr>
                  {table.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, index) => (
                  <tr key={index}>
                    {row.map((cell, position) => (
                      <td
                        key={position}
                        className={typeof cell === "number" ? "numeric" : undefined}
                      >
                        {cell === null
                          ? "NULL"
                          : typeof cell === "number"
                            ? String(cell)
                            : formatValue(cell)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {table.note && (
            <p className="table-note">
              <InlineCode text={table.note} />
            </p>
          )}
        </figure>
      ))}
    </>
  );
}
