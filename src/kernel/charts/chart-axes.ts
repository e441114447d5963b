// The numeric axes of each chart kind, from its output alone: the app's chart views and the
// notebook files' SVG charts draw the same domains with the same ticks.
import type { LineOutput } from "../output-types";
import { finiteExtent, niceDomain, niceTicks } from "./chart-scales";

/** A numeric axis: the values it spans, as [low, high], and where its ticks go. */
export interface Axis {
  domain: [number, number];
  ticks: number[];
}

/** A range widened around a single value, so a flat series still gets an axis. */
function spread([low, high]: [number, number]): [number, number] {
  if (low < high) return [low, high];
  const half = low === 0 ? 1 : Math.abs(low) / 2;
  return [low - half, low + half];
}

/** An axis over `domain` as it is, with round ticks inside it. */
function axisOn(domain: [number, number]): Axis {
  return { domain, ticks: niceTicks(domain[0], domain[1]) };
}

/**
 * An axis over the finite values of one or more lists, on round bounds (a flat one is widened by
 * one each way).
 */
export function dataAxis(...lists: Iterable<number>[]): Axis {
  const [low, high] = finiteExtent(...lists) ?? [0, 1];
  return axisOn(low < high ? niceDomain(low, high) : [low - 1, high + 1]);
}

/** A value axis for bars: over every finite value and zero, on round bounds. */
export function barValueAxis(series: readonly { values: Iterable<number> }[]): Axis {
  const [low, high] = finiteExtent([0], ...series.map((entry) => entry.values)) ?? [0, 0];
  return axisOn(niceDomain(low, high > low ? high : low + 1));
}

/** The axis of a cumulative share (an empirical CDF): 0 to 1 in quarters. */
export const shareAxis: Axis = { domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1] };

/**
 * A line chart's axes. x spans the data and the markers, as they are (a line runs the plot's
 * width); y spans every series, band and reference line on round bounds, from zero when all
 * values are positive (and an area is filled from zero).
 */
export function lineAxes(output: LineOutput): { x: Axis; y: Axis } {
  const xExtent = finiteExtent(
    output.x,
    output.markers.map((marker) => marker.x),
  );
  const yExtent = finiteExtent(
    ...output.series.flatMap((series) => [series.y, series.lower ?? [], series.upper ?? []]),
    output.references.map((reference) => reference.y),
  );
  const y = yExtent ? spread([Math.min(yExtent[0], 0), yExtent[1]]) : ([0, 1] as [number, number]);
  return { x: axisOn(spread(xExtent ?? [0, 1])), y: axisOn(niceDomain(...y)) };
}

/**
 * Where areas and bars are filled from on a value axis over `domain`: zero when the axis spans
 * it, else the end nearer zero.
 */
export function baseline([low = 0, high = 0]: readonly number[]): number {
  return Math.min(Math.max(0, low), high);
}
