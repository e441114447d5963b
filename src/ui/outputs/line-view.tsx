import { createContext, memo, useContext, useMemo } from "react";
import { ComposedChart, DefaultZIndexes, ReferenceLine, ZIndexLayer } from "recharts";
import type { LineOutput } from "../../kernel/output-types";
import { finiteExtent, niceDomain, niceTicks } from "./axis-ticks";
import {
  ChartFrame,
  FrameXAxis,
  FrameYAxis,
  grid,
  margin,
  referenceLabel,
  usePlotScales,
  useStable,
} from "./chart-parts";
import { axisColor, formatValue, seriesColor, useThemeName } from "./palette";
import { CursorMarks, PlotReadout } from "./plot-readout";
import { bandPath, baseline, linePath, nearestIndex } from "./series-paths";
import { labelCharWidth, placeLabels } from "./timeline-layout";

/*
 * A line chart is a Recharts chart (container, grid, axes, reference lines, scales) whose series
 * are drawn by the layers below from the axes' scales, in one pass over the points. Recharts'
 * own Line and Area keep every point as an object in the chart's store and recompute their
 * selectors on each new run (about 20 ms of main-thread work per run of the staleness cell's
 * 578-point chart, in headless Chromium); here a run changes a few path strings, and an axis only
 * when its domain or ticks do.
 */

/** A range widened around a single value, so a flat series still gets an axis. */
function spread([low, high]: [number, number]): [number, number] {
  if (low < high) return [low, high];
  const half = low === 0 ? 1 : Math.abs(low) / 2;
  return [low - half, low + half];
}

/** The x range: the data and the markers. */
function xExtent(output: LineOutput): [number, number] {
  const extent = finiteExtent([...output.x, ...output.markers.map((marker) => marker.x)]);
  return spread(extent ?? [0, 1]);
}

/**
 * The y range: every series, band and reference line, from zero when all values are positive
 * (as Recharts' value axes start, and as an area is filled).
 */
function yExtent(output: LineOutput): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  const take = (values: Iterable<number>) => {
    const extent = finiteExtent(values);
    if (!extent) return;
    low = Math.min(low, extent[0]);
    high = Math.max(high, extent[1]);
  };
  for (const series of output.series) {
    take(series.y);
    if (series.lower) take(series.lower);
    if (series.upper) take(series.upper);
  }
  take(output.references.map((reference) => reference.y));
  if (low > high) return [0, 1];
  return spread([Math.min(low, 0), high]);
}

/**
 * The chart's data, for the layers that draw it: a new run re-renders these layers alone, while
 * the Recharts chart around them (container, grid, axes) stays as it was unless an axis changes.
 */
const LineData = createContext<{
  output: LineOutput;
  yDomain: number[];
  /** The page's theme: colours are chosen in code, so parts redraw when it changes. */
  theme: string;
} | null>(null);

/** The series, bands and areas, drawn from the axes' scales. */
function SeriesLayer() {
  const data = useContext(LineData);
  const scales = usePlotScales();
  if (!data || !scales) return null;
  const { output, yDomain } = data;
  const { x, y } = scales;
  const base = output.area ? new Float64Array(output.x.length).fill(baseline(yDomain)) : undefined;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.area}>
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
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.line}>
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
      </ZIndexLayer>
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
function Readout() {
  const output = useContext(LineData)?.output;
  const scales = usePlotScales();
  if (!output || !scales) return null;
  const { x, y, invertX } = scales;
  const xName = output.xLabel || "x";
  return (
    <PlotReadout
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

/** One reference line, re-registered in the chart's store only when it changes. */
const Reference = memo(function Reference({
  at,
  vertical,
  label,
  colour,
  row = 0,
}: {
  at: number;
  vertical: boolean;
  label: string;
  colour: string;
  /** A marker's label row from the top (labels of nearby markers stack instead of overlapping). */
  row?: number;
}) {
  return vertical ? (
    <ReferenceLine
      x={at}
      stroke={colour}
      label={referenceLabel(label, "insideTopLeft", row * markerRowHeight)}
    />
  ) : (
    <ReferenceLine
      y={at}
      stroke={colour}
      strokeDasharray="6 4"
      label={referenceLabel(label, "insideTopRight")}
    />
  );
});

/** Pixels between rows of marker labels. */
const markerRowHeight = 14;

/** The horizontal reference lines (thresholds) and vertical markers (events). */
function References() {
  const output = useContext(LineData)?.output;
  const x = usePlotScales()?.x ?? (() => Number.NaN);
  if (!output) return null;
  // A marker's label starts just right of its line; one that would run into the label of a
  // marker to its left drops a row.
  const rows = placeLabels(
    output.markers.map((marker) => x(marker.x) + 5 + (marker.label.length * labelCharWidth) / 2),
    output.markers.map((marker) => marker.label),
    undefined,
    // Wider than a word space, so two labels in one row never read as one phrase.
    16,
  ).map((place) => place.row);
  return (
    <>
      {output.references.map((reference) => (
        <Reference
          key={`r${reference.label}`}
          at={reference.y}
          vertical={false}
          label={reference.label}
          colour={axisColor()}
        />
      ))}
      {output.markers.map((marker, index) => (
        <Reference
          key={`m${marker.label}`}
          at={marker.x}
          vertical
          label={marker.label}
          colour={seriesColor(1)}
          row={rows[index] ?? 0}
        />
      ))}
    </>
  );
}

/**
 * The chart itself, the same element for every run: what a run changes reaches its parts through
 * `LineData` and the frame's axes, so each part re-renders (and Recharts recomputes) only for
 * what changed.
 */
const chart = (
  <ComposedChart margin={margin} accessibilityLayer={false}>
    {grid}
    <FrameXAxis />
    <FrameYAxis />
    <References />
    <SeriesLayer />
    <Readout />
  </ComposedChart>
);

/** Lines with optional confidence bands, threshold lines and event markers. */
export function LineView({ output }: { output: LineOutput }) {
  const theme = useThemeName(); // colours follow a switch of theme
  const xRange = xExtent(output);
  const xDomain = useStable(xRange);
  const xTicks = useStable(niceTicks(xRange[0], xRange[1]));
  const yDomain = useStable(niceDomain(...yExtent(output)));
  const yTicks = useStable(niceTicks(yDomain[0] ?? 0, yDomain[1] ?? 1));
  const data = useMemo(() => ({ output, yDomain, theme }), [output, yDomain, theme]);
  const axes = {
    x: { domain: xDomain, ticks: xTicks, label: output.xLabel },
    y: { domain: yDomain, ticks: yTicks, label: output.yLabel },
    theme,
  };
  return (
    <LineData value={data}>
      <ChartFrame names={output.series.map((series) => series.name)} axes={axes}>
        {chart}
      </ChartFrame>
    </LineData>
  );
}
