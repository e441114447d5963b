import { useMemo, type ReactElement } from "react";
import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  useChartWidth,
  XAxis,
  YAxis,
} from "recharts";
import type { BaseTickContentProps } from "recharts";
import type {
  BarOutput,
  EcdfOutput,
  HistogramOutput,
  LineOutput,
  ScatterOutput,
} from "../../kernel/output-types";
import { finiteExtent, niceTicks, wrapLabel } from "./axis-ticks";
import { axisColor, formatValue, seriesColor, useThemeName } from "./palette";

const height = 260;
const margin = { top: 8, right: 16, bottom: 16, left: 8 };
const lineDomain = ["dataMin", "dataMax"] as const;
const autoDomain = ["auto", "auto"] as const;
const unitDomain = [0, 1] as const;
// Numeric axes show about five round ticks (Recharts' own on value axes, niceTicks across the
// data's range on horizontal ones): interval={0} keeps every one and spares Recharts measuring
// each label in the DOM to drop overlapping ones (a forced layout per tick per redraw, and the
// labels change whenever the data's range does). Five short numbers fit even a phone-wide chart;
// only the histogram's axis of many bin labels keeps that overlap check.

/*
 * Recharts keeps a chart's settings in a store and recomputes what depends on any prop whose
 * identity changes, so everything that does not change between runs (margins, tick and label
 * styles, formatters) is a module-level or memoised constant: a slider move then recomputes the
 * data, not the whole chart.
 */

/**
 * An axis tick label as plain SVG text, placed as Recharts places its own. Recharts' `Text`
 * would measure every new label in the DOM (to wrap it to the axis width): a forced layout per
 * label per redraw, and value labels change with the data.
 */
function tick({
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
function useAxisLabel(value: string, vertical = false) {
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
function CategoryAxis({
  categories,
  valueAxisWidth,
}: {
  categories: string[];
  valueAxisWidth: number;
}) {
  const chartWidth = useChartWidth() ?? 600;
  const band = (chartWidth - margin.left - margin.right - valueAxisWidth) / categories.length;
  const lines = Math.max(1, ...categories.map((label) => wrapLabel(label, bandChars(band)).length));
  return (
    <XAxis
      dataKey="category"
      tick={categoryTick}
      interval={0}
      height={16 + tickLineHeight * lines}
    />
  );
}

const referenceLabels = new Map<string, object>();
/** A reference line's label, the same object for the same text (so Recharts sees no change). */
function referenceLabel(value: string, position: "insideTopRight" | "insideTopLeft") {
  const fill = axisColor();
  const key = `${fill}|${position}|${value}`;
  let label = referenceLabels.get(key);
  if (!label) {
    if (referenceLabels.size > 200) referenceLabels.clear(); // labels that change on every run
    referenceLabels.set(key, (label = { value, fill, fontSize: 11, position }));
  }
  return label;
}
/**
 * Round tick values across a data range (undefined lets Recharts choose, for empty data), the
 * same array while the values stay the same: a new array would make Recharts replace the axis
 * in its store and draw the chart once more.
 */
function useNiceTicks(extent: [number, number] | undefined): number[] | undefined {
  // Keyed by the values as text, which converts back to the same numbers exactly.
  const key = extent ? niceTicks(extent[0], extent[1]).join(",") : undefined;
  return useMemo(() => (key ? key.split(",").map(Number) : undefined), [key]);
}
const tooltipFormat = (value: unknown) =>
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

/** A chart's frame: the legend above, and a container that follows the output's width. */
function ChartFrame({ names, children }: { names: string[]; children: ReactElement }) {
  return (
    <>
      <ChartLegend names={names} />
      <ResponsiveContainer width="100%" height={height}>
        {children}
      </ResponsiveContainer>
    </>
  );
}

/** The background grid every chart shares (a constant element: nothing to recompute). */
const grid = <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />;

/** Lines with optional confidence bands, threshold lines and event markers. */
export function LineView({ output }: { output: LineOutput }) {
  useThemeName(); // colours follow a switch of theme
  const xLabel = useAxisLabel(output.xLabel);
  const yLabel = useAxisLabel(output.yLabel, true);
  const labelFormatter = useMemo(() => {
    const name = output.xLabel || "x";
    return (label: unknown) => `${name} = ${formatValue(Number(label))}`;
  }, [output.xLabel]);
  const xTicks = useNiceTicks(finiteExtent(output.x));
  // Everything but the data, as one element that changes only when the chart's makeup does: a
  // new run then re-renders the chart's root alone, and Recharts redraws what the data moves.
  const makeup = JSON.stringify({
    series: output.series.map((series) => [series.name, Boolean(series.lower && series.upper)]),
    area: output.area,
    references: output.references,
    markers: output.markers,
    colour: axisColor(),
  });
  const layers = useMemo(() => {
    const chart = JSON.parse(makeup) as {
      series: [string, boolean][];
      area: boolean;
      // JSON writes a NaN position as null.
      references: { y: number | null; label: string }[];
      markers: { x: number | null; label: string }[];
      colour: string;
    };
    return (
      <>
        {grid}
        <XAxis
          dataKey="x"
          type="number"
          domain={lineDomain}
          ticks={xTicks}
          interval={0}
          tick={tick}
          tickFormatter={formatValue}
          label={xLabel}
        />
        <YAxis interval={0} tick={tick} tickFormatter={formatValue} label={yLabel} width={64} />
        <Tooltip formatter={tooltipFormat} labelFormatter={labelFormatter} />
        {chart.series.map(([name, banded], position) =>
          banded ? (
            <Area
              key={`b${position}`}
              dataKey={`b${position}`}
              name={`${name} band`}
              stroke="none"
              fill={seriesColor(position)}
              fillOpacity={0.18}
              isAnimationActive={false}
              legendType="none"
            />
          ) : null,
        )}
        {chart.series.map(([name], position) =>
          chart.area ? (
            <Area
              key={`s${position}`}
              dataKey={`s${position}`}
              name={name}
              stroke={seriesColor(position)}
              fill={seriesColor(position)}
              fillOpacity={0.25}
              dot={false}
              isAnimationActive={false}
            />
          ) : (
            <Line
              key={`s${position}`}
              dataKey={`s${position}`}
              name={name}
              stroke={seriesColor(position)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ),
        )}
        {chart.references.map((reference) => (
          <ReferenceLine
            key={`r${reference.label}`}
            y={reference.y ?? Number.NaN}
            stroke={chart.colour}
            strokeDasharray="6 4"
            label={referenceLabel(reference.label, "insideTopRight")}
          />
        ))}
        {chart.markers.map((marker) => (
          <ReferenceLine
            key={`m${marker.label}`}
            x={marker.x ?? Number.NaN}
            stroke={seriesColor(1)}
            label={referenceLabel(marker.label, "insideTopLeft")}
          />
        ))}
      </>
    );
  }, [makeup, xTicks, xLabel, yLabel, labelFormatter]);
  const rows = Array.from(output.x, (x, index) => {
    const row: Record<string, number | [number, number]> = { x };
    output.series.forEach((series, position) => {
      row[`s${position}`] = series.y[index] ?? NaN;
      if (series.lower && series.upper)
        row[`b${position}`] = [series.lower[index] ?? NaN, series.upper[index] ?? NaN];
    });
    return row;
  });
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <ComposedChart data={rows} margin={margin}>
        {layers}
      </ComposedChart>
    </ChartFrame>
  );
}

/** Overlaid histograms on shared bins, as shares. */
export function HistogramView({ output }: { output: HistogramOutput }) {
  useThemeName(); // colours follow a switch of theme
  const xLabel = useAxisLabel(output.xLabel);
  const yLabel = useAxisLabel("share", true);
  const rows = Array.from({ length: output.edges.length - 1 }, (_, bin) => {
    const row: Record<string, number | string> = {
      bin: formatValue(((output.edges[bin] ?? 0) + (output.edges[bin + 1] ?? 0)) / 2),
    };
    output.series.forEach((series, position) => (row[`s${position}`] = series.shares[bin] ?? 0));
    return row;
  });
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <BarChart data={rows} barGap={0} barCategoryGap={1} margin={margin}>
        {grid}
        <XAxis dataKey="bin" tick={tick} label={xLabel} minTickGap={16} />
        <YAxis interval={0} tick={tick} tickFormatter={formatValue} width={56} label={yLabel} />
        <Tooltip formatter={tooltipFormat} />
        {output.series.map((series, position) => (
          <Bar
            key={position}
            dataKey={`s${position}`}
            name={series.name}
            fill={seriesColor(position)}
            fillOpacity={0.75}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

/** Grouped bars over categories. */
export function BarView({ output }: { output: BarOutput }) {
  useThemeName(); // colours follow a switch of theme
  const yLabel = useAxisLabel(output.yLabel, true);
  // As in LineView: the chart's makeup as one element, re-created only when it changes.
  const makeup = JSON.stringify({
    categories: output.categories,
    series: output.series.map((series) => series.name),
    colour: axisColor(),
  });
  const layers = useMemo(() => {
    const chart = JSON.parse(makeup) as { categories: string[]; series: string[] };
    return (
      <>
        {grid}
        <CategoryAxis categories={chart.categories} valueAxisWidth={64} />
        <YAxis interval={0} tick={tick} tickFormatter={formatValue} width={64} label={yLabel} />
        <Tooltip formatter={tooltipFormat} />
        {chart.series.map((name, position) => (
          <Bar
            key={position}
            dataKey={`s${position}`}
            name={name}
            fill={seriesColor(position)}
            isAnimationActive={false}
          />
        ))}
      </>
    );
  }, [makeup, yLabel]);
  const rows = output.categories.map((category, index) => {
    const row: Record<string, number | string> = { category };
    output.series.forEach((series, position) => (row[`s${position}`] = series.values[index] ?? 0));
    return row;
  });
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <BarChart data={rows} margin={margin}>
        {layers}
      </BarChart>
    </ChartFrame>
  );
}

/** Point clouds. */
export function ScatterView({ output }: { output: ScatterOutput }) {
  useThemeName(); // colours follow a switch of theme
  const xLabel = useAxisLabel(output.xLabel);
  const yLabel = useAxisLabel(output.yLabel, true);
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <ScatterChart margin={margin}>
        {grid}
        <XAxis
          dataKey="x"
          type="number"
          interval={0}
          tick={tick}
          tickFormatter={formatValue}
          label={xLabel}
          domain={autoDomain}
        />
        <YAxis
          dataKey="y"
          type="number"
          interval={0}
          tick={tick}
          tickFormatter={formatValue}
          width={64}
          label={yLabel}
          domain={autoDomain}
        />
        <Tooltip formatter={tooltipFormat} />
        {output.series.map((series, position) => (
          <Scatter
            key={position}
            name={series.name}
            data={Array.from(series.x, (x, index) => ({ x, y: series.y[index] ?? NaN }))}
            fill={seriesColor(position)}
            fillOpacity={0.6}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ChartFrame>
  );
}

/** Step empirical CDFs. */
export function EcdfView({ output }: { output: EcdfOutput }) {
  useThemeName(); // colours follow a switch of theme
  const xLabel = useAxisLabel(output.xLabel);
  const yLabel = useAxisLabel("F(x)", true);
  const xTicks = useNiceTicks(
    finiteExtent(output.series.flatMap((series) => Array.from(series.x))),
  );
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <ComposedChart margin={margin}>
        {grid}
        <XAxis
          dataKey="x"
          type="number"
          domain={lineDomain}
          ticks={xTicks}
          interval={0}
          tick={tick}
          tickFormatter={formatValue}
          label={xLabel}
          allowDuplicatedCategory={false}
        />
        <YAxis interval={0} domain={unitDomain} tick={tick} width={48} label={yLabel} />
        <Tooltip formatter={tooltipFormat} />
        {output.series.map((series, position) => (
          <Line
            key={position}
            type="stepAfter"
            name={series.name}
            data={Array.from(series.x, (x, index) => ({ x, p: series.p[index] ?? NaN }))}
            dataKey="p"
            stroke={seriesColor(position)}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}
