import type { ReactNode } from "react";
import { formatAxisNumber, formatNumber } from "../../../lab/core/format-number";
import { useRegionName } from "../outputs/region-name";
import { scrollRegionRef } from "../outputs/scroll-region";

/** A plain value of a data table: a cell output's, a chart's data or an exercise's instance. */
export type CellValue = string | number | boolean | null;

/**
 * How a table prints its numbers, both through the lab's one formatter: `short` as a chart's axis
 * does (`formatAxisNumber`: four significant figures, exponents for the tiny and the huge), for
 * the numbers behind charts and simulations; `exact` with every digit that tells the number apart
 * (`formatNumber` at 17 significant figures), for data a reader computes from, which must match
 * its CSV download.
 */
export type NumberStyle = "short" | "exact";

const numberText: Record<NumberStyle, (value: number) => string> = {
  short: formatAxisNumber,
  exact: (value) => formatNumber(value, 17),
};

/** A text longer than this (in characters) makes its column a column of prose. */
const proseLength = 40;

/** One column of a {@link Table}: its header and how to draw its cell of a row. */
export interface Column<Row> {
  header: string;
  /** React's key for the column when headers may repeat; the header otherwise. */
  key?: string;
  /** The cell's content: a number is formatted and right-aligned; anything else is drawn as is. */
  cell: (row: Row) => ReactNode;
  /** Right-aligns every cell of the column (for text such as "3 of 5"). */
  numeric?: boolean;
  /** The column's cells name their rows (`<th scope="row">`). */
  rowHeader?: boolean;
  className?: string;
  headerClassName?: string;
  headerTitle?: string;
  /** Repeats the header on each cell (`data-label`), for a layout that turns rows into cards. */
  labelCells?: boolean;
}

/**
 * The one data table of the app: a caption, column headers with `scope`, row headers where a
 * column names its rows, numbers right-aligned in tabular figures and printed by the lab's
 * formatter, inside a focusable scrolling region (a wide table scrolls sideways on a phone
 * instead of widening the page) named for the table.
 */
export function Table<Row>({
  caption,
  label,
  columns,
  rows,
  rowKey = (_row, index) => index,
  rowAttributes,
  numbers = "short",
  className,
  scroll = true,
  testId,
}: {
  caption?: ReactNode;
  /** The scrolling region's name; the caption's text (or "Data table") when not given. */
  label?: string;
  columns: Column<Row>[];
  rows: readonly Row[];
  rowKey?: (row: Row, index: number) => string | number;
  /** `data-*` attributes of a row, for tests and styles to find it by. */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
  numbers?: NumberStyle;
  className?: string;
  /** False for a small table that never needs to scroll (it then takes no tab stop). */
  scroll?: boolean;
  testId?: string;
}) {
  const regionName = useRegionName(
    label || (typeof caption === "string" && caption) || "Data table",
  );
  // A column of sentences keeps a readable width: squeezed to its longest word, each of its
  // cells would stand as a tower of one word per line. The region scrolls sideways instead (a
  // table that does not scroll keeps to its column's width).
  const contents = rows.map((row) => columns.map((column) => column.cell(row)));
  const prose = columns.map(
    (_, position) =>
      scroll &&
      contents.some((cells) => {
        const content = cells[position];
        return typeof content === "string" && content.length > proseLength;
      }),
  );
  const table = (
    <table className={className ? `data-table ${className}` : "data-table"} data-testid={testId}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key ?? column.header}
              scope="col"
              className={column.headerClassName}
              title={column.headerTitle}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)} {...rowAttributes?.(row)}>
            {columns.map((column, position) => {
              const content = contents[index]?.[position];
              const numeric = column.numeric || typeof content === "number";
              const classes = [column.className, numeric && "numeric", prose[position] && "prose"]
                .filter(Boolean)
                .join(" ");
              const Cell = column.rowHeader ? "th" : "td";
              return (
                <Cell
                  key={column.key ?? column.header}
                  scope={column.rowHeader ? "row" : undefined}
                  className={classes || undefined}
                  data-label={column.labelCells ? column.header : undefined}
                >
                  {typeof content === "number"
                    ? numberText[numbers](content)
                    : typeof content === "boolean"
                      ? String(content)
                      : content}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scroll) return table;
  return (
    <div
      ref={scrollRegionRef}
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={regionName}
    >
      {table}
    </div>
  );
}

/**
 * A table of plain values under their column names, as cell outputs, charts' data and exercises'
 * instances carry them; null is SQL's missing value and reads NULL.
 */
export function ValueTable({
  columns,
  rows,
  ...options
}: {
  columns: readonly string[];
  rows: readonly (readonly CellValue[])[];
  caption?: string;
  label?: string;
  numbers?: NumberStyle;
}) {
  return (
    <Table
      {...options}
      columns={columns.map((header, position) => ({
        header,
        key: String(position),
        cell: (row: readonly CellValue[]) => {
          const value = row[position];
          return value === null ? "NULL" : value;
        },
      }))}
      rows={rows}
    />
  );
}
