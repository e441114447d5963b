// SVG path data for a chart's series, worked out from the data and the axes' scales alone: a
// line chart draws its series in one pass over the points, with no per-point objects.

import type { PixelScale } from "../../../kernel/charts/chart-scales";

/**
 * A pixel position rounded to a tenth of a pixel: short markup (no 14-digit coordinates in the
 * page's HTML), no visible rounding at any width a chart is shown at.
 */
export function toTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A pixel position to a tenth of a pixel, as text for path data. */
const pixel = (value: number) => String(toTenth(value));

/** Whether point `index` can be drawn: finite data that the scales place at finite pixels. */
function drawable(x: ArrayLike<number>, y: ArrayLike<number>, index: number): boolean {
  return Number.isFinite(x[index]) && Number.isFinite(y[index]);
}

/**
 * The runs of consecutive drawable points, as [first, last] index pairs: a series is drawn as
 * one piece per run, so a missing value leaves a gap instead of a line across it.
 */
export function finiteRuns(x: ArrayLike<number>, ...ys: ArrayLike<number>[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let index = 0; index <= x.length; index += 1) {
    const ok = index < x.length && ys.every((y) => drawable(x, y, index));
    if (ok && start < 0) start = index;
    if (!ok && start >= 0) {
      runs.push([start, index - 1]);
      start = -1;
    }
  }
  return runs;
}

/**
 * Path data of a line through the points (x[i], y[i]): straight segments, a new subpath after
 * each gap (a missing or non-finite value), as a chart line that does not connect nulls. A lone
 * point between gaps is a subpath of one point, which a round line cap shows as a dot.
 */
export function linePath(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  scaleX: PixelScale,
  scaleY: PixelScale,
): string {
  let path = "";
  for (const [first, last] of finiteRuns(x, y)) {
    for (let index = first; index <= last; index += 1)
      path += `${index === first ? "M" : "L"}${pixel(scaleX(x[index] as number))},${pixel(scaleY(y[index] as number))}`;
    if (first === last) path += "Z";
  }
  return path;
}

/**
 * Path data of the region between two curves over the same x: along `upper` forwards, back along
 * `lower`, closed; one closed piece per run of points where both are finite. With a constant
 * `lower` (a baseline) this is the area under a line.
 */
export function bandPath(
  x: ArrayLike<number>,
  lower: ArrayLike<number>,
  upper: ArrayLike<number>,
  scaleX: PixelScale,
  scaleY: PixelScale,
): string {
  let path = "";
  for (const [first, last] of finiteRuns(x, lower, upper)) {
    for (let index = first; index <= last; index += 1)
      path += `${index === first ? "M" : "L"}${pixel(scaleX(x[index] as number))},${pixel(scaleY(upper[index] as number))}`;
    for (let index = last; index >= first; index -= 1)
      path += `L${pixel(scaleX(x[index] as number))},${pixel(scaleY(lower[index] as number))}`;
    path += "Z";
  }
  return path;
}

/**
 * The index of the finite x closest to `value` (the first of equally close ones), or -1 when no
 * x is finite: the point a pointer over the chart reads.
 */
export function nearestIndex(x: ArrayLike<number>, value: number): number {
  let best = -1;
  let distance = Infinity;
  for (let index = 0; index < x.length; index += 1) {
    const gap = Math.abs((x[index] as number) - value);
    if (gap < distance) {
      best = index;
      distance = gap;
    }
  }
  return best;
}

/**
 * Path data of a step function that holds each value until the next point (a step-after curve,
 * as an empirical CDF is drawn): from `from` at `base` to the first point, up to its value, then
 * across and up at each point, and on to `to` at the last value. Points must be in order of x;
 * points with a non-finite coordinate are skipped.
 */
export function stepPath(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  scaleX: PixelScale,
  scaleY: PixelScale,
  [from, to]: [number, number],
  base = 0,
): string {
  let path = `M${pixel(scaleX(from))},${pixel(scaleY(base))}`;
  for (let index = 0; index < x.length; index += 1) {
    if (!drawable(x, y, index)) continue;
    path += `H${pixel(scaleX(x[index] as number))}V${pixel(scaleY(y[index] as number))}`;
  }
  return `${path}H${pixel(scaleX(to))}`;
}

/**
 * The value a step-after function holds at `value`: y of the last point with x ≤ value, or `base`
 * before the first (for an empirical CDF: the share of the sample at or below `value`). Points
 * must be in ascending order of x.
 */
export function stepValueAt(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  value: number,
  base = 0,
): number {
  let low = 0;
  let high = x.length; // the first index with x > value lies in [low, high]
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((x[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? base : (y[low - 1] as number);
}
