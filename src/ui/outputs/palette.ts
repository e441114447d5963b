/** How many series colours the theme defines (`--chart-series-1` … `--chart-series-6`). */
export const seriesColorCount = 6;

/**
 * Series `index`'s colour, as a CSS custom property the stylesheet sets per theme (each keeps
 * 3:1 contrast against the page): a chart printed in the HTML follows a switch of theme without
 * being drawn again.
 */
export function seriesColor(index: number): string {
  return `var(--chart-series-${(index % seriesColorCount) + 1})`;
}

/** The colour of axes, tick labels and reference lines, per theme (see `seriesColor`). */
export const axisColor = "var(--chart-axis)";

/** Short numbers for axes and tables; a missing number (NaN, a gap in a line) as a dash. */
export function formatValue(value: number | string | boolean | null): string {
  if (value === null) return "NULL";
  if (typeof value !== "number") return String(value);
  if (Number.isNaN(value)) return "—";
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}
