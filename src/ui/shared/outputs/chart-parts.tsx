import { formatValue } from "../../../kernel/charts/chart-labels";
import { createContext, useState, type ReactNode } from "react";
import { linearScale, type PixelScale } from "../../../kernel/charts/chart-scales";
import { axisColor, seriesColor } from "./palette";
import { toTenth } from "./series-paths";

// What every chart shares: its size, axes, legend, frame and grid. A chart is one SVG of a fixed
// size with a viewBox, scaled to the width of its cell by CSS (width: 100%, height: auto): its
// geometry never depends on a measurement, so the build prints it complete in the page's HTML,
// the browser's first render produces the same markup, and a slider move redraws only paths.
// Colours are CSS custom properties (see palette.ts), so a theme switch needs no redraw.

/** Every chart's drawing size, in chart pixels (the SVG's viewBox). */
export const chartWidth = 560;
export const chartHeight = 260;
/** Space around the plot and its axes. */
export const margin = { top: 8, right: 16, bottom: 16, left: 8 };
/** The value axis' width (tick labels and title), and the height of a numeric x axis. */
const yAxisWidth = 64;
export const xAxisHeight = 30;
/** Axis text size, in chart pixels. */
export const axisFontSize = 12;
/** The text size narrow charts draw their axis text at, at most (notebook.css), in chart units. */
export const narrowTextSize = 20;
const tickSize = 6;
/** Where a vertical value-axis title ends on the right, at a narrow chart's text size. */
export const yTitleRight = 21;

/** A chart's plot area, in chart pixels. */
export interface Plot {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The plot area left by the axes, with a bottom axis `bottomAxisHeight` pixels tall. The value
 * axis is wide enough for its tick labels (`yTicks`) between the plot and its vertical title at a
 * narrow chart's text size: three characters fit in its usual width, a longer label ("5000",
 * "0.025") widens it by about 0.62 em a character (digits of a sans-serif).
 */
export function plotArea(bottomAxisHeight = xAxisHeight, yTicks: readonly number[] = []): Plot {
  const longest = Math.max(0, ...yTicks.map((value) => formatValue(value).length));
  const tickLabels = yTitleRight + longest * 0.62 * narrowTextSize + tickSize + 2;
  const x = Math.max(margin.left + yAxisWidth, Math.ceil(tickLabels));
  return {
    x,
    y: margin.top,
    width: chartWidth - x - margin.right,
    height: chartHeight - margin.top - margin.bottom - bottomAxisHeight,
  };
}

/** A numeric axis: its domain, its ticks and its title. */
export interface AxisSpec {
  domain: number[];
  ticks: number[];
  label: string;
}

/** The plot's value → pixel scales, and the x axis' pixel → value (NaN off the axis). */
export interface PlotScales {
  x: PixelScale;
  y: PixelScale;
  invertX: (pixel: number) => number;
}

/**
 * Linear scales of `plot` over the two domains (the y axis grows upwards), placing values to a
 * tenth of a pixel.
 */
export function plotScales(plot: Plot, xDomain: number[], yDomain: number[]): PlotScales {
  const x = linearScale(xDomain, [plot.x, plot.x + plot.width]);
  const y = linearScale(yDomain, [plot.y + plot.height, plot.y]);
  return {
    x: (value) => toTenth(x.scale(value)),
    y: (value) => toTenth(y.scale(value)),
    invertX: x.invert,
  };
}

/** The series' names and colours, as HTML above the chart (cheaper to redraw than an SVG legend). */
function ChartLegend({ names }: { names: string[] }) {
  if (names.length < 2) return null;
  return (
    <ul className="chart-legend">
      {names.map((name, position) => (
        <li key={position}>
          <span className="chart-swatch" style={{ background: seriesColor(position) }} />
          {name}
        </li>
      ))}
    </ul>
  );
}

/** The element a chart's HTML overlays (the readout of the values under the pointer) go into. */
export const ChartOverlay = createContext<HTMLElement | null>(null);

/** Dashed grid lines at the ticks: vertical at `xTicks`, horizontal at `yTicks`. */
function Grid({
  plot,
  scales,
  x,
  y,
}: {
  plot: Plot;
  scales: PlotScales;
  x?: AxisSpec;
  y?: AxisSpec;
}) {
  const bottom = plot.y + plot.height;
  return (
    <g className="chart-grid" stroke="var(--chart-grid)" strokeDasharray="3 3" fill="none">
      {y?.ticks.map((value) => (
        <line
          key={`y${value}`}
          x1={plot.x}
          x2={plot.x + plot.width}
          y1={scales.y(value)}
          y2={scales.y(value)}
        />
      ))}
      {x?.ticks.map((value) => (
        <line key={`x${value}`} x1={scales.x(value)} x2={scales.x(value)} y1={plot.y} y2={bottom} />
      ))}
    </g>
  );
}

/** The numeric axis along the bottom of the plot: line, ticks, labels and title. */
function BottomAxis({ plot, scale, axis }: { plot: Plot; scale: PixelScale; axis: AxisSpec }) {
  const bottom = plot.y + plot.height;
  return (
    <g className="chart-axis" fill={axisColor} fontSize={axisFontSize}>
      <line x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} stroke={axisColor} />
      {axis.ticks.map((value) => (
        <g key={value}>
          <line
            x1={scale(value)}
            x2={scale(value)}
            y1={bottom}
            y2={bottom + tickSize}
            stroke={axisColor}
          />
          <text
            className="chart-tick"
            x={scale(value)}
            y={bottom + tickSize + 2}
            dy="0.71em"
            textAnchor="middle"
          >
            {formatValue(value)}
          </text>
        </g>
      ))}
      {axis.label && (
        <text
          className="chart-x-title"
          x={plot.x + plot.width / 2}
          y={bottom + xAxisHeight + 4}
          textAnchor="middle"
        >
          {axis.label}
        </text>
      )}
    </g>
  );
}

/**
 * Whether a value-axis title fits beside a plot `length` units tall, drawn vertically at the size
 * of a narrow chart's text (about 0.6 em a character, an average sans-serif letter). A longer one
 * would have to shrink to 5-9 px on a phone: it is written above the plot instead, as HTML.
 */
export function titleFitsBeside(label: string, length: number): boolean {
  return label.length * 0.6 * narrowTextSize <= length;
}

/**
 * The value axis along the left of the plot: line, ticks, labels and, when it fits there, a
 * vertical title.
 */
function LeftAxis({ plot, scale, axis }: { plot: Plot; scale: PixelScale; axis: AxisSpec }) {
  const titleX = margin.left + 10;
  const titleY = plot.y + plot.height / 2;
  return (
    <g className="chart-axis" fill={axisColor} fontSize={axisFontSize}>
      <line x1={plot.x} x2={plot.x} y1={plot.y} y2={plot.y + plot.height} stroke={axisColor} />
      {axis.ticks.map((value) => (
        <g key={value}>
          <line
            x1={plot.x - tickSize}
            x2={plot.x}
            y1={scale(value)}
            y2={scale(value)}
            stroke={axisColor}
          />
          <text
            className="chart-tick"
            x={plot.x - tickSize - 2}
            y={scale(value)}
            dy="0.355em"
            textAnchor="end"
          >
            {formatValue(value)}
          </text>
        </g>
      ))}
      {axis.label && titleFitsBeside(axis.label, plot.height) && (
        // Centred on the axis, so it stays within the plot's height.
        <text
          className="chart-y-title"
          x={titleX}
          y={titleY}
          dy="0.355em"
          textAnchor="middle"
          transform={`rotate(-90 ${titleX} ${titleY})`}
        >
          {axis.label}
        </text>
      )}
    </g>
  );
}

/**
 * A chart's frame: the legend above, a value-axis title too long to stand beside the plot, then
 * the SVG with its grid, its numeric axes (`x`, `y`) or a category axis drawn by the chart
 * (`bottom`), and the chart's own layers (`children`, drawn over the grid in order). The element
 * around the SVG holds the chart's HTML overlays.
 */
export function ChartFrame({
  names,
  plot,
  scales,
  x,
  y,
  bottom,
  children,
}: {
  names: string[];
  plot: Plot;
  scales: PlotScales;
  x?: AxisSpec;
  y?: AxisSpec;
  bottom?: ReactNode;
  children: ReactNode;
}) {
  const [overlay, setOverlay] = useState<HTMLDivElement | null>(null);
  return (
    <>
      <ChartLegend names={names} />
      {y?.label && !titleFitsBeside(y.label, plot.height) && (
        <p className="chart-y-title-above">{y.label}</p>
      )}
      <div className="chart-plot" ref={setOverlay}>
        <ChartOverlay value={overlay}>
          <svg
            className="chart-svg"
            viewBox={`0 0 ${chartWidth} ${chartHeight}`}
            width={chartWidth}
            height={chartHeight}
          >
            <Grid plot={plot} scales={scales} x={x} y={y} />
            {x && <BottomAxis plot={plot} scale={scales.x} axis={x} />}
            {bottom}
            {y && <LeftAxis plot={plot} scale={scales.y} axis={y} />}
            {children}
          </svg>
        </ChartOverlay>
      </div>
    </>
  );
}
