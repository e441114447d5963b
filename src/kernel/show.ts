import { histogramCounts, linspace } from "../lab/index";
import type { CellOutput, MetricCard, TimelineOutput } from "./output-types";
import { lttbIndicesOfAll, pick, strideIndices } from "./reduce";

/**
 * Point budgets per chart: enough for a sharp picture at the width a cell is shown, small enough
 * for an SVG chart to redraw within a frame or two while a slider moves.
 */
export const pointBudget = {
  line: 400,
  scatter: 800,
  ecdf: 400,
  histogramBins: 80,
  tableRows: 500,
};

type Numbers = ArrayLike<number>;

function floats(values: Numbers, what: string): Float64Array {
  if (values === null || typeof values !== "object" || typeof values.length !== "number") {
    throw new TypeError(`show: ${what} must be an array of numbers`);
  }
  return values instanceof Float64Array ? values : Float64Array.from(values as ArrayLike<number>);
}

function finiteRange(series: Float64Array[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const values of series) {
    for (const value of values) {
      if (!Number.isFinite(value)) continue;
      if (value < low) low = value;
      if (value > high) high = value;
    }
  }
  if (low === Infinity) return [0, 1];
  return low === high ? [low - 0.5, high + 0.5] : [low, high];
}

/**
 * The `show` object a cell receives: each builder validates its input, reduces large data and
 * appends one output. Builders return nothing, so a cell reads as a list of things it shows.
 */
export function createShow(outputs: CellOutput[]) {
  return {
    /** A line chart; `area: true` fills under the lines; series may carry a `lower`/`upper` band. */
    line(spec: {
      title?: string;
      x: Numbers;
      series: { name: string; y: Numbers; lower?: Numbers; upper?: Numbers }[];
      xLabel?: string;
      yLabel?: string;
      references?: { y: number; label: string }[];
      markers?: { x: number; label: string }[];
      area?: boolean;
    }): void {
      const x = floats(spec.x, "line x");
      // Every series chooses its own points (a spike in any series survives), on one shared x.
      const ys = spec.series.map((series) => floats(series.y, `series ${series.name}`));
      const indices = lttbIndicesOfAll(x, ys, pointBudget.line);
      outputs.push({
        kind: "line",
        title: spec.title ?? "",
        xLabel: spec.xLabel ?? "",
        yLabel: spec.yLabel ?? "",
        x: pick(x, indices),
        series: spec.series.map((series, position) => ({
          name: series.name,
          y: pick(ys[position] ?? floats(series.y, `series ${series.name}`), indices),
          ...(series.lower ? { lower: pick(floats(series.lower, "band"), indices) } : {}),
          ...(series.upper ? { upper: pick(floats(series.upper, "band"), indices) } : {}),
        })),
        references: spec.references ?? [],
        markers: spec.markers ?? [],
        area: spec.area ?? false,
      });
    },
    /** Overlaid histograms on shared bins (shares per series, so different sizes compare). */
    histogram(spec: {
      title?: string;
      series: { name: string; values: Numbers }[];
      bins?: number;
      xLabel?: string;
    }): void {
      const all = spec.series.map((series) => floats(series.values, `histogram ${series.name}`));
      const [low, high] = finiteRange(all);
      const total = all.reduce((sum, values) => sum + values.length, 0);
      const bins = Math.min(
        pointBudget.histogramBins,
        Math.max(1, Math.round(spec.bins ?? Math.ceil(Math.log2(Math.max(total, 1))) + 1)),
      );
      // The lab's numpy binning: half-open bins and a closed last one; counts skip NaN and
      // ±Infinity (outside every bin), so they sum to the series' finite values.
      const edges = linspace(low, high, bins + 1);
      outputs.push({
        kind: "histogram",
        title: spec.title ?? "",
        xLabel: spec.xLabel ?? "",
        edges: Float64Array.from(edges),
        series: spec.series.map((series, position) => {
          const counts = histogramCounts(all[position] ?? [], edges);
          const finite = counts.reduce((sum, count) => sum + count, 0);
          const shares = Float64Array.from(counts, (count) => count / Math.max(finite, 1));
          return { name: series.name, shares };
        }),
      });
    },
    /** Grouped bars over named categories. */
    bar(spec: {
      title?: string;
      categories: string[];
      series: { name: string; values: Numbers }[];
      yLabel?: string;
    }): void {
      outputs.push({
        kind: "bar",
        title: spec.title ?? "",
        yLabel: spec.yLabel ?? "",
        categories: spec.categories.map(String),
        series: spec.series.map((series) => ({
          name: series.name,
          values: floats(series.values, `bar ${series.name}`),
        })),
      });
    },
    /**
     * A scatter plot, thinned evenly beyond the point budget; a series with `line: true` is drawn
     * as a line through its points in order (a reference line such as y = x), not as dots.
     */
    scatter(spec: {
      title?: string;
      series: { name: string; x: Numbers; y: Numbers; line?: boolean }[];
      xLabel?: string;
      yLabel?: string;
    }): void {
      outputs.push({
        kind: "scatter",
        title: spec.title ?? "",
        xLabel: spec.xLabel ?? "",
        yLabel: spec.yLabel ?? "",
        series: spec.series.map((series) => {
          const x = floats(series.x, "scatter x");
          const indices = strideIndices(x.length, pointBudget.scatter);
          return {
            name: series.name,
            x: pick(x, indices),
            y: pick(floats(series.y, "scatter y"), indices),
            ...(series.line ? { line: true } : {}),
          };
        }),
      });
    },
    /** Step empirical CDFs, one per series (the picture behind the KS statistic). */
    ecdf(spec: {
      title?: string;
      series: { name: string; values: Numbers }[];
      xLabel?: string;
    }): void {
      outputs.push({
        kind: "ecdf",
        title: spec.title ?? "",
        xLabel: spec.xLabel ?? "",
        series: spec.series.map((series) => {
          const sorted = Float64Array.from(floats(series.values, "ecdf values"))
            .filter(Number.isFinite)
            .sort();
          const indices = strideIndices(sorted.length, pointBudget.ecdf);
          const x = pick(sorted, indices);
          const p = Float64Array.from(indices, (index) => (index + 1) / sorted.length);
          if (sorted.length > 0 && indices[indices.length - 1] !== sorted.length - 1) {
            return {
              name: series.name,
              x: Float64Array.of(...x, sorted[sorted.length - 1] ?? 0),
              p: Float64Array.of(...p, 1),
            };
          }
          return { name: series.name, x, p };
        }),
      });
    },
    /** Lanes of events in time, e.g. feature rows against entity times in a point-in-time join. */
    timeline(spec: { title?: string; timeLabel?: string; lanes: TimelineOutput["lanes"] }): void {
      outputs.push({
        kind: "timeline",
        title: spec.title ?? "",
        timeLabel: spec.timeLabel ?? "time",
        lanes: spec.lanes,
      });
    },
    /** A dependency graph; `changed` nodes are highlighted (a rebuild set). */
    dag(spec: {
      title?: string;
      nodes: { id: string; label?: string; kind?: string; changed?: boolean; detail?: string }[];
      edges: { from: string; to: string }[];
    }): void {
      outputs.push({
        kind: "dag",
        title: spec.title ?? "",
        nodes: spec.nodes.map((node) => ({
          id: node.id,
          label: node.label ?? node.id,
          kind: node.kind ?? "artifact",
          changed: node.changed ?? false,
          ...(node.detail ? { detail: node.detail } : {}),
        })),
        edges: spec.edges,
      });
    },
    /** A table of values (first rows only beyond the budget). */
    table(spec: {
      title?: string;
      columns: string[];
      rows: (string | number | boolean | null | undefined)[][];
    }): void {
      outputs.push({
        kind: "table",
        title: spec.title ?? "",
        columns: spec.columns.map(String),
        rows: spec.rows
          .slice(0, pointBudget.tableRows)
          .map((row) => row.map((cell) => (cell === undefined ? null : cell))),
      });
    },
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
