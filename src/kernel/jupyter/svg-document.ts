// The frame shared by every chart drawn for a notebook file: a fixed-size SVG with its own
// colours (a notebook viewer shows the SVG as an image, without the page's CSS or theme), a
// title, axes with round ticks and a legend.
import { formatAxisNumber } from "../../lab/core/format-number";
import type { Axis } from "../charts/chart-axes";
import { lightAxisColor, lightSeriesColors } from "../charts/chart-colors";
import { linearScale, type PixelScale } from "../charts/chart-scales";

/** Drawing size in SVG units; the viewBox lets viewers scale it to their column. */
export const chartWidth = 640;
export const chartHeight = 360;

// The app's light theme: a notebook viewer shows the SVG on white whatever its own theme.
const inkColor = "#1b2733";
export const axisColor = lightAxisColor;
const gridColor = "#e3e8ee";

/** The colour of series `index`. */
export const seriesColor = (index: number): string =>
  lightSeriesColors[index % lightSeriesColors.length] ?? axisColor;

/** Escapes text for SVG and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** A number as SVG coordinates want it: two decimals at most, no exponent. */
export const coordinate = (value: number): string => String(Math.round(value * 100) / 100);

/** The plotting area inside the frame, leaving room for the title, tick labels and legend. */
export const plot = { left: 64, right: chartWidth - 16, top: 44, bottom: chartHeight - 76 };

/** The pixel scale of `axis` along the plot's x or y range (y grows upwards). */
export function plotScale(axis: Axis, direction: "x" | "y"): PixelScale {
  return linearScale(
    axis.domain,
    direction === "x" ? [plot.left, plot.right] : [plot.bottom, plot.top],
  ).scale;
}

/** Grid lines, ticks and labels of a numeric axis, and the axis title. */
export function numericAxis(
  { ticks }: Axis,
  scale: PixelScale,
  axis: "x" | "y",
  title: string,
): string {
  const parts: string[] = [];
  for (const tick of ticks) {
    const at = coordinate(scale(tick));
    const label = escapeXml(formatAxisNumber(tick));
    parts.push(
      axis === "x"
        ? `<line x1="${at}" x2="${at}" y1="${plot.top}" y2="${plot.bottom}" stroke="${gridColor}"/>` +
            `<text x="${at}" y="${plot.bottom + 16}" text-anchor="middle">${label}</text>`
        : `<line x1="${plot.left}" x2="${plot.right}" y1="${at}" y2="${at}" stroke="${gridColor}"/>` +
            `<text x="${plot.left - 6}" y="${at}" dy="0.32em" text-anchor="end">${label}</text>`,
    );
  }
  parts.push(
    axis === "x"
      ? `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${axisColor}"/>`
      : `<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="${axisColor}"/>`,
  );
  if (title)
    parts.push(
      axis === "x"
        ? `<text x="${(plot.left + plot.right) / 2}" y="${plot.bottom + 34}" text-anchor="middle">${escapeXml(title)}</text>`
        : `<text transform="translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(title)}</text>`,
    );
  return parts.join("");
}

/** Legend rows under the plot: a swatch and a name per entry, wrapped to the frame's width. */
export function legend(entries: { name: string; color: string; dashed?: boolean }[]): string {
  if (entries.length === 0) return "";
  const placed: { entry: (typeof entries)[number]; x: number; row: number }[] = [];
  let x = plot.left;
  let row = 0;
  for (const entry of entries) {
    const width = 28 + entry.name.length * 6.6;
    if (x + width > plot.right && x > plot.left) {
      x = plot.left;
      row += 1;
    }
    placed.push({ entry, x, row });
    x += width;
  }
  // The last row sits at the bottom edge; earlier rows stack above it, below the axis title.
  const top = chartHeight - 12 - 16 * row;
  return placed
    .map(({ entry, x: left, row: line }) => {
      const y = top + 16 * line;
      return (
        `<line x1="${coordinate(left)}" x2="${coordinate(left + 16)}" y1="${y - 4}" y2="${y - 4}" stroke="${entry.color}" stroke-width="3"${entry.dashed ? ' stroke-dasharray="4 3"' : ""}/>` +
        `<text x="${coordinate(left + 21)}" y="${y}">${escapeXml(entry.name)}</text>`
      );
    })
    .join("");
}

/** The legend of a chart whose series take the palette's colours in order. */
export function seriesLegend(series: readonly { name: string }[]): string {
  return legend(
    series.map((entry, position) => ({ name: entry.name, color: seriesColor(position) })),
  );
}

/**
 * The whole SVG document: a white background (dark viewers would otherwise show dark ink on
 * dark), the title, and the body. `label` names the chart for screen readers.
 */
export function svgDocument(title: string, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chartWidth} ${chartHeight}" width="${chartWidth}" height="${chartHeight}" role="img" aria-label="${escapeXml(label)}" font-family="system-ui, sans-serif" font-size="11" fill="${inkColor}">` +
    `<title>${escapeXml(label)}</title>` +
    `<rect width="${chartWidth}" height="${chartHeight}" fill="#ffffff"/>` +
    (title
      ? // A title longer than the frame is squeezed to fit rather than cut off.
        `<text x="${plot.left}" y="24" font-size="14" font-weight="600"${title.length * 7.6 > plot.right - plot.left ? ` textLength="${plot.right - plot.left}" lengthAdjust="spacingAndGlyphs"` : ""}>${escapeXml(title)}</text>`
      : "") +
    body +
    `</svg>`
  );
}
