import { ScatterChart, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { ScatterOutput } from "../../kernel/output-types";
import { ChartFrame, grid, margin, tick, tooltipFormat, useAxisLabel } from "./chart-parts";
import { formatValue, seriesColor, useThemeName } from "./palette";

// Point clouds: Recharts' own scatter series, with its tooltip (a cloud is thinned to at most
// 800 points in the worker).

const autoDomain = ["auto", "auto"] as const;

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
