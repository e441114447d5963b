import { formatValue } from "../../../kernel/charts/chart-labels";
import { dataAxis, shareAxis } from "../../../kernel/charts/chart-axes";
import type { EcdfOutput } from "../../../kernel/output-types";
import { ChartFrame, plotArea, plotScales, type Plot, type PlotScales } from "./chart-parts";
import { seriesColor } from "./palette";
import { CursorMarks, PlotReadout } from "./plot-readout";
import { stepPath, stepValueAt } from "./series-paths";

/*
 * Empirical CDFs, drawn as line charts are (the frame's grid and axes; the steps as paths built
 * from the axes' scales). Each curve starts at 0 at the left of the axis and ends at 1 at its
 * right, as an ECDF is read.
 */

/** The points the arrow keys step through, evenly across the x axis. */
const keySteps = 200;

/** What the chart's layers draw from: the run's output, the x axis' domain and the scales. */
interface EcdfChart {
  output: EcdfOutput;
  xDomain: number[];
  plot: Plot;
  scales: PlotScales;
}

/** The curves. */
function StepsLayer({ chart: data }: { chart: EcdfChart }) {
  const { x, y } = data.scales;
  const [from = 0, to = 1] = data.xDomain;
  return (
    <g className="chart-lines">
      {data.output.series.map((series, position) => (
        <path
          key={position}
          className="chart-line"
          d={stepPath(series.x, series.p, x, y, [from, to])}
          fill="none"
          stroke={seriesColor(position)}
          strokeWidth={2}
        />
      ))}
    </g>
  );
}

/** Each curve's value at the x under the pointer, or at the keyboard's position. */
function Readout({ chart: data }: { chart: EcdfChart }) {
  const { x, y, invertX } = data.scales;
  const [from = 0, to = 1] = data.xDomain;
  const { output } = data;
  // Positions are steps of a fine grid across the axis, for the keys as for the pointer.
  const valueOf = (index: number) => from + ((to - from) * index) / keySteps;
  const xName = output.xLabel || "x";
  return (
    <PlotReadout
      plot={data.plot}
      source={{
        label: output.title || "Empirical CDFs",
        count: keySteps + 1,
        keyAt: (pixel) => {
          const value = invertX(pixel);
          return Number.isFinite(value)
            ? Math.round(((value - from) / (to - from)) * keySteps)
            : null;
        },
        indexOf: (index) => (index >= 0 && index <= keySteps ? index : -1),
        keyOf: (index) => index,
        anchor: (index) => x(valueOf(index)),
        marks: (index, plot) => (
          <CursorMarks
            at={x(valueOf(index))}
            plot={plot}
            values={output.series.map((series) =>
              y(stepValueAt(series.x, series.p, valueOf(index))),
            )}
          />
        ),
        title: (index) => `${xName} = ${formatValue(Number(valueOf(index).toPrecision(4)))}`,
        lines: (index) =>
          output.series.map((series) => ({
            name: series.name,
            value: `F = ${formatValue(stepValueAt(series.x, series.p, valueOf(index)))}`,
          })),
      }}
    />
  );
}

/** Step empirical CDFs. */
export function EcdfView({ output }: { output: EcdfOutput }) {
  // Widened to round values: the axis then stays put while a slider nudges the samples.
  const xAxis = dataAxis(...output.series.map((series) => series.x));
  const plot = plotArea();
  const scales = plotScales(plot, xAxis.domain, shareAxis.domain);
  const chart = { output, xDomain: xAxis.domain, plot, scales };
  return (
    <ChartFrame
      names={output.series.map((series) => series.name)}
      plot={plot}
      scales={scales}
      x={{ ...xAxis, label: output.xLabel }}
      y={{ ...shareAxis, label: "F(x)" }}
    >
      <StepsLayer chart={chart} />
      <Readout chart={chart} />
    </ChartFrame>
  );
}
