import { lightSeriesColors } from "../../../kernel/charts/chart-colors";

/** How many series colours the theme defines (`--chart-series-1` … `--chart-series-6`). */
const seriesColorCount = lightSeriesColors.length;

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
