import { createContext, memo, useContext, useMemo, useState, type ReactElement } from "react";
import {
  CartesianGrid,
  ResponsiveContainer,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from "recharts";
import type { BaseTickContentProps } from "recharts";
import { axisColor, formatValue, seriesColor } from "./palette";
import { pixelScale, type PixelScale } from "./series-paths";

// What every chart shares: its size, axis labels, legend, frame and grid.

/** Every chart's height and margins, in pixels. */
export const chartHeight = 260;
export const margin = { top: 8, right: 16, bottom: 16, left: 8 };

// Numeric axes show about five round ticks (niceTicks over a domain worked out from the data;
// Recharts' own on a scatter plot): interval={0} keeps every one and spares Recharts measuring
// each label in the DOM to drop overlapping ones (a forced layout per tick per redraw, and the
// labels change whenever the data's range does). Five short numbers fit even a phone-wide chart.
//
// Recharts keeps a chart's settings in a store, and a part whose props change re-registers there,
// after which every part of the chart recomputes. So what does not change between runs (margins,
// tick and label styles, formatters) is a module-level or memoised constant, axes re-render only
// when their domain or ticks change, and series are drawn by our own layers from the axes' scales
// (line-view, bar-views, ecdf-view): a slider move then redraws the data, not the whole chart.

/**
 * An axis tick label as plain SVG text, placed as Recharts places its own. Recharts' `Text`
 * would measure every new label in the DOM (to wrap it to the axis width): a forced layout per
 * label per redraw, and value labels change with the data.
 */
export function tick({
  x,
  y,
  index,
  payload,
  textAnchor,
  verticalAnchor,
  tickFormatter,
}: BaseTickContentProps) {
  return (
    <text
      x={x}
      y={y}
      dy={verticalAnchor === "start" ? "0.71em" : verticalAnchor === "middle" ? "0.355em" : 0}
      textAnchor={textAnchor}
      fill={axisColor()}
      fontSize={12}
      className="recharts-cartesian-axis-tick-value"
    >
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
/** An axis title: along the bottom, or up the left side when `vertical`. */
export function useAxisLabel(value: string, vertical = false) {
  const fill = axisColor();
  return useMemo(
    () =>
      value
        ? {
            value,
            position: vertical ? ("insideLeft" as const) : ("insideBottom" as const),
            angle: vertical ? -90 : 0,
            // Centred on the axis, so a long vertical label is not cut off at the top.
            textAnchor: "middle" as const,
            offset: vertical ? 10 : -4,
            fill,
            fontSize: 12,
          }
        : undefined,
    [value, vertical, fill],
  );
}

const referenceLabels = new Map<string, object>();
/**
 * A reference line's label, the same object for the same text and place (so Recharts sees no
 * change); `dy` moves it down, below the label of a nearby marker.
 */
export function referenceLabel(
  value: string,
  position: "insideTopRight" | "insideTopLeft",
  dy = 0,
) {
  const fill = axisColor();
  const key = `${fill}|${position}|${dy}|${value}`;
  let label = referenceLabels.get(key);
  if (!label) {
    if (referenceLabels.size > 200) referenceLabels.clear(); // labels that change on every run
    // A halo of the card's colour keeps the label readable where a series runs through it.
    const halo = { stroke: "var(--bg-raised)", strokeWidth: 3, strokeLinejoin: "round" as const };
    referenceLabels.set(key, (label = { value, fill, fontSize: 11, position, dy, halo }));
  }
  return label;
}
/** A tooltip value: a number, or a band's two ends. */
export const tooltipFormat = (value: unknown) =>
  Array.isArray(value)
    ? value.map((item) => formatValue(Number(item))).join(" – ")
    : formatValue(Number(value));

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

/** A numeric axis as a run sets it: its domain, its ticks and its title. */
export interface AxisSpec {
  domain: number[];
  ticks: number[];
  label: string;
}

/** What a chart's frame knows of its numeric axes, and the page's theme. */
export interface FrameAxes {
  x?: AxisSpec;
  y?: AxisSpec;
  /** The page's theme, so the axes redraw in the new colours when it changes. */
  theme: string;
}

/**
 * The axes a run sets, for the axis parts inside a chart element that stays the same from run to
 * run (see `FrameXAxis`).
 */
const ChartAxes = createContext<FrameAxes>({ theme: "light" });

/**
 * A chart's frame: the legend above, and a container that follows the output's width, which
 * also holds the chart's HTML overlays and hands `axes` to `FrameXAxis` and `FrameYAxis`.
 */
export function ChartFrame({
  names,
  axes = { theme: "light" },
  children,
}: {
  names: string[];
  axes?: FrameAxes;
  children: ReactElement;
}) {
  const [overlay, setOverlay] = useState<HTMLDivElement | null>(null);
  return (
    <>
      <ChartLegend names={names} />
      <div className="chart-plot" ref={setOverlay}>
        <ChartOverlay value={overlay}>
          <ChartAxes value={axes}>
            <ResponsiveContainer width="100%" height={chartHeight}>
              {children}
            </ResponsiveContainer>
          </ChartAxes>
        </ChartOverlay>
      </div>
    </>
  );
}

/** The background grid every chart shares (a constant element: nothing to recompute). */
export const grid = <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />;

/** The same array while its values stay the same (a new array would make Recharts redraw). */
export function useStable(values: number[]): number[] {
  const key = values.join(",");
  return useMemo(() => (key ? key.split(",").map(Number) : []), [key]);
}

type AxisProps = AxisSpec & { theme: string };

/**
 * A numeric horizontal axis over a fixed domain with the given ticks. It re-renders, and so
 * re-registers in the chart's store (after which every part of the chart recomputes), only when
 * one of its props changes.
 */
const NumberXAxis = memo(function NumberXAxis({ domain, ticks, label }: AxisProps) {
  const axisLabel = useAxisLabel(label);
  return (
    <XAxis
      // A horizontal axis without a data key counts rows (of which these charts have none).
      dataKey="x"
      type="number"
      domain={domain}
      allowDataOverflow
      ticks={ticks}
      interval={0}
      tick={tick}
      tickFormatter={formatValue}
      label={axisLabel}
    />
  );
});

/** A value axis over a fixed domain with the given ticks, re-rendered only when they change. */
const ValueYAxis = memo(function ValueYAxis({ domain, ticks, label }: AxisProps) {
  const axisLabel = useAxisLabel(label, true);
  return (
    <YAxis
      type="number"
      domain={domain}
      allowDataOverflow
      ticks={ticks}
      interval={0}
      tick={tick}
      tickFormatter={formatValue}
      label={axisLabel}
      width={64}
    />
  );
});

/** The chart's numeric x axis, as its frame's `axes` give it (none when they give none). */
export function FrameXAxis() {
  const { x, theme } = useContext(ChartAxes);
  return x ? <NumberXAxis domain={x.domain} ticks={x.ticks} label={x.label} theme={theme} /> : null;
}

/** The chart's value axis, as its frame's `axes` give it (none when they give none). */
export function FrameYAxis() {
  const { y, theme } = useContext(ChartAxes);
  return y ? <ValueYAxis domain={y.domain} ticks={y.ticks} label={y.label} theme={theme} /> : null;
}

/**
 * The chart's scales as plain value → pixel functions, and the x axis' pixel → value (NaN off
 * the axis), for layers drawn inside a chart; undefined until Recharts has both scales.
 */
export function usePlotScales():
  { x: PixelScale; y: PixelScale; invertX: (pixel: number) => number } | undefined {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const invert = useXAxisInverseScale();
  if (!xScale || !yScale) return undefined;
  return {
    x: pixelScale(xScale),
    y: pixelScale(yScale),
    invertX: (pixel) => (invert ? Number(invert(pixel)) : Number.NaN),
  };
}
