import {
  createContext,
  memo,
  useContext,
  useMemo,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { createPortal } from "react-dom";
import {
  ComposedChart,
  DefaultZIndexes,
  ReferenceLine,
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  ZIndexLayer,
} from "recharts";
import type { LineOutput } from "../../kernel/output-types";
import { finiteExtent, niceDomain, niceTicks } from "./axis-ticks";
import {
  ChartFrame,
  ChartOverlay,
  grid,
  margin,
  referenceLabel,
  tick,
  useAxisLabel,
} from "./chart-parts";
import { axisColor, formatValue, seriesColor, useThemeName } from "./palette";
import { bandPath, linePath, nearestIndex, type PixelScale } from "./series-paths";

/*
 * A line chart is a Recharts chart (container, grid, axes, reference lines, scales) whose series
 * are drawn by the layers below from the axes' scales, in one pass over the points. Recharts'
 * own Line and Area keep every point as an object in the chart's store and recompute their
 * selectors on each new run (about 2 MB and 20 ms per redraw of a 600-point chart); here a new
 * run changes two axis domains and a few path strings.
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

/** The same array while its values stay the same (a new array would make Recharts redraw). */
function useStable(values: number[]): number[] {
  const key = values.join(",");
  return useMemo(() => (key ? key.split(",").map(Number) : []), [key]);
}

/** A Recharts scale as a plain number → pixel function. */
function pixels(scale: (value: unknown) => number | undefined): PixelScale {
  return (value) => scale(value) ?? Number.NaN;
}

/** Where an area is filled down to: zero when the axis spans it, else the nearer end. */
function baseline([low, high]: number[]): number {
  return Math.min(Math.max(0, low ?? 0), high ?? 0);
}

/**
 * The chart's data, for the layers that draw it: a new run re-renders these layers alone, while
 * the Recharts chart around them (container, grid, axes) stays as it was unless an axis changes.
 */
const LineData = createContext<{
  output: LineOutput;
  xDomain: number[];
  xTicks: number[];
  yDomain: number[];
  yTicks: number[];
  /** The page's theme: colours are chosen in code, so parts redraw when it changes. */
  theme: string;
} | null>(null);

/** The series, bands and areas, drawn from the axes' scales. */
function SeriesLayer() {
  const data = useContext(LineData);
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!data || !xScale || !yScale) return null;
  const { output, yDomain } = data;
  const x = pixels(xScale);
  const y = pixels(yScale);
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

/**
 * The values under the pointer (or the keyboard's point): a cursor line and dots in the chart, a
 * readout beside them. The plot is one focusable target; the arrow keys step through the points.
 */
function Readout() {
  const output = useContext(LineData)?.output;
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const invert = useXAxisInverseScale();
  const overlay = useContext(ChartOverlay);
  // The x read, kept as a value: a new run keeps the readout where the reader left it.
  const [at, setAt] = useState<number | null>(null);
  if (!output || !plot || !xScale || !yScale || !invert) return null;
  const x = pixels(xScale);
  const y = pixels(yScale);
  const index = at === null ? -1 : nearestIndex(output.x, at);
  const xName = output.xLabel || "x";

  const point = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const value = Number(invert(plot.x + ((event.clientX - box.left) * plot.width) / box.width));
    if (Number.isFinite(value)) setAt(value);
  };
  const step = (event: KeyboardEvent<SVGRectElement>) => {
    const last = output.x.length - 1;
    const moves: Record<string, number> = {
      ArrowLeft: Math.max(0, index - 1),
      ArrowRight: index < 0 ? 0 : Math.min(last, index + 1),
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined || last < 0) return;
    event.preventDefault();
    setAt(output.x[next] ?? null);
  };

  const cursorX = index >= 0 ? x(output.x[index] ?? Number.NaN) : Number.NaN;
  const shown = Number.isFinite(cursorX);
  // The readout sits right of the cursor, or left of it past the middle of the plot.
  const onLeft = cursorX > plot.x + plot.width / 2;
  const readout = (
    <div
      className="chart-readout"
      aria-live="polite"
      hidden={!shown}
      style={
        onLeft
          ? { right: `calc(100% - ${cursorX - 10}px)`, top: plot.y + 4 }
          : { left: cursorX + 10, top: plot.y + 4 }
      }
    >
      {shown && (
        <>
          <div className="chart-readout-title">
            {xName} = {formatValue(output.x[index] ?? Number.NaN)}
          </div>
          {output.series.map((series, position) => (
            <div key={position}>
              <span className="chart-swatch" style={{ background: seriesColor(position) }} />
              {series.name}: {readValue(output, position, index)}
            </div>
          ))}
        </>
      )}
    </div>
  );
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.cursorLine}>
        {shown && (
          <g className="chart-cursor" pointerEvents="none">
            <line
              x1={cursorX}
              x2={cursorX}
              y1={plot.y}
              y2={plot.y + plot.height}
              stroke={axisColor()}
              strokeDasharray="3 3"
            />
            {output.series.map((series, position) => {
              const cy = y(series.y[index] ?? Number.NaN);
              return Number.isFinite(cy) ? (
                <circle
                  key={position}
                  cx={cursorX}
                  cy={cy}
                  r={4}
                  fill={seriesColor(position)}
                  stroke="var(--bg)"
                  strokeWidth={1.5}
                />
              ) : null;
            })}
          </g>
        )}
        <rect
          className="chart-hit"
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
          fill="transparent"
          role="application"
          tabIndex={0}
          aria-label={`${output.title || "Line chart"}: left and right arrow keys read the values point by point`}
          onPointerMove={point}
          onPointerDown={point}
          onPointerLeave={() => setAt(null)}
          onBlur={() => setAt(null)}
          onKeyDown={step}
        />
      </ZIndexLayer>
      {overlay && createPortal(readout, overlay)}
    </>
  );
}

/** One reference line, re-registered in the chart's store only when it changes. */
const Reference = memo(function Reference({
  at,
  vertical,
  label,
  colour,
}: {
  at: number;
  vertical: boolean;
  label: string;
  colour: string;
}) {
  return vertical ? (
    <ReferenceLine x={at} stroke={colour} label={referenceLabel(label, "insideTopLeft")} />
  ) : (
    <ReferenceLine
      y={at}
      stroke={colour}
      strokeDasharray="6 4"
      label={referenceLabel(label, "insideTopRight")}
    />
  );
});

/** The horizontal reference lines (thresholds) and vertical markers (events). */
function References() {
  const output = useContext(LineData)?.output;
  if (!output) return null;
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
      {output.markers.map((marker) => (
        <Reference
          key={`m${marker.label}`}
          at={marker.x}
          vertical
          label={marker.label}
          colour={seriesColor(1)}
        />
      ))}
    </>
  );
}

/** The x axis, re-rendered (and so re-registered in the chart's store) only when it changes. */
function DataXAxis() {
  const data = useContext(LineData);
  const xLabel = useAxisLabel(data?.output.xLabel ?? "");
  const { xDomain, xTicks } = data ?? {};
  return useMemo(
    () => (
      <XAxis
        // A horizontal axis without a data key counts rows (of which this chart has none).
        dataKey="x"
        type="number"
        domain={xDomain}
        allowDataOverflow
        ticks={xTicks}
        interval={0}
        tick={tick}
        tickFormatter={formatValue}
        label={xLabel}
      />
    ),
    [xDomain, xTicks, xLabel],
  );
}

/** The y axis, re-rendered only when it changes. */
function DataYAxis() {
  const data = useContext(LineData);
  const yLabel = useAxisLabel(data?.output.yLabel ?? "", true);
  const { yDomain, yTicks } = data ?? {};
  return useMemo(
    () => (
      <YAxis
        type="number"
        domain={yDomain}
        allowDataOverflow
        ticks={yTicks}
        interval={0}
        tick={tick}
        tickFormatter={formatValue}
        label={yLabel}
        width={64}
      />
    ),
    [yDomain, yTicks, yLabel],
  );
}

/**
 * The chart itself, the same element for every run: what a run changes reaches its parts through
 * `LineData`, so each part re-renders (and Recharts recomputes) only for what changed.
 */
const chart = (
  <ComposedChart margin={margin} accessibilityLayer={false}>
    {grid}
    <DataXAxis />
    <DataYAxis />
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
  const data = useMemo(
    () => ({ output, xDomain, xTicks, yDomain, yTicks, theme }),
    [output, xDomain, xTicks, yDomain, yTicks, theme],
  );
  return (
    <LineData value={data}>
      <ChartFrame names={output.series.map((series) => series.name)}>{chart}</ChartFrame>
    </LineData>
  );
}
