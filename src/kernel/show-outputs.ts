// One builder per output kind: each validates what a cell passes to `show`, reduces large data to
// the point budgets and returns the output the views draw (see `createShow`).
import { histogramCounts, linspace } from "../lab/index";
import type {
  BarOutput,
  DagOutput,
  EcdfOutput,
  HistogramOutput,
  LineOutput,
  ScatterOutput,
  TableOutput,
  TimelineOutput,
} from "./output-types";
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

/** What a cell passes to `show.line`. */
export interface LineSpec {
  title?: string;
  x: Numbers;
  series: { name: string; y: Numbers; lower?: Numbers; upper?: Numbers }[];
  xLabel?: string;
  yLabel?: string;
  references?: { y: number; label: string }[];
  markers?: { x: number; label: string }[];
  area?: boolean;
}

/**
 * A line chart reduced to `pointBudget.line` points by LTTB over every series at once (a spike in
 * any series survives), on one shared x; bands are picked at the same points.
 *
 * @param spec the chart as a cell describes it
 * @returns the line output
 * @throws TypeError when x or a series is not an array of numbers
 */
export function lineOutput(spec: LineSpec): LineOutput {
  const x = floats(spec.x, "line x");
  const ys = spec.series.map((series) => floats(series.y, `series ${series.name}`));
  const indices = lttbIndicesOfAll(x, ys, pointBudget.line);
  return {
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
  };
}

/** What a cell passes to `show.histogram`. */
export interface HistogramSpec {
  title?: string;
  series: { name: string; values: Numbers }[];
  bins?: number;
  xLabel?: string;
}

/**
 * Overlaid histograms on shared bins over the finite range of all series, as shares per series
 * (so samples of different sizes compare), with the lab's numpy binning.
 *
 * @param spec the chart as a cell describes it
 * @returns the histogram output
 * @throws TypeError when a series is not an array of numbers
 */
export function histogramOutput(spec: HistogramSpec): HistogramOutput {
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
  return {
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
  };
}

/** What a cell passes to `show.bar`. */
export interface BarSpec {
  title?: string;
  categories: string[];
  series: { name: string; values: Numbers }[];
  yLabel?: string;
}

/**
 * Grouped bars over named categories.
 *
 * @param spec the chart as a cell describes it
 * @returns the bar output
 * @throws TypeError when a series is not an array of numbers
 */
export function barOutput(spec: BarSpec): BarOutput {
  return {
    kind: "bar",
    title: spec.title ?? "",
    yLabel: spec.yLabel ?? "",
    categories: spec.categories.map(String),
    series: spec.series.map((series) => ({
      name: series.name,
      values: floats(series.values, `bar ${series.name}`),
    })),
  };
}

/** What a cell passes to `show.scatter`. */
export interface ScatterSpec {
  title?: string;
  series: { name: string; x: Numbers; y: Numbers; line?: boolean }[];
  xLabel?: string;
  yLabel?: string;
}

/**
 * A scatter plot, each series thinned evenly beyond `pointBudget.scatter`; a series with
 * `line: true` is drawn as a line through its points in order (a reference such as y = x).
 *
 * @param spec the chart as a cell describes it
 * @returns the scatter output
 * @throws TypeError when x or y of a series is not an array of numbers
 */
export function scatterOutput(spec: ScatterSpec): ScatterOutput {
  return {
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
  };
}

/** What a cell passes to `show.ecdf`. */
export interface EcdfSpec {
  title?: string;
  series: { name: string; values: Numbers }[];
  xLabel?: string;
}

/**
 * Step empirical CDFs of the finite values, one per series (the picture behind the KS
 * statistic), thinned evenly beyond `pointBudget.ecdf` and always ending at the maximum, p = 1.
 *
 * @param spec the chart as a cell describes it
 * @returns the ECDF output
 * @throws TypeError when a series is not an array of numbers
 */
export function ecdfOutput(spec: EcdfSpec): EcdfOutput {
  return {
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
  };
}

/** What a cell passes to `show.timeline`. */
export interface TimelineSpec {
  title?: string;
  timeLabel?: string;
  lanes: TimelineOutput["lanes"];
}

/**
 * Lanes of events in time, e.g. feature rows against entity times in a point-in-time join.
 *
 * @param spec the chart as a cell describes it
 * @returns the timeline output (time axis named "time" unless the cell names it)
 */
export function timelineOutput(spec: TimelineSpec): TimelineOutput {
  return {
    kind: "timeline",
    title: spec.title ?? "",
    timeLabel: spec.timeLabel ?? "time",
    lanes: spec.lanes,
  };
}

/** What a cell passes to `show.dag`. */
export interface DagSpec {
  title?: string;
  nodes: { id: string; label?: string; kind?: string; changed?: boolean; detail?: string }[];
  edges: { from: string; to: string }[];
}

/**
 * A dependency graph; `changed` nodes are highlighted (a rebuild set). A node's label defaults
 * to its id and its kind to "artifact".
 *
 * @param spec the graph as a cell describes it
 * @returns the DAG output
 */
export function dagOutput(spec: DagSpec): DagOutput {
  return {
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
  };
}

/** What a cell passes to `show.table`. */
export interface TableSpec {
  title?: string;
  columns: string[];
  rows: (string | number | boolean | null | undefined)[][];
}

/**
 * A table of values: its first `pointBudget.tableRows` rows, an undefined cell as null.
 *
 * @param spec the table as a cell describes it
 * @returns the table output
 */
export function tableOutput(spec: TableSpec): TableOutput {
  return {
    kind: "table",
    title: spec.title ?? "",
    columns: spec.columns.map(String),
    rows: spec.rows
      .slice(0, pointBudget.tableRows)
      .map((row) => row.map((cell) => (cell === undefined ? null : cell))),
  };
}
