import { formatValue } from "../../../kernel/charts/chart-labels";
import { baseline, lineAxes } from "../../../kernel/charts/chart-axes";
import type { LineOutput } from "../../../kernel/output-types";
import {
  ChartFrame,
  margin,
  narrowTextSize,
  plotArea,
  plotScales,
  type Plot,
  type PlotScales,
} from "./chart-parts";
import { axisColor, seriesColor } from "./palette";
import { CursorMarks, PlotReadout } from "./plot-readout";
import { bandPath, linePath, nearestIndex } from "./series-paths";
import { labelCharWidth, placeLabels } from "./timeline-layout";

/*
 * A line chart: the frame's grid and axes, and series drawn as paths from the axes' scales in one
 * pass over the points (no per-point objects), so a run changes a few path strings.
 */

/** The series, bands and areas, drawn from the axes' scales. */
function SeriesLayer({
  output,
  yDomain,
  scales: { x, y },
}: {
  output: LineOutput;
  yDomain: number[];
  scales: PlotScales;
}) {
  const base = output.area ? new Float64Array(output.x.length).fill(baseline(yDomain)) : undefined;
  return (
    <>
      <g className="chart-bands">
        {output.series.map((series, position) =>
          series.lower && series.upper ? (
            <path
              key={`b${position}`}
              d={bandPath(output.x, series.lower, series.upper, x, y)}
              fill={seriesColor(position)}
              fillOpacity={0.18}
              stroke="none"
            />
          ) : null,
        )}
        {base &&
          output.series.map((series, position) => (
            <path
              key={`a${position}`}
              d={bandPath(output.x, base, series.y, x, y)}
              fill={seriesColor(position)}
              fillOpacity={0.25}
              stroke="none"
            />
          ))}
      </g>
      <g className="chart-lines">
        {output.series.map((series, position) => (
          <path
            key={position}
            className="chart-line"
            d={linePath(output.x, series.y, x, y)}
            fill="none"
            stroke={seriesColor(position)}
            strokeWidth={2}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ))}
      </g>
    </>
  );
}

/** One series' value at a point, with its band when it has one. */
function readValue(output: LineOutput, position: number, index: number): string {
  const series = output.series[position];
  if (!series) return "";
  const value = formatValue(series.y[index] ?? Number.NaN);
  if (!series.lower || !series.upper) return value;
  return `${value} (${formatValue(series.lower[index] ?? Number.NaN)} – ${formatValue(series.upper[index] ?? Number.NaN)})`;
}

/** The values under the pointer: a cursor line and a dot on each series, and the readout. */
function Readout({ output, plot, scales }: { output: LineOutput; plot: Plot; scales: PlotScales }) {
  const { x, y, invertX } = scales;
  const xName = output.xLabel || "x";
  return (
    <PlotReadout
      plot={plot}
      source={{
        label: output.title || "Line chart",
        count: output.x.length,
        keyAt: (pixel) => {
          const value = invertX(pixel);
          return Number.isFinite(value) ? value : null;
        },
        indexOf: (value) => nearestIndex(output.x, value),
        keyOf: (index) => output.x[index] ?? Number.NaN,
        anchor: (index) => x(output.x[index] ?? Number.NaN),
        marks: (index, plot) => (
          <CursorMarks
            at={x(output.x[index] ?? Number.NaN)}
            plot={plot}
            values={output.series.map((series) => y(series.y[index] ?? Number.NaN))}
          />
        ),
        title: (index) => `${xName} = ${formatValue(output.x[index] ?? Number.NaN)}`,
        lines: (index) =>
          output.series.map((series, position) => ({
            name: series.name,
            value: readValue(output, position, index),
          })),
      }}
    />
  );
}

/** A reference line's label, with a halo of the card's colour where a series runs through it. */
function ReferenceLabel({
  x,
  y,
  dy,
  anchor,
  text,
}: {
  x: number;
  y: number;
  dy?: string;
  anchor: "start" | "end";
  text: string;
}) {
  return (
    <text
      x={x}
      y={y}
      dy={dy}
      textAnchor={anchor}
      fill={axisColor}
      fontSize={11}
      stroke="var(--bg-raised)"
      strokeWidth={3}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {text}
    </text>
  );
}

/** Lines between rows of marker labels, in em (so rows stay apart when narrow charts draw
    their text larger). */
const markerRowHeight = 1.25;
/** A marker label's character width at the size narrow charts draw their text. */
const narrowCharWidth = labelCharWidth * (narrowTextSize / 11);

/** A label's box, in chart units: [left, right, top, bottom]. */
type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box) => a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3];

/**
 * Where a reference line's label goes: at the line's right end above it; else, when that would
 * run into a marker's label, the first of right end below, left end above and left end below
 * that clears every marker label (boxes counted at a narrow chart's text size, as the markers'
 * rows are). A label with nowhere clear stays at the right end above.
 */
function referenceLabelPlace(
  label: string,
  at: number,
  plot: Plot,
  markerBoxes: Box[],
): { end: "left" | "right"; above: boolean } {
  const em = narrowTextSize;
  const width = label.length * narrowCharWidth;
  const right = plot.x + plot.width;
  const candidates = [
    { end: "right", above: true },
    { end: "right", above: false },
    { end: "left", above: true },
    { end: "left", above: false },
  ] as const;
  const box = ({ end, above }: (typeof candidates)[number]): Box => {
    const [from, to] =
      end === "right" ? [right - 5 - width, right - 5] : [plot.x + 5, plot.x + 5 + width];
    const [top, bottom] = above
      ? [at - 5 - 0.8 * em, at - 5 + 0.25 * em]
      : [at + 5, at + 5 + 1.05 * em];
    return [from, to, top, bottom];
  };
  // Within the chart: a line at the top of the plot takes its label below it, one at the bottom
  // above it (a label beyond the chart's edge would be cut off).
  const inside = candidates.filter((place) => {
    const [, , top, bottom] = box(place);
    return top >= 0 && bottom <= plot.y + plot.height;
  });
  const clear = inside.find((place) =>
    markerBoxes.every((marker) => !overlaps(box(place), marker)),
  );
  return clear ?? inside[0] ?? candidates[0];
}

/** Where each reference line and marker sits, and where its label goes. */
type ReferenceLayout = {
  references: { label: string; at: number; end: "left" | "right"; above: boolean }[];
  markers: { label: string; at: number; end: boolean; row: number }[];
};

/**
 * Lays out the horizontal reference lines (thresholds) and vertical markers (events) with their
 * labels. A marker's label starts just right of its line, or ends just left of it when it would
 * run past the chart's right edge; one that would run into another label drops a row. Widths are
 * counted at the size narrow charts draw text, so labels stay apart there too (the positions are
 * scaled to the smaller characters placeLabels counts in).
 */
function layoutReferences(output: LineOutput, plot: Plot, { x, y }: PlotScales): ReferenceLayout {
  const right = plot.x + plot.width;
  const ends = output.markers.map(
    (marker) => x(marker.x) + 5 + marker.label.length * narrowCharWidth > right + margin.right,
  );
  const toLabelUnits = labelCharWidth / narrowCharWidth;
  const rows = placeLabels(
    output.markers.map((marker, index) => {
      const half = (marker.label.length * narrowCharWidth) / 2;
      const at = x(marker.x);
      return (ends[index] ? at - 5 - half : at + 5 + half) * toLabelUnits;
    }),
    output.markers.map((marker) => marker.label),
    undefined,
    // Wider than a word space, so two labels in one row never read as one phrase.
    16 * toLabelUnits,
  ).map((place) => place.row);
  // The marker labels' boxes at a narrow chart's text size, as [left, right, top, bottom].
  const em = narrowTextSize;
  const markerBoxes = output.markers.map((marker, index): Box => {
    const at = x(marker.x);
    const width = marker.label.length * narrowCharWidth;
    const baselineY = plot.y + 5 + (1 + (rows[index] ?? 0) * markerRowHeight) * em;
    const [from, to] = ends[index] ? [at - 5 - width, at - 5] : [at + 5, at + 5 + width];
    return [from, to, baselineY - 0.8 * em, baselineY + 0.25 * em];
  });
  return {
    references: output.references.flatMap((reference) => {
      const at = y(reference.y);
      if (!Number.isFinite(at)) return [];
      return [
        {
          label: reference.label,
          at,
          ...referenceLabelPlace(reference.label, at, plot, markerBoxes),
        },
      ];
    }),
    markers: output.markers.flatMap((marker, index) => {
      const at = x(marker.x);
      if (!Number.isFinite(at)) return [];
      return [{ label: marker.label, at, end: ends[index] ?? false, row: rows[index] ?? 0 }];
    }),
  };
}

/** The reference and marker lines, drawn under the series. */
function ReferenceLines({ layout, plot }: { layout: ReferenceLayout; plot: Plot }) {
  return (
    <g className="chart-references">
      {layout.references.map((reference) => (
        <line
          key={`r${reference.label}`}
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={reference.at}
          y2={reference.at}
          stroke={axisColor}
          strokeDasharray="6 4"
        />
      ))}
      {layout.markers.map((marker) => (
        <line
          key={`m${marker.label}`}
          x1={marker.at}
          x2={marker.at}
          y1={plot.y}
          y2={plot.y + plot.height}
          stroke={seriesColor(1)}
        />
      ))}
    </g>
  );
}

/**
 * The reference and marker labels, drawn over the series: where a line runs through a label, the
 * label's halo of the card's colour keeps it readable.
 */
function ReferenceLabels({ layout, plot }: { layout: ReferenceLayout; plot: Plot }) {
  const right = plot.x + plot.width;
  return (
    <g className="chart-reference-labels">
      {layout.references.map((reference) => (
        <ReferenceLabel
          key={`r${reference.label}`}
          x={reference.end === "right" ? right - 5 : plot.x + 5}
          y={reference.above ? reference.at - 5 : reference.at + 5}
          dy={reference.above ? undefined : "0.8em"}
          anchor={reference.end === "right" ? "end" : "start"}
          text={reference.label}
        />
      ))}
      {layout.markers.map((marker) => (
        <ReferenceLabel
          key={`m${marker.label}`}
          x={marker.end ? marker.at - 5 : marker.at + 5}
          y={plot.y + 5}
          dy={`${1 + marker.row * markerRowHeight}em`}
          anchor={marker.end ? "end" : "start"}
          text={marker.label}
        />
      ))}
    </g>
  );
}

/** Lines with optional confidence bands, threshold lines and event markers. */
export function LineView({ output }: { output: LineOutput }) {
  const { x, y } = lineAxes(output);
  const plot = plotArea(undefined, y.ticks);
  const scales = plotScales(plot, x.domain, y.domain);
  const references = layoutReferences(output, plot, scales);
  return (
    <ChartFrame
      names={output.series.map((series) => series.name)}
      plot={plot}
      scales={scales}
      x={{ ...x, label: output.xLabel }}
      y={{ ...y, label: output.yLabel }}
    >
      <ReferenceLines layout={references} plot={plot} />
      <SeriesLayer output={output} yDomain={y.domain} scales={scales} />
      <ReferenceLabels layout={references} plot={plot} />
      <Readout output={output} plot={plot} scales={scales} />
    </ChartFrame>
  );
}
