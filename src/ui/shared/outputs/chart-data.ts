import { formatValue } from "../../../kernel/charts/chart-labels";
import type { CellOutput } from "../../../kernel/output-types";

type Row = (string | number | boolean | null)[];

/**
 * The numbers behind a chart as a table, for screen readers and for reading exact values. The
 * rows are built on demand: the table stays closed while a slider moves.
 */
export function chartData(output: CellOutput): { columns: string[]; rows: () => Row[] } {
  switch (output.kind) {
    case "line":
      return {
        columns: [
          output.xLabel || "x",
          ...output.series.flatMap((series) =>
            series.lower
              ? [series.name, `${series.name} lower`, `${series.name} upper`]
              : [series.name],
          ),
        ],
        rows: () =>
          Array.from(output.x, (x, index) => [
            x,
            ...output.series.flatMap((series) =>
              series.lower && series.upper
                ? [
                    series.y[index] ?? null,
                    series.lower[index] ?? null,
                    series.upper[index] ?? null,
                  ]
                : [series.y[index] ?? null],
            ),
          ]),
      };
    case "histogram":
      return {
        columns: ["bin from", "bin to", ...output.series.map((series) => `${series.name} share`)],
        rows: () =>
          Array.from({ length: output.edges.length - 1 }, (_, bin) => [
            output.edges[bin] ?? null,
            output.edges[bin + 1] ?? null,
            ...output.series.map((series) => series.shares[bin] ?? null),
          ]),
      };
    case "bar":
      return {
        columns: ["category", ...output.series.map((series) => series.name)],
        rows: () =>
          output.categories.map((category, index) => [
            category,
            ...output.series.map((series) => series.values[index] ?? null),
          ]),
      };
    case "scatter":
      return {
        columns: ["series", output.xLabel || "x", output.yLabel || "y"],
        rows: () =>
          output.series.flatMap((series) =>
            Array.from(series.x, (x, index) => [series.name, x, series.y[index] ?? null]),
          ),
      };
    case "ecdf":
      return {
        columns: ["series", output.xLabel || "x", "F(x)"],
        rows: () =>
          output.series.flatMap((series) =>
            Array.from(series.x, (x, index) => [series.name, x, series.p[index] ?? null]),
          ),
      };
    case "timeline":
      return {
        columns: ["lane", "time", "event", "status", "note"],
        rows: () =>
          output.lanes.flatMap((lane) => [
            // A lane's window (a TTL window, a span's duration) is a row of its own.
            ...(lane.window
              ? [
                  [
                    lane.label,
                    lane.window.start,
                    lane.window.label,
                    "window",
                    `from ${formatValue(lane.window.start)} to ${formatValue(lane.window.end)}`,
                  ],
                ]
              : []),
            ...lane.events.map((event) => [
              lane.label,
              event.time,
              event.label,
              event.status,
              event.note ?? "",
            ]),
          ]),
      };
    case "dag":
      return {
        columns: ["artifact", "kind", "changed", "detail", "inputs"],
        rows: () =>
          output.nodes.map((node) => [
            node.label,
            node.kind,
            node.changed,
            node.detail ?? "",
            output.edges
              .filter((edge) => edge.to === node.id)
              .map((edge) => edge.from)
              .join(", "),
          ]),
      };
    default:
      return { columns: [], rows: () => [] };
  }
}
