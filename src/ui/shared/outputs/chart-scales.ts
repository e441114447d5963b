// Axes worked out from the data alone, with d3's own scales and tick algorithm, so a chart never
// measures anything in the DOM: the same numbers come out in the build (server rendering) and in
// the browser, and the chart's SVG is complete in the page's HTML.
import { ticks } from "d3-array";
import { scaleLinear } from "d3-scale";
import type { PixelScale } from "./series-paths";

/** About `count` round values (1, 2 or 5 times a power of ten) from `min` to `max` inclusive. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  return min <= max ? ticks(min, max, count) : ticks(max, min, count);
}

/** [min, max] widened outwards to round values, so the axis begins and ends on a tick. */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) return [min, max];
  const [low = min, high = max] = scaleLinear().domain([min, max]).nice(count).domain();
  return [low, high];
}

/** A linear value → pixel scale over `domain`, and its inverse (pixel → value). */
export function linearScale(
  domain: readonly number[],
  range: [number, number],
): { scale: PixelScale; invert: (pixel: number) => number } {
  const scale = scaleLinear()
    .domain([domain[0] ?? 0, domain[1] ?? 1])
    .range(range);
  return {
    scale: (value) => (Number.isFinite(value) ? scale(value) : Number.NaN),
    invert: (pixel) => (Number.isFinite(pixel) ? scale.invert(pixel) : Number.NaN),
  };
}

/** The smallest and largest finite values, or undefined when there are none. */
export function finiteExtent(values: Iterable<number>): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : undefined;
}

/**
 * A label broken between words into lines of at most `maxChars` characters (a longer word keeps
 * a line to itself), for category labels that must fit the width of their band.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
