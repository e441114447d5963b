import type { CellOutput } from "../../../kernel/output-types";
import { BarView, HistogramView } from "./bar-views";
import { chartData } from "./chart-data";
import { DagView } from "./dag-view";
import { EcdfView } from "./ecdf-view";
import { LineView } from "./line-view";
import { MetricsView } from "./metrics-view";
import { ScatterView } from "./scatter-view";
import { ShowData } from "./show-data";
import { TextView } from "./text-view";
import { TimelineView } from "./timeline-view";
import { ValueTable } from "../table/table";

/** The drawing of a chart or diagram output; nothing for tables, metric cards and text. */
export function Chart({ output }: { output: CellOutput }) {
  switch (output.kind) {
    case "line":
      return <LineView output={output} />;
    case "histogram":
      return <HistogramView output={output} />;
    case "bar":
      return <BarView output={output} />;
    case "scatter":
      return <ScatterView output={output} />;
    case "ecdf":
      return <EcdfView output={output} />;
    case "dag":
      return <DagView output={output} />;
    case "timeline":
      return <TimelineView output={output} />;
    default:
      return null;
  }
}

/** One output of a cell: a chart or diagram with its data table, a table, metric cards or text. */
export default function OutputView({ output }: { output: CellOutput }) {
  if (output.kind === "text") return <TextView markdown={output.markdown} />;
  if (output.kind === "metrics") return <MetricsView output={output} />;
  if (output.kind === "table") {
    return (
      <figure className="cell-output">
        {output.title && <figcaption>{output.title}</figcaption>}
        <ValueTable label={output.title || undefined} columns={output.columns} rows={output.rows} />
      </figure>
    );
  }
  return (
    <figure className="cell-output">
      {output.title && <figcaption>{output.title}</figcaption>}
      <Chart output={output} />
      <ShowData caption={`Data of ${output.title || "the chart"}`} {...chartData(output)} />
    </figure>
  );
}
