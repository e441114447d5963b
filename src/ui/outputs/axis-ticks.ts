// Axis ticks and tick labels worked out from the data alone, so a chart never has to measure its
// labels in the DOM to space or wrap them (a forced layout per label on every redraw).

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/**
 * The spacing of about `count` round ticks across [low, high], as d3-array's `tickIncrement`
 * gives it: a positive spacing of 1, 2 or 5 times a power of ten of at least one, or, for
 * spacings below one, minus its inverse (-10 for 0.1), so ticks are worked out with integers
 * and 0.1 + 0.2 style rounding never shows in a label.
 */
function tickIncrement(low: number, high: number, count: number): number {
  const step = (high - low) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  return power < 0 ? -(10 ** -power) / factor : 10 ** power * factor;
}

/** The value of tick `i` (an integer) for a signed increment from `tickIncrement`. */
const tickValue = (i: number, increment: number) =>
  increment < 0 ? i / -increment : i * increment;

/**
 * About `count` round values (multiples of 1, 2 or 5 times a power of ten) between `min` and
 * `max` inclusive, ascending: the algorithm of d3-array's `ticks`, which these values match.
 * Empty when a bound is not finite.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(count > 0)) return [];
  if (min === max) return [min];
  const [low, high] = min < max ? [min, max] : [max, min];
  const increment = tickIncrement(low, high, count);
  // Integers i with tickValue(i) inside [low, high].
  const scaled = (value: number) => (increment < 0 ? value * -increment : value / increment);
  let first = Math.round(scaled(low));
  let last = Math.round(scaled(high));
  if (tickValue(first, increment) < low) first += 1;
  if (tickValue(last, increment) > high) last -= 1;
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(tickValue(i, increment));
  return ticks;
}

/**
 * [min, max] widened outwards to round values, so the axis begins and ends on a tick: the
 * algorithm of d3-scale's `linear().nice(count)`, whose domains these match. A flat or
 * non-finite range is returned as it is.
 */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) return [min, max];
  let low = min;
  let high = max;
  let previous = Number.NaN;
  // Rounding the bounds can change the spacing; d3 repeats until it settles (at most ten times).
  for (let round = 0; round < 10; round += 1) {
    const increment = tickIncrement(low, high, count);
    if (increment === previous) break;
    if (increment > 0) {
      low = Math.floor(low / increment) * increment;
      high = Math.ceil(high / increment) * increment;
    } else {
      low = Math.ceil(low * increment) / increment;
      high = Math.floor(high * increment) / increment;
    }
    previous = increment;
  }
  return [low, high];
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
