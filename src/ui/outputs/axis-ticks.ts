// Axis ticks and tick labels worked out from the data alone, so a chart never has to measure its
// labels in the DOM to space or wrap them (a forced layout per label on every redraw).

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/**
 * About `count` round values (multiples of 1, 2 or 5 times a power of ten) between `min` and
 * `max` inclusive, ascending: the algorithm of d3-array's `ticks`, which these values match.
 * Empty when a bound is not finite.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(count > 0)) return [];
  if (min === max) return [min];
  const [low, high] = min < max ? [min, max] : [max, min];
  const step = (high - low) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  // Integers i with i × increment inside [low, high]; negative powers divide by an integer
  // instead of multiplying by a fraction, so 0.1 + 0.2 style rounding never shows in a label.
  const inverse = power < 0 ? 10 ** -power / factor : 0;
  const increment = power < 0 ? 0 : 10 ** power * factor;
  const value = (i: number) => (power < 0 ? i / inverse : i * increment);
  let first = Math.round(power < 0 ? low * inverse : low / increment);
  let last = Math.round(power < 0 ? high * inverse : high / increment);
  if (value(first) < low) first += 1;
  if (value(last) > high) last -= 1;
  const ticks: number[] = [];
  for (let i = first; i <= last; i += 1) ticks.push(value(i));
  return ticks;
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
