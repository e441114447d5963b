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
  XAxis,
  YAxis,
} from "recharts";
import type {
  BarOutput,
  EcdfOutput,
  HistogramOutput,
  LineOutput,
  ScatterOutput,
} from "../../kernel/output-types";
import { axisColor, formatValue, seriesColor } from "./palette";

const height = 260;
const margin = { top: 8, right: 16, bottom: 16, left: 8 };
const lineDomain = ["dataMin", "dataMax"] as const;
const autoDomain = ["auto", "auto"] as const;
const unitDomain = [0, 1] as const;
// Value axes show Recharts' five "nice" ticks, stacked vertically so they never collide:
// interval={0} keeps every one and spares Recharts measuring each label in the DOM (a forced
// layout per tick per redraw, and value labels change on every run). Horizontal axes keep the
// default, which drops labels that would overlap.

/*
 * Recharts keeps a chart's settings in a store and recomputes what depends on any prop whose
 * identity changes, so everything that does not change between runs (margins, tick and label
 * styles, formatters) is a module-level or memoised constant: a slider move then recomputes the
 * data, not the whole chart.
 */
const tickStyles = new Map<string, { fill: string; fontSize: number }>();
function tick() {
  const fill = axisColor();
  let style = tickStyles.get(fill);
  if (!style) tickStyles.set(fill, (style = { fill, fontSize: 12 }));
  return style;
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
  const xLabel = useAxisLabel(output.xLabel);
  const yLabel = useAxisLabel(output.yLabel, true);
  const labelFormatter = useMemo(() => {
    const name = output.xLabel || "x";
    return (label: unknown) => `${name} = ${formatValue(Number(label))}`;
  }, [output.xLabel]);
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
        {grid}
        <XAxis
          dataKey="x"
          type="number"
          domain={lineDomain}
          tick={tick()}
          tickFormatter={formatValue}
          label={xLabel}
        />
        <YAxis interval={0} tick={tick()} tickFormatter={formatValue} label={yLabel} width={64} />
        <Tooltip formatter={tooltipFormat} labelFormatter={labelFormatter} />
        {output.series.map((series, position) =>
          series.lower && series.upper ? (
            <Area
              key={`b${position}`}
              dataKey={`b${position}`}
              name={`${series.name} band`}
              stroke="none"
              fill={seriesColor(position)}
              fillOpacity={0.18}
              isAnimationActive={false}
              legendType="none"
            />
          ) : null,
        )}
        {output.series.map((series, position) =>
          output.area ? (
            <Area
              key={`s${position}`}
              dataKey={`s${position}`}
              name={series.name}
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
              name={series.name}
              stroke={seriesColor(position)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ),
        )}
        {output.references.map((reference) => (
          <ReferenceLine
            key={`r${reference.label}`}
            y={reference.y}
            stroke={axisColor()}
            strokeDasharray="6 4"
            label={{
              value: reference.label,
              fill: axisColor(),
              fontSize: 11,
              position: "insideTopRight",
            }}
          />
        ))}
        {output.markers.map((marker) => (
          <ReferenceLine
            key={`m${marker.label}`}
            x={marker.x}
            stroke={seriesColor(1)}
            label={{
              value: marker.label,
              fill: axisColor(),
              fontSize: 11,
              position: "insideTopLeft",
            }}
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}

/** Overlaid histograms on shared bins, as shares. */
export function HistogramView({ output }: { output: HistogramOutput }) {
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
        <XAxis dataKey="bin" tick={tick()} label={xLabel} minTickGap={16} />
        <YAxis interval={0} tick={tick()} tickFormatter={formatValue} width={56} label={yLabel} />
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
  const yLabel = useAxisLabel(output.yLabel, true);
  const rows = output.categories.map((category, index) => {
    const row: Record<string, number | string> = { category };
    output.series.forEach((series, position) => (row[`s${position}`] = series.values[index] ?? 0));
    return row;
  });
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <BarChart data={rows} margin={margin}>
        {grid}
        <XAxis dataKey="category" tick={tick()} interval={0} />
        <YAxis interval={0} tick={tick()} tickFormatter={formatValue} width={64} label={yLabel} />
        <Tooltip formatter={tooltipFormat} />
        {output.series.map((series, position) => (
          <Bar
            key={position}
            dataKey={`s${position}`}
            name={series.name}
            fill={seriesColor(position)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

/** Point clouds. */
export function ScatterView({ output }: { output: ScatterOutput }) {
  const xLabel = useAxisLabel(output.xLabel);
  const yLabel = useAxisLabel(output.yLabel, true);
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <ScatterChart margin={margin}>
        {grid}
        <XAxis
          dataKey="x"
          type="number"
          tick={tick()}
          tickFormatter={formatValue}
          label={xLabel}
          domain={autoDomain}
        />
        <YAxis
          dataKey="y"
          type="number"
          interval={0}
          tick={tick()}
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
  const xLabel = useAxisLabel(output.xLabel);
  const yLabel = useAxisLabel("F(x)", true);
  return (
    <ChartFrame names={output.series.map((series) => series.name)}>
      <ComposedChart margin={margin}>
        {grid}
        <XAxis
          dataKey="x"
          type="number"
          domain={lineDomain}
          tick={tick()}
          tickFormatter={formatValue}
          label={xLabel}
          allowDuplicatedCategory={false}
        />
        <YAxis interval={0} domain={unitDomain} tick={tick()} width={48} label={yLabel} />
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
