import type { CellOutput } from "../../../kernel/output-types";
import { chartData } from "./chart-data";
import { PrerenderedRunData } from "./prerendered-runs";
import { Chart } from "./output-view";
import { RegionScope } from "./region-name";
import { ValueTable } from "../table/table";
import { useDetailsOpen } from "./use-details-open";

const drawn = new Set(["line", "histogram", "bar", "scatter", "ecdf", "dag", "timeline"]);

/**
 * A figure's body: the cell's charts and diagrams, its tables (part of what the figure shows), and
 * the numbers behind every chart in one "Data of Figure n.k" section, built when opened. Metric
 * cards and notes belong to the notebook's interactive cell, not to a figure.
 */
export default function FigureOutputs({
  outputs,
  label,
  runId,
}: {
  outputs: CellOutput[];
  label: string;
  /** The id of the build's run data, printed after the drawing (see `PrerenderedRunData`). */
  runId: string;
}) {
  const { open, ref, onToggle } = useDetailsOpen();
  const charts = outputs.filter((output) => drawn.has(output.kind));
  const tables = outputs.flatMap((output) => (output.kind === "table" ? [output] : []));
  return (
    <RegionScope.Provider value={label}>
      <div className="figure-panels">
        {charts.map((output, index) => (
          <div className="figure-panel" key={`${output.kind}-${index}`}>
            {"title" in output && output.title && charts.length > 1 && (
              <p className="figure-panel-title">{output.title}</p>
            )}
            <Chart output={output} />
          </div>
        ))}
      </div>
      {tables.map((table, index) => (
        <ValueTable
          key={`table-${index}`}
          caption={table.title}
          columns={table.columns}
          rows={table.rows}
        />
      ))}
      {charts.length > 0 && (
        <details className="figure-data" ref={ref} onToggle={onToggle}>
          <summary>Data of {label}</summary>
          {/* These tables' captions already name the figure. */}
          <RegionScope.Provider value="">
            {open &&
              charts.map((output, index) => {
                const data = chartData(output);
                return (
                  <ValueTable
                    key={`data-${index}`}
                    caption={`Data of ${label}${charts.length > 1 && "title" in output && output.title ? `: ${output.title}` : ""}`}
                    columns={data.columns}
                    rows={data.rows()}
                  />
                );
              })}
          </RegionScope.Provider>
        </details>
      )}
      <PrerenderedRunData outputs={outputs} id={runId} />
    </RegionScope.Provider>
  );
}
