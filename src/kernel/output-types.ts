/**
 * What a notebook cell produces: plain data that crosses the worker boundary by structured clone
 * (numbers in Float64Arrays are transferred, not copied). The UI decides how to draw each kind.
 */

export interface Series {
  name: string;
  y: Float64Array;
  /** Optional confidence band around `y`. */
  lower?: Float64Array;
  upper?: Float64Array;
}

export interface LineOutput {
  kind: "line";
  title: string;
  xLabel: string;
  yLabel: string;
  x: Float64Array;
  series: Series[];
  /** Horizontal reference lines, e.g. a threshold or control limit. */
  references: { y: number; label: string }[];
  /** Vertical markers, e.g. the change point or an alarm. */
  markers: { x: number; label: string }[];
  area: boolean;
}

/** Histograms are binned in the worker: only edges and counts reach the page. */
export interface HistogramOutput {
  kind: "histogram";
  title: string;
  xLabel: string;
  edges: Float64Array;
  series: { name: string; shares: Float64Array }[];
}

export interface BarOutput {
  kind: "bar";
  title: string;
  yLabel: string;
  categories: string[];
  series: { name: string; values: Float64Array }[];
}

export interface ScatterOutput {
  kind: "scatter";
  title: string;
  xLabel: string;
  yLabel: string;
  /**
   * Each series' points; a `line` series is drawn as a line through its points in order, without
   * dots (a reference such as the diagonal y = x, which two dots would not show).
   */
  series: { name: string; x: Float64Array; y: Float64Array; line?: boolean }[];
}

/** Step empirical CDFs, reduced to at most a few hundred steps per series in the worker. */
export interface EcdfOutput {
  kind: "ecdf";
  title: string;
  xLabel: string;
  series: { name: string; x: Float64Array; p: Float64Array }[];
}

export interface TimelineEvent {
  time: number;
  label: string;
  /** How the event is drawn: a feature row that won, was excluded, or an entity (query) time. */
  status: "winner" | "candidate" | "excluded" | "entity" | "leak";
  note?: string;
}

export interface TimelineOutput {
  kind: "timeline";
  title: string;
  timeLabel: string;
  lanes: {
    label: string;
    events: TimelineEvent[];
    window?: { start: number; end: number; label: string };
  }[];
}

export interface DagOutput {
  kind: "dag";
  title: string;
  nodes: { id: string; label: string; kind: string; changed: boolean; detail?: string }[];
  edges: { from: string; to: string }[];
}

export interface TableOutput {
  kind: "table";
  title: string;
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export interface MetricCard {
  label: string;
  value: number | string;
  unit?: string;
  /** A threshold the value is judged against, with the judgement already made by the cell. */
  threshold?: string;
  pass?: boolean;
  digits?: number;
}

export interface MetricsOutput {
  kind: "metrics";
  title: string;
  cards: MetricCard[];
}

/** Markdown with `$…$` math, rendered by the page. */
export interface TextOutput {
  kind: "text";
  markdown: string;
}

export type CellOutput =
  | LineOutput
  | HistogramOutput
  | BarOutput
  | ScatterOutput
  | EcdfOutput
  | TimelineOutput
  | DagOutput
  | TableOutput
  | MetricsOutput
  | TextOutput;
