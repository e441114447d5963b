import { formatValue } from "../../../kernel/charts/chart-labels";
import { dataAxis } from "../../../kernel/charts/chart-axes";
import type { ScatterOutput } from "../../../kernel/output-types";
import { ChartFrame, plotArea, plotScales } from "./chart-parts";
import { seriesColor } from "./palette";
import { linePath } from "./series-paths";

// Point clouds: a dot per point, drawn from the axes' scales (a cloud is thinned to at most 800
// points in the worker). Each dot names its values, which browsers show on hover. A `line`
// series (a reference such as y = x) is a line through its points, drawn first so it stays
// under the dots: as two dots its end points would not read as a line, and one of them may sit
// exactly on a data point.

/** Point clouds. */
export function ScatterView({ output }: { output: ScatterOutput }) {
  // Each axis over the values of every series, on round bounds (a flat one is widened by one).
  const x = dataAxis(...output.series.map((series) => series.x));
  const y = dataAxis(...output.series.map((series) => series.y));
  const plot = plotArea(undefined, y.ticks);
  const scales = plotScales(plot, x.domain, y.domain);
  const xName = output.xLabel || "x";
  const yName = output.yLabel || "y";
  return (
    <ChartFrame
      names={output.series.map((series) => series.name)}
      plot={plot}
      scales={scales}
      x={{ ...x, label: output.xLabel }}
      y={{ ...y, label: output.yLabel }}
    >
      <g className="chart-lines">
        {output.series.map((series, position) =>
          series.line ? (
            <path
              key={position}
              className="chart-line"
              d={linePath(series.x, series.y, scales.x, scales.y)}
              fill="none"
              stroke={seriesColor(position)}
              strokeWidth={2}
              strokeLinejoin="round"
              strokeLinecap="round"
            >
              <title>{series.name}</title>
            </path>
          ) : null,
        )}
      </g>
      {output.series.map((series, position) =>
        series.line ? null : (
          <g key={position} className="chart-points" fill={seriesColor(position)} fillOpacity={0.6}>
            {Array.from(series.x, (value, index) => {
              const cx = scales.x(value);
              const cy = scales.y(series.y[index] ?? Number.NaN);
              if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
              return (
                <circle key={index} cx={cx} cy={cy} r={3.5}>
                  <title>
                    {`${series.name}: ${xName} = ${formatValue(value)}, ${yName} = ${formatValue(series.y[index] ?? Number.NaN)}`}
                  </title>
                </circle>
              );
            })}
          </g>
        ),
      )}
    </ChartFrame>
  );
}
