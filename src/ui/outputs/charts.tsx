import { useMemo } from "react";
import {
  Bar,
  BarChart,
  ComposedChart,
  Line,
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
  ScatterOutput,
} from "../../kernel/output-types";
import { finiteExtent, wrapLabel } from "./axis-ticks";
import {
  ChartFrame,
  grid,
  margin,
  tick,
  tooltipFormat,
  useAxisLabel,
  useNiceTicks,
} from "./chart-parts";
import { axisColor, formatValue, seriesColor, useThemeName } from "./palette";

const lineDomain = ["dataMin", "dataMax"] as const;
const autoDomain = ["auto", "auto"] as const;
const unitDomain = [0, 1] as const;

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
