import type { DataTable } from "../../../exercises/types";
import { downloadText } from "../downloads/download";
import { ValueTable } from "../table/table";
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
          <ValueTable
            label={`Data: ${table.name} (exercise ${exerciseId})`}
            columns={table.columns}
            rows={table.rows}
            numbers="exact"
          />
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
