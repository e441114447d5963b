import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
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
const tick = () => ({ fill: axisColor(), fontSize: 12 });
const axisLabel = (value: string, vertical = false) =>
  value
    ? {
        value,
        position: vertical ? ("insideLeft" as const) : ("insideBottom" as const),
        angle: vertical ? -90 : 0,
        offset: vertical ? 10 : -4,
        fill: axisColor(),
        fontSize: 12,
      }
    : undefined;
const tooltipFormat = (value: unknown) =>
  Array.isArray(value)
    ? value.map((item) => formatValue(Number(item))).join(" – ")
    : formatValue(Number(value));

/** Lines with optional confidence bands, threshold lines and event markers. */
export function LineView({ output }: { output: LineOutput }) {
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
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis
          dataKey="x"
          type="number"
          domain={["dataMin", "dataMax"]}
          tick={tick()}
          tickFormatter={formatValue}
          label={axisLabel(output.xLabel)}
        />
        <YAxis
          tick={tick()}
          tickFormatter={formatValue}
          label={axisLabel(output.yLabel, true)}
          width={64}
        />
        <Tooltip
          formatter={tooltipFormat}
          labelFormatter={(label) => `${output.xLabel || "x"} = ${formatValue(Number(label))}`}
        />
        {output.series.length > 1 && <Legend verticalAlign="top" height={24} />}
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
    </ResponsiveContainer>
  );
}

/** Overlaid histograms on shared bins, as shares. */
export function HistogramView({ output }: { output: HistogramOutput }) {
  const rows = Array.from({ length: output.edges.length - 1 }, (_, bin) => {
    const row: Record<string, number | string> = {
      bin: formatValue(((output.edges[bin] ?? 0) + (output.edges[bin + 1] ?? 0)) / 2),
    };
    output.series.forEach((series, position) => (row[`s${position}`] = series.shares[bin] ?? 0));
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={rows}
        barGap={0}
        barCategoryGap={1}
        margin={{ top: 8, right: 16, bottom: 16, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis dataKey="bin" tick={tick()} label={axisLabel(output.xLabel)} minTickGap={16} />
        <YAxis
          tick={tick()}
          tickFormatter={formatValue}
          width={56}
          label={axisLabel("share", true)}
        />
        <Tooltip formatter={tooltipFormat} />
        {output.series.length > 1 && <Legend verticalAlign="top" height={24} />}
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
    </ResponsiveContainer>
  );
}

/** Grouped bars over categories. */
export function BarView({ output }: { output: BarOutput }) {
  const rows = output.categories.map((category, index) => {
    const row: Record<string, number | string> = { category };
    output.series.forEach((series, position) => (row[`s${position}`] = series.values[index] ?? 0));
    return row;
  });
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis dataKey="category" tick={tick()} interval={0} />
        <YAxis
          tick={tick()}
          tickFormatter={formatValue}
          width={64}
          label={axisLabel(output.yLabel, true)}
        />
        <Tooltip formatter={tooltipFormat} />
        {output.series.length > 1 && <Legend verticalAlign="top" height={24} />}
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
    </ResponsiveContainer>
  );
}

/** Point clouds. */
export function ScatterView({ output }: { output: ScatterOutput }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis
          dataKey="x"
          type="number"
          tick={tick()}
          tickFormatter={formatValue}
          label={axisLabel(output.xLabel)}
          domain={["auto", "auto"]}
        />
        <YAxis
          dataKey="y"
          type="number"
          tick={tick()}
          tickFormatter={formatValue}
          width={64}
          label={axisLabel(output.yLabel, true)}
          domain={["auto", "auto"]}
        />
        <Tooltip formatter={tooltipFormat} />
        {output.series.length > 1 && <Legend verticalAlign="top" height={24} />}
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
    </ResponsiveContainer>
  );
}

/** Step empirical CDFs. */
export function EcdfView({ output }: { output: EcdfOutput }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" strokeOpacity={0.4} />
        <XAxis
          dataKey="x"
          type="number"
          domain={["dataMin", "dataMax"]}
          tick={tick()}
          tickFormatter={formatValue}
          label={axisLabel(output.xLabel)}
          allowDuplicatedCategory={false}
        />
        <YAxis domain={[0, 1]} tick={tick()} width={48} label={axisLabel("F(x)", true)} />
        <Tooltip formatter={tooltipFormat} />
        {output.series.length > 1 && <Legend verticalAlign="top" height={24} />}
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
    </ResponsiveContainer>
  );
}
