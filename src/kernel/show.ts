import type { CellOutput, MetricCard } from "./output-types";
import {
  barOutput,
  dagOutput,
  ecdfOutput,
  histogramOutput,
  lineOutput,
  scatterOutput,
  tableOutput,
  timelineOutput,
} from "./show-outputs";

export { pointBudget } from "./show-outputs";

/**
 * The `show` object a cell receives: each builder validates its input, reduces large data and
 * appends one output. Builders return nothing, so a cell reads as a list of things it shows.
 */
export function createShow(outputs: CellOutput[]) {
  const adds =
    <Spec>(build: (spec: Spec) => CellOutput) =>
    (spec: Spec): void => {
      outputs.push(build(spec));
    };
  return {
    /** A line chart; `area: true` fills under the lines; series may carry a `lower`/`upper` band. */
    line: adds(lineOutput),
    /** Overlaid histograms on shared bins (shares per series, so different sizes compare). */
    histogram: adds(histogramOutput),
    /** Grouped bars over named categories. */
    bar: adds(barOutput),
    /**
     * A scatter plot, thinned evenly beyond the point budget; a series with `line: true` is drawn
     * as a line through its points in order (a reference line such as y = x), not as dots.
     */
    scatter: adds(scatterOutput),
    /** Step empirical CDFs, one per series (the picture behind the KS statistic). */
    ecdf: adds(ecdfOutput),
    /** Lanes of events in time, e.g. feature rows against entity times in a point-in-time join. */
    timeline: adds(timelineOutput),
    /** A dependency graph; `changed` nodes are highlighted (a rebuild set). */
    dag: adds(dagOutput),
    /** A table of values (first rows only beyond the budget). */
    table: adds(tableOutput),
    /** Metric cards: a value, its unit, and whether it passes its threshold. */
    metrics(cards: MetricCard[], title = ""): void {
      outputs.push({ kind: "metrics", title, cards });
    },
    /** Markdown text with `$…$` math. */
    text(markdown: string): void {
      outputs.push({ kind: "text", markdown: String(markdown) });
    },
  };
}

export type Show = ReturnType<typeof createShow>;
