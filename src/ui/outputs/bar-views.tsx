import { createContext, useContext, useMemo } from "react";
import {
  ComposedChart,
  DefaultZIndexes,
  useChartWidth,
  usePlotArea,
  XAxis,
  ZIndexLayer,
} from "recharts";
import type { BaseTickContentProps } from "recharts";
import type { BarOutput, HistogramOutput } from "../../kernel/output-types";
import { niceDomain, niceTicks, wrapLabel } from "./axis-ticks";
import {
  ChartFrame,
  FrameXAxis,
  FrameYAxis,
  grid,
  margin,
  usePlotScales,
  useStable,
} from "./chart-parts";
import { axisColor, formatValue, seriesColor, useThemeName } from "./palette";
import { PlotReadout, type Plot } from "./plot-readout";
import { baseline, type PixelScale } from "./series-paths";

/*
 * Bar charts and histograms, drawn as line charts are: Recharts gives the container, grid, axes
 * and scales, and the bars are plain rectangles worked out from them, so a new run changes the
 * value axis (when its range does) and a few rectangles instead of Recharts' per-bar store.
 */

/** What the bar layers draw: each series' value in each band (a category, or a bin). */
interface BandChart {
  /** Where each band lies along the x axis, as [left, right] chart pixels. */
  bands: (plot: Plot, x: PixelScale) => [number, number][];
  series: { name: string; values: Float64Array }[];
  /** Pixels left free at each side of a band `width` pixels wide. */
  inset: (width: number) => number;
  /** Pixels between the bars of one band. */
  gap: number;
  opacity: number;
  /** The value axis' domain, which the bars start from. */
  yDomain: number[];
  /** The readout's heading for band `index`. */
  title: (index: number) => string;
  /** The plot's accessible name. */
  label: string;
  theme: string;
}

const BandData = createContext<BandChart | null>(null);

/** The bars of one band, side by side: a [left, right] pixel pair per series. */
function barSpans(chart: BandChart, [left, right]: [number, number]): [number, number][] {
  const count = Math.max(1, chart.series.length);
  const inset = chart.inset(right - left);
  const width = Math.max(1, (right - left - 2 * inset - chart.gap * (count - 1)) / count);
  return chart.series.map((_, position) => {
    const from = left + inset + position * (width + chart.gap);
    return [from, from + width];
  });
}

/** The bars, from zero (or the nearer end of the value axis) to each value. */
function BarsLayer() {
  const chart = useContext(BandData);
  const plot = usePlotArea();
  const scales = usePlotScales();
  if (!chart || !plot || !scales) return null;
  const { x, y } = scales;
  const base = y(baseline(chart.yDomain));
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className="chart-bars">
        {chart.bands(plot, x).map((band, index) =>
          barSpans(chart, band).map(([from, to], position) => {
            const top = y(chart.series[position]?.values[index] ?? Number.NaN);
            if (!Number.isFinite(top) || !Number.isFinite(from)) return null;
            return (
              <rect
                key={`${index}-${position}`}
                x={from}
                width={to - from}
                y={Math.min(top, base)}
                height={Math.abs(base - top)}
                fill={seriesColor(position)}
                fillOpacity={chart.opacity}
              />
            );
          }),
        )}
      </g>
    </ZIndexLayer>
  );
}

/** The band under the pointer, highlighted, with each series' value in the readout. */
function BandReadout() {
  const chart = useContext(BandData);
  const scales = usePlotScales();
  if (!chart || !scales) return null;
  const { x } = scales;
  const count = chart.series[0]?.values.length ?? 0;
  const bandsOf = (plot: Plot) => chart.bands(plot, x);
  return (
    <PlotReadout
      source={{
        label: chart.label,
        count,
        keyAt: (pixel, plot) => {
          const bands = bandsOf(plot);
          const index = bands.findIndex(([left, right]) => pixel >= left && pixel < right);
          return index >= 0 ? index : null;
        },
        indexOf: (index) => (index < count ? index : -1),
        keyOf: (index) => index,
        anchor: (index, plot) => {
          const band = bandsOf(plot)[index];
          return band ? band[1] : Number.NaN;
        },
        marks: (index, plot) => {
          const [left, right] = bandsOf(plot)[index] ?? [0, 0];
          return (
            <rect
              x={left}
              width={right - left}
              y={plot.y}
              height={plot.height}
              fill={axisColor()}
              fillOpacity={0.12}
            />
          );
        },
        title: chart.title,
        lines: (index) =>
          chart.series.map((series) => ({
            name: series.name,
            value: formatValue(series.values[index] ?? Number.NaN),
          })),
      }}
    />
  );
}

/** A value axis over every value and zero, on round bounds. */
function useValueAxis(series: { values: Float64Array }[]): [number[], number[]] {
  let low = 0;
  let high = 0;
  for (const { values } of series)
    for (const value of values) {
      if (!Number.isFinite(value)) continue;
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  const domain = useStable(niceDomain(low, high > low ? high : low + 1));
  const ticks = useStable(niceTicks(domain[0] ?? 0, domain[1] ?? 1));
  return [domain, ticks];
}

/** Characters of a 12 px axis label that fit a category band (about 7 px per character). */
const bandChars = (bandWidth: number) => Math.max(6, Math.floor(bandWidth / 7));
const tickLineHeight = 14;

/** A category label, broken into lines that fit its band instead of running into the next. */
function categoryTick({ x, y, payload, width, visibleTicksCount }: BaseTickContentProps) {
  const lines = wrapLabel(String(payload.value), bandChars(Number(width) / visibleTicksCount));
  return (
    <text x={x} y={y} textAnchor="middle" fill={axisColor()} fontSize={12}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? "0.71em" : tickLineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The category axis, as tall as its longest label needs at the chart's current width. */
function CategoryAxis({ categories, theme }: { categories: string[]; theme: string }) {
  const chartWidth = useChartWidth() ?? 600;
  const band = (chartWidth - margin.left - margin.right - 64) / categories.length;
  const lines = Math.max(1, ...categories.map((label) => wrapLabel(label, bandChars(band)).length));
  return (
    <XAxis
      key={theme}
      dataKey="category"
      // Bands, as with Recharts' own bars: without them a category axis spaces points edge to edge.
      scale="band"
      tick={categoryTick}
      interval={0}
      height={16 + tickLineHeight * lines}
    />
  );
}

/** Equal bands across the plot, one per category, as Recharts' category axis places them. */
const categoryBands = (count: number) => (plot: Plot) =>
  Array.from({ length: count }, (_, index): [number, number] => [
    plot.x + (index * plot.width) / count,
    plot.x + ((index + 1) * plot.width) / count,
  ]);

/** Grouped bars over categories. */
export function BarView({ output }: { output: BarOutput }) {
  const theme = useThemeName(); // colours follow a switch of theme
  const [yDomain, yTicks] = useValueAxis(output.series);
  const categoriesKey = JSON.stringify(output.categories);
  // The categories are the chart's only rows: the same while they stay the same.
  const rows = useMemo(
    () => (JSON.parse(categoriesKey) as string[]).map((category) => ({ category })),
    [categoriesKey],
  );
  const chart = useMemo(
    () => (
      <ComposedChart data={rows} margin={margin} accessibilityLayer={false}>
        {grid}
        <CategoryAxis categories={rows.map((row) => row.category)} theme={theme} />
        <FrameYAxis />
        <BarsLayer />
        <BandReadout />
      </ComposedChart>
    ),
    [rows, theme],
  );
  const data = useMemo<BandChart>(
    () => ({
      bands: categoryBands(output.categories.length),
      series: output.series,
      // As Recharts' default gaps: 10% of the band at each side, 4 px between bars.
      inset: (width) => width * 0.1,
      gap: 4,
      opacity: 1,
      yDomain,
      title: (index) => output.categories[index] ?? "",
      label: output.title || "Bar chart",
      theme,
    }),
    [output, yDomain, theme],
  );
  const axes = { y: { domain: yDomain, ticks: yTicks, label: output.yLabel }, theme };
  return (
    <BandData value={data}>
      <ChartFrame names={output.series.map((series) => series.name)} axes={axes}>
        {chart}
      </ChartFrame>
    </BandData>
  );
}

/**
 * A histogram, the same element for every run: a run reaches its parts through `BandData` and
 * the frame's axes.
 */
const histogram = (
  <ComposedChart margin={margin} accessibilityLayer={false}>
    {grid}
    <FrameXAxis />
    <FrameYAxis />
    <BarsLayer />
    <BandReadout />
  </ComposedChart>
);

/** Overlaid histograms on shared bins, as shares: each bin's bars side by side. */
export function HistogramView({ output }: { output: HistogramOutput }) {
  const theme = useThemeName(); // colours follow a switch of theme
  const series = useMemo(
    () => output.series.map((entry) => ({ name: entry.name, values: entry.shares })),
    [output.series],
  );
  const [yDomain, yTicks] = useValueAxis(series);
  const first = output.edges[0] ?? 0;
  const last = output.edges[output.edges.length - 1] ?? 1;
  // Widened to round values: the axis then stays put while a slider nudges the bins.
  const xDomain = useStable(first < last ? niceDomain(first, last) : [first - 1, first + 1]);
  const xTicks = useStable(niceTicks(xDomain[0] ?? 0, xDomain[1] ?? 1));
  const data = useMemo<BandChart>(
    () => ({
      bands: (_, x) =>
        Array.from({ length: output.edges.length - 1 }, (__, bin): [number, number] => [
          x(output.edges[bin] ?? Number.NaN),
          x(output.edges[bin + 1] ?? Number.NaN),
        ]),
      series,
      // Bins touch, with a hairline between them.
      inset: (width) => Math.min(0.5, width / 4),
      gap: 0,
      opacity: 0.75,
      yDomain,
      title: (bin) =>
        `${output.xLabel || "x"} from ${formatValue(output.edges[bin] ?? Number.NaN)} to ${formatValue(output.edges[bin + 1] ?? Number.NaN)}`,
      label: output.title || "Histogram",
      theme,
    }),
    [output, series, yDomain, theme],
  );
  const axes = {
    x: { domain: xDomain, ticks: xTicks, label: output.xLabel },
    y: { domain: yDomain, ticks: yTicks, label: "share" },
    theme,
  };
  return (
    <BandData value={data}>
      <ChartFrame names={output.series.map((entry) => entry.name)} axes={axes}>
        {histogram}
      </ChartFrame>
    </BandData>
  );
}
