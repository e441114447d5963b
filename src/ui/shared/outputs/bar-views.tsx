import { barValueAxis, baseline, dataAxis } from "../../../kernel/charts/chart-axes";
import { formatValue, wrapLabel } from "../../../kernel/charts/chart-labels";
import type { BarOutput, HistogramOutput } from "../../../kernel/output-types";
import {
  axisFontSize,
  ChartFrame,
  margin,
  narrowTextSize,
  plotArea,
  plotScales,
  xAxisHeight,
  type Plot,
  type PlotScales,
} from "./chart-parts";
import { axisColor, seriesColor } from "./palette";
import { PlotReadout } from "./plot-readout";
import { toTenth } from "./series-paths";

/*
 * Bar charts and histograms, drawn as line charts are: the frame gives the grid and axes, and the
 * bars are plain rectangles worked out from the axes' scales.
 */

/** What the bar layers draw: each series' value in each band (a category, or a bin). */
interface BandChart {
  /** Where each band lies along the x axis, as [left, right] chart pixels. */
  bands: [number, number][];
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
  plot: Plot;
  scales: PlotScales;
}

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
function BarsLayer({ chart }: { chart: BandChart }) {
  const { y } = chart.scales;
  const base = y(baseline(chart.yDomain));
  return (
    <g className="chart-bars">
      {chart.bands.map((band, index) =>
        barSpans(chart, band).map(([from, to], position) => {
          const top = y(chart.series[position]?.values[index] ?? Number.NaN);
          if (!Number.isFinite(top) || !Number.isFinite(from)) return null;
          return (
            <rect
              key={`${index}-${position}`}
              x={toTenth(from)}
              width={toTenth(to - from)}
              y={Math.min(top, base)}
              height={toTenth(Math.abs(base - top))}
              fill={seriesColor(position)}
              fillOpacity={chart.opacity}
            />
          );
        }),
      )}
    </g>
  );
}

/** The band under the pointer, highlighted, with each series' value in the readout. */
function BandReadout({ chart }: { chart: BandChart }) {
  const count = chart.series[0]?.values.length ?? 0;
  return (
    <PlotReadout
      plot={chart.plot}
      source={{
        label: chart.label,
        count,
        keyAt: (pixel) => {
          const index = chart.bands.findIndex(([left, right]) => pixel >= left && pixel < right);
          return index >= 0 ? index : null;
        },
        indexOf: (index) => (index < count ? index : -1),
        keyOf: (index) => index,
        anchor: (index) => {
          const band = chart.bands[index];
          return band ? band[1] : Number.NaN;
        },
        marks: (index, plot) => {
          const [left, right] = chart.bands[index] ?? [0, 0];
          return (
            <rect
              x={toTenth(left)}
              width={toTenth(right - left)}
              y={plot.y}
              height={plot.height}
              fill={axisColor}
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

/**
 * Characters of a category label that fit a band (about 0.58 em a character) at the size narrow
 * charts draw it: labels that fit there fit the wider charts' smaller text too.
 */
const bandChars = (bandWidth: number) =>
  Math.max(4, Math.floor(bandWidth / ((7 / axisFontSize) * narrowTextSize)));
/** A category label's line height at the axis' own text size (lines are spaced in em, so they
    stay apart when narrow charts draw their text larger). */
const tickLineHeight = 14;

/** The category axis' height for labels of `rows` lines, drawn at a narrow chart's text size. */
function categoryAxisHeight(rows: number): number {
  const lines = 8 + rows * tickLineHeight * (narrowTextSize / axisFontSize);
  // The chart's bottom margin takes the last line's descent.
  return Math.max(xAxisHeight, Math.ceil(lines - margin.bottom));
}

/** The most lines a category axis takes before it labels only some categories. */
const maxCategoryRows = 4;

/**
 * The category axis' labels, as lines: each broken to fit its band; or, when some word is too
 * long for one band, in two staggered rows, each label broken to fit two bands (the labels of
 * odd categories start below the even ones'), if that takes at most `maxCategoryRows` lines; or,
 * failing both (many categories), only every k-th category is labelled, on one line, with the
 * smallest k whose k bands hold every label. An unlabelled category is named in the readout and
 * in the chart's data table.
 */
function categoryLines(categories: string[], plot: Plot): string[][] {
  const band = plot.width / Math.max(1, categories.length);
  const longest = (texts: string[]) => Math.max(0, ...texts.map((text) => text.length));
  const longestWord = longest(categories.flatMap((label) => label.split(/\s+/)));
  if (longestWord <= bandChars(band))
    return categories.map((label) => wrapLabel(label, bandChars(band)));
  if (longestWord <= bandChars(2 * band)) {
    const wrapped = categories.map((label) => wrapLabel(label, bandChars(2 * band)));
    const rows = (parity: number) =>
      Math.max(
        0,
        ...wrapped.filter((_, index) => index % 2 === parity).map((lines) => lines.length),
      );
    if (rows(0) + rows(1) <= maxCategoryRows)
      return wrapped.map((lines, index) =>
        // A blank line is a no-break space: an empty line would take no room.
        index % 2 === 0 ? lines : [...Array<string>(rows(0)).fill("\u00a0"), ...lines],
      );
  }
  let every = 2;
  while (every < categories.length && bandChars(every * band) < longest(categories)) every += 1;
  return categories.map((label, index) => (index % every === 0 ? [label] : []));
}

/** The category axis under the bands: its line and each category's label, centred on its band. */
function CategoryAxis({ lines, chart }: { lines: string[][]; chart: BandChart }) {
  const bottom = chart.plot.y + chart.plot.height;
  return (
    <g className="chart-axis" fill={axisColor} fontSize={axisFontSize}>
      <line
        x1={chart.plot.x}
        x2={chart.plot.x + chart.plot.width}
        y1={bottom}
        y2={bottom}
        stroke={axisColor}
      />
      {chart.bands.map(([left, right], index) => {
        const centre = toTenth((left + right) / 2);
        if (!lines[index]?.length) return null;
        return (
          <text key={index} x={centre} y={bottom + 8} textAnchor="middle">
            {(lines[index] ?? []).map((line, row) => (
              <tspan
                key={row}
                x={centre}
                dy={row === 0 ? "0.71em" : `${tickLineHeight / axisFontSize}em`}
              >
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}

/** Grouped bars over categories. */
export function BarView({ output }: { output: BarOutput }) {
  const yAxis = barValueAxis(output.series);
  const yDomain = yAxis.domain;
  // The axis is as tall as its longest label needs at the chart's width.
  const wrapped = categoryLines(output.categories, plotArea(undefined, yAxis.ticks));
  const rows = Math.max(1, ...wrapped.map((lines) => lines.length));
  const plot = plotArea(categoryAxisHeight(rows), yAxis.ticks);
  const scales = plotScales(plot, [0, 1], yDomain);
  const count = output.categories.length;
  const chart: BandChart = {
    // Equal bands across the plot, one per category.
    bands: Array.from({ length: count }, (_, index): [number, number] => [
      plot.x + (index * plot.width) / count,
      plot.x + ((index + 1) * plot.width) / count,
    ]),
    series: output.series,
    // 10% of the band at each side, 4 px between bars.
    inset: (width) => width * 0.1,
    gap: 4,
    opacity: 1,
    yDomain,
    title: (index) => output.categories[index] ?? "",
    label: output.title || "Bar chart",
    plot,
    scales,
  };
  return (
    <ChartFrame
      names={output.series.map((series) => series.name)}
      plot={plot}
      scales={scales}
      y={{ ...yAxis, label: output.yLabel }}
      bottom={<CategoryAxis lines={wrapped} chart={chart} />}
    >
      <BarsLayer chart={chart} />
      <BandReadout chart={chart} />
    </ChartFrame>
  );
}

/** Overlaid histograms on shared bins, as shares: each bin's bars side by side. */
export function HistogramView({ output }: { output: HistogramOutput }) {
  const series = output.series.map((entry) => ({ name: entry.name, values: entry.shares }));
  const yAxis = barValueAxis(series);
  const yDomain = yAxis.domain;
  // Widened to round values: the axis then stays put while a slider nudges the bins.
  const xAxis = dataAxis(output.edges);
  const plot = plotArea(xAxisHeight, yAxis.ticks);
  const scales = plotScales(plot, xAxis.domain, yDomain);
  const chart: BandChart = {
    bands: Array.from({ length: output.edges.length - 1 }, (_, bin): [number, number] => [
      scales.x(output.edges[bin] ?? Number.NaN),
      scales.x(output.edges[bin + 1] ?? Number.NaN),
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
    plot,
    scales,
  };
  return (
    <ChartFrame
      names={output.series.map((entry) => entry.name)}
      plot={plot}
      scales={scales}
      x={{ ...xAxis, label: output.xLabel }}
      y={{ ...yAxis, label: "share" }}
    >
      <BarsLayer chart={chart} />
      <BandReadout chart={chart} />
    </ChartFrame>
  );
}
