// Each chart kind of `show` drawn as a standalone SVG document, from the same output data the
// app's chart views draw, for notebook files and Jupyter (which show SVG without the app).
import { area, line } from "d3-shape";
import type {
  BarOutput,
  DagOutput,
  EcdfOutput,
  HistogramOutput,
  LineOutput,
  ScatterOutput,
  TimelineEvent,
  TimelineOutput,
} from "../output-types";
import { formatAxisNumber } from "../../lab/core/format-number";
import { barValueAxis, baseline, dataAxis, lineAxes, shareAxis } from "../charts/chart-axes";
import {
  dagNodeTitle,
  timelineEventTitle,
  timelineLegendShown,
  truncateLabel,
} from "../charts/chart-labels";
import { dagLayers } from "../charts/dag-layers";
import {
  axisColor,
  coordinate,
  escapeXml,
  legend,
  numericAxis,
  plot,
  plotScale,
  seriesColor,
  seriesLegend,
  svgDocument,
} from "./svg-document";

const finite = (value: number | undefined): value is number =>
  value !== undefined && Number.isFinite(value);

/** A line chart: series, optional bands, reference lines and markers; `area` fills under lines. */
export function lineSvg(output: LineOutput): string {
  const axes = lineAxes(output);
  const x = plotScale(axes.x, "x");
  const y = plotScale(axes.y, "y");
  const parts = [
    numericAxis(axes.x, x, "x", output.xLabel),
    numericAxis(axes.y, y, "y", output.yLabel),
  ];
  const base = y(baseline(axes.y.domain));
  const indices = Array.from(output.x, (_, index) => index);
  output.series.forEach((series, position) => {
    const color = seriesColor(position);
    const defined = (index: number) => finite(output.x[index]) && finite(series.y[index]);
    if (series.lower && series.upper) {
      const { lower, upper } = series;
      const band = area<number>()
        .defined((index) => finite(lower[index]) && finite(upper[index]))
        .x((index) => x(output.x[index] ?? 0))
        .y0((index) => y(lower[index] ?? 0))
        .y1((index) => y(upper[index] ?? 0))(indices);
      if (band) parts.push(`<path d="${band}" fill="${color}" fill-opacity="0.15"/>`);
    }
    if (output.area) {
      const filled = area<number>()
        .defined(defined)
        .x((index) => x(output.x[index] ?? 0))
        .y0(base)
        .y1((index) => y(series.y[index] ?? 0))(indices);
      if (filled) parts.push(`<path d="${filled}" fill="${color}" fill-opacity="0.25"/>`);
    }
    const path = line<number>()
      .defined(defined)
      .x((index) => x(output.x[index] ?? 0))
      .y((index) => y(series.y[index] ?? 0))(indices);
    if (path) parts.push(`<path d="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
  });
  for (const reference of output.references) {
    if (!Number.isFinite(reference.y)) continue;
    const at = coordinate(y(reference.y));
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${at}" y2="${at}" stroke="${axisColor}" stroke-dasharray="5 4"/>` +
        `<text x="${plot.right - 4}" y="${at}" dy="-4" text-anchor="end">${escapeXml(reference.label)}</text>`,
    );
  }
  for (const marker of output.markers) {
    if (!Number.isFinite(marker.x)) continue;
    const at = coordinate(x(marker.x));
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${plot.top}" y2="${plot.bottom}" stroke="${axisColor}" stroke-dasharray="2 3"/>` +
        `<text x="${at}" y="${plot.top - 4}" text-anchor="middle">${escapeXml(marker.label)}</text>`,
    );
  }
  parts.push(seriesLegend(output.series));
  return svgDocument(output.title, output.title || "Line chart", parts.join(""));
}

/** Overlaid histograms on shared bins, as shares of each series. */
export function histogramSvg(output: HistogramOutput): string {
  const xAxis = dataAxis(output.edges);
  const yAxis = barValueAxis(output.series.map((series) => ({ values: series.shares })));
  const x = plotScale(xAxis, "x");
  const y = plotScale(yAxis, "y");
  const base = y(baseline(yAxis.domain));
  const parts = [numericAxis(xAxis, x, "x", output.xLabel), numericAxis(yAxis, y, "y", "share")];
  output.series.forEach((series, position) => {
    const color = seriesColor(position);
    series.shares.forEach((share, bin) => {
      const left = x(output.edges[bin] ?? 0);
      const right = x(output.edges[bin + 1] ?? 0);
      parts.push(
        `<rect x="${coordinate(left)}" y="${coordinate(y(share))}" width="${coordinate(Math.max(0, right - left))}" height="${coordinate(Math.max(0, base - y(share)))}" fill="${color}" fill-opacity="0.45" stroke="${color}" stroke-width="0.5"/>`,
      );
    });
  });
  parts.push(seriesLegend(output.series));
  return svgDocument(output.title, output.title || "Histogram", parts.join(""));
}

/** Grouped bars over named categories. */
export function barSvg(output: BarOutput): string {
  const yAxis = barValueAxis(output.series);
  const y = plotScale(yAxis, "y");
  const base = y(baseline(yAxis.domain));
  const parts = [numericAxis(yAxis, y, "y", output.yLabel)];
  const slot = (plot.right - plot.left) / Math.max(1, output.categories.length);
  const barWidth = (slot * 0.8) / Math.max(1, output.series.length);
  output.categories.forEach((category, index) => {
    const start = plot.left + index * slot + slot * 0.1;
    output.series.forEach((series, position) => {
      const value = series.values[index] ?? Number.NaN;
      if (!Number.isFinite(value)) return;
      const top = Math.min(y(value), base);
      parts.push(
        `<rect x="${coordinate(start + position * barWidth)}" y="${coordinate(top)}" width="${coordinate(barWidth * 0.92)}" height="${coordinate(Math.abs(y(value) - base))}" fill="${seriesColor(position)}"><title>${escapeXml(`${category}, ${series.name}: ${formatAxisNumber(value)}`)}</title></rect>`,
      );
    });
    // Long category names are cut so neighbours stay apart; the full name is in the tooltip.
    const label = truncateLabel(category, Math.max(3, Math.floor(slot / 6.2)));
    parts.push(
      `<text x="${coordinate(start + slot * 0.4)}" y="${plot.bottom + 16}" text-anchor="middle">${escapeXml(label)}<title>${escapeXml(category)}</title></text>`,
    );
  });
  parts.push(
    `<line x1="${plot.left}" x2="${plot.right}" y1="${coordinate(base)}" y2="${coordinate(base)}" stroke="${axisColor}"/>`,
  );
  parts.push(seriesLegend(output.series));
  return svgDocument(output.title, output.title || "Bar chart", parts.join(""));
}

/** A scatter plot, one colour per series. */
export function scatterSvg(output: ScatterOutput): string {
  const xAxis = dataAxis(...output.series.map((series) => series.x));
  const yAxis = dataAxis(...output.series.map((series) => series.y));
  const x = plotScale(xAxis, "x");
  const y = plotScale(yAxis, "y");
  const parts = [
    numericAxis(xAxis, x, "x", output.xLabel),
    numericAxis(yAxis, y, "y", output.yLabel),
  ];
  // A `line` series (a reference such as y = x) is a line through its points, under the dots.
  output.series.forEach((series, position) => {
    if (!series.line) return;
    const path = line<number>()
      .defined((index) => finite(series.x[index]) && finite(series.y[index]))
      .x((index) => x(series.x[index] ?? 0))
      .y((index) => y(series.y[index] ?? 0))(Array.from(series.x, (_, index) => index));
    if (path)
      parts.push(
        `<path d="${path}" fill="none" stroke="${seriesColor(position)}" stroke-width="2"/>`,
      );
  });
  output.series.forEach((series, position) => {
    if (series.line) return;
    const dots: string[] = [];
    series.x.forEach((value, index) => {
      const other = series.y[index];
      if (!Number.isFinite(value) || !finite(other)) return;
      dots.push(`<circle cx="${coordinate(x(value))}" cy="${coordinate(y(other))}" r="2.5"/>`);
    });
    parts.push(`<g fill="${seriesColor(position)}" fill-opacity="0.7">${dots.join("")}</g>`);
  });
  parts.push(seriesLegend(output.series));
  return svgDocument(output.title, output.title || "Scatter plot", parts.join(""));
}

/** Step empirical CDFs, one per series. */
export function ecdfSvg(output: EcdfOutput): string {
  const xAxis = dataAxis(...output.series.map((series) => series.x));
  const x = plotScale(xAxis, "x");
  const y = plotScale(shareAxis, "y");
  const parts = [
    numericAxis(xAxis, x, "x", output.xLabel),
    numericAxis(shareAxis, y, "y", "cumulative share"),
  ];
  output.series.forEach((series, position) => {
    let path = "";
    let previous = 0;
    series.x.forEach((value, index) => {
      const p = series.p[index] ?? previous;
      const at = coordinate(x(value));
      path += `${path ? "L" : "M"}${at},${coordinate(y(previous))}L${at},${coordinate(y(p))}`;
      previous = p;
    });
    if (path)
      parts.push(
        `<path d="${path}" fill="none" stroke="${seriesColor(position)}" stroke-width="2"/>`,
      );
  });
  parts.push(seriesLegend(output.series));
  return svgDocument(output.title, output.title || "Empirical CDF", parts.join(""));
}

/** How each kind of timeline event is drawn (its name in the legend is `timelineLegend`'s). */
const eventColors: Record<TimelineEvent["status"], string> = {
  winner: "#1d7048",
  candidate: "#1f5f9e",
  excluded: "#8a96a3",
  entity: "#1b2733",
  leak: "#b91c1c",
};

/** Lanes of events in time; an entity time is a vertical bar, feature rows are dots. */
export function timelineSvg(output: TimelineOutput): string {
  const times = output.lanes.flatMap((lane) => [
    ...lane.events.map((event) => event.time),
    ...(lane.window ? [lane.window.start, lane.window.end] : []),
  ]);
  const xAxis = dataAxis(times);
  const x = plotScale(xAxis, "x");
  const parts = [numericAxis(xAxis, x, "x", output.timeLabel)];
  const laneHeight = (plot.bottom - plot.top) / Math.max(1, output.lanes.length);
  output.lanes.forEach((lane, index) => {
    const middle = plot.top + laneHeight * (index + 0.5);
    parts.push(
      `<text x="${plot.left}" y="${coordinate(plot.top + laneHeight * index + 12)}" font-weight="600">${escapeXml(lane.label)}</text>`,
      `<line x1="${plot.left}" x2="${plot.right}" y1="${coordinate(middle)}" y2="${coordinate(middle)}" stroke="${axisColor}" stroke-opacity="0.4"/>`,
    );
    if (lane.window) {
      const left = x(lane.window.start);
      parts.push(
        `<rect x="${coordinate(left)}" y="${coordinate(middle - 10)}" width="${coordinate(Math.max(1, x(lane.window.end) - left))}" height="20" fill="#1f5f9e" fill-opacity="0.1" stroke="#1f5f9e" stroke-dasharray="3 2"><title>${escapeXml(lane.window.label)}</title></rect>`,
      );
    }
    lane.events.forEach((event, position) => {
      const color = eventColors[event.status];
      const at = coordinate(x(event.time));
      const tip = `<title>${escapeXml(timelineEventTitle(event))}</title>`;
      parts.push(
        event.status === "entity"
          ? `<rect x="${coordinate(x(event.time) - 1.5)}" y="${coordinate(middle - 12)}" width="3" height="24" fill="${color}">${tip}</rect>`
          : `<circle cx="${at}" cy="${coordinate(middle)}" r="5" fill="${color}">${tip}</circle>`,
        // Labels alternate above and below the lane so neighbours do not overlap.
        `<text x="${at}" y="${coordinate(middle + (position % 2 === 0 ? 20 : -10))}" text-anchor="middle" font-size="10">${escapeXml(event.label)}</text>`,
      );
    });
  });
  parts.push(
    legend(
      timelineLegendShown(output.lanes).map(([status, name]) => ({
        color: eventColors[status],
        name,
      })),
    ),
  );
  return svgDocument(output.title, output.title || "Timeline", parts.join(""));
}

/** A dependency graph in layers from left to right; changed nodes are filled. */
export function dagSvg(output: DagOutput): string {
  const depth = dagLayers(output);
  const columns = Math.max(1, ...output.nodes.map((node) => (depth.get(node.id) ?? 0) + 1));
  const byColumn: DagOutput["nodes"][] = Array.from({ length: columns }, () => []);
  for (const node of output.nodes) byColumn[depth.get(node.id) ?? 0]?.push(node);
  const columnWidth = (plot.right - plot.left + 48) / columns;
  const boxWidth = Math.min(120, columnWidth - 14);
  const place = new Map<string, { x: number; y: number }>();
  byColumn.forEach((nodes, column) => {
    const rowHeight = (plot.bottom - plot.top + 40) / Math.max(1, nodes.length);
    nodes.forEach((node, row) =>
      place.set(node.id, {
        x: plot.left - 40 + column * columnWidth + columnWidth / 2,
        y: plot.top + rowHeight * (row + 0.5),
      }),
    );
  });
  const parts: string[] = [];
  for (const edge of output.edges) {
    const from = place.get(edge.from);
    const to = place.get(edge.to);
    if (!from || !to) continue;
    parts.push(
      `<line x1="${coordinate(from.x + boxWidth / 2)}" y1="${coordinate(from.y)}" x2="${coordinate(to.x - boxWidth / 2)}" y2="${coordinate(to.y)}" stroke="${axisColor}" stroke-opacity="0.7" marker-end="url(#arrow)"/>`,
    );
  }
  for (const node of output.nodes) {
    const at = place.get(node.id);
    if (!at) continue;
    const label = truncateLabel(node.label, Math.max(4, Math.floor(boxWidth / 6)));
    parts.push(
      `<g><title>${escapeXml(dagNodeTitle(node))}</title>` +
        `<rect x="${coordinate(at.x - boxWidth / 2)}" y="${coordinate(at.y - 13)}" width="${coordinate(boxWidth)}" height="26" rx="5" fill="${node.changed ? "#fde4d3" : "#ffffff"}" stroke="${node.changed ? "#c2410c" : axisColor}" stroke-width="${node.changed ? 2 : 1}"/>` +
        `<text x="${coordinate(at.x)}" y="${coordinate(at.y)}" dy="0.35em" text-anchor="middle">${escapeXml(label)}</text></g>`,
    );
  }
  const defs = `<defs><marker id="arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0L8,4L0,8z" fill="${axisColor}"/></marker></defs>`;
  const key = output.nodes.some((node) => node.changed)
    ? legend([{ name: "changed (rebuilt)", color: "#c2410c" }])
    : "";
  return svgDocument(output.title, output.title || "Dependency graph", defs + parts.join("") + key);
}
