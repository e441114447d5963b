// Scales, extents and ticks worked out from the data alone, with d3's own scales and tick
// algorithm, for both ways a chart is drawn: the app's React SVG and the standalone SVG of a
// notebook file. Nothing is measured in a DOM, so the same numbers come out in the build, in the
// browser, in Node and in Jupyter.
import { ticks } from "d3-array";
import { scaleLinear } from "d3-scale";

/** Maps a data value to a pixel position along one axis. */
export type PixelScale = (value: number) => number;

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

/** The smallest and largest finite values of one or more lists, or undefined when there are none. */
export function finiteExtent(...lists: Iterable<number>[]): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const values of lists)
    for (const value of values) {
      if (!Number.isFinite(value)) continue;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  return min <= max ? [min, max] : undefined;
}
