import { ComposedChart, Line, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import type { EcdfOutput, ScatterOutput } from "../../kernel/output-types";
import { finiteExtent } from "./axis-ticks";
import {
  ChartFrame,
  grid,
  margin,
  tick,
  tooltipFormat,
  useAxisLabel,
  useNiceTicks,
} from "./chart-parts";
import { formatValue, seriesColor, useThemeName } from "./palette";

// Point clouds and step ECDFs: Recharts' own series, with its tooltip.

const lineDomain = ["dataMin", "dataMax"] as const;
const autoDomain = ["auto", "auto"] as const;
const unitDomain = [0, 1] as const;

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
