import { createContext, useContext, useMemo } from "react";
import { ComposedChart, DefaultZIndexes, ZIndexLayer } from "recharts";
import type { EcdfOutput } from "../../kernel/output-types";
import { finiteExtent, niceDomain, niceTicks } from "./axis-ticks";
import {
  ChartFrame,
  FrameXAxis,
  FrameYAxis,
  grid,
  margin,
  usePlotScales,
  useStable,
} from "./chart-parts";
import { formatValue, seriesColor, useThemeName } from "./palette";
import { CursorMarks, PlotReadout } from "./plot-readout";
import { stepPath, stepValueAt } from "./series-paths";

/*
 * Empirical CDFs, drawn as line charts are (Recharts' container, grid, axes and scales; the steps
 * as paths built from them). Each curve starts at 0 at the left of the axis and ends at 1 at its
 * right, as an ECDF is read.
 */

const unitDomain = [0, 1];
const unitTicks = [0, 0.25, 0.5, 0.75, 1];
/** The points the arrow keys step through, evenly across the x axis. */
const keySteps = 200;

const EcdfData = createContext<{ output: EcdfOutput; xDomain: number[]; theme: string } | null>(
  null,
);

/** The curves. */
function StepsLayer() {
  const data = useContext(EcdfData);
  const scales = usePlotScales();
  if (!data || !scales) return null;
  const { x, y } = scales;
  const [from = 0, to = 1] = data.xDomain;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.line}>
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
    </ZIndexLayer>
  );
}

/** Each curve's value at the x under the pointer, or at the keyboard's position. */
function Readout() {
  const data = useContext(EcdfData);
  const scales = usePlotScales();
  if (!data || !scales) return null;
  const { x, y, invertX } = scales;
  const [from = 0, to = 1] = data.xDomain;
  const { output } = data;
  // Positions are steps of a fine grid across the axis, for the keys as for the pointer.
  const valueOf = (index: number) => from + ((to - from) * index) / keySteps;
  const xName = output.xLabel || "x";
  return (
    <PlotReadout
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

/** The chart, the same element for every run: a run reaches its parts through `EcdfData` and
 * the frame's axes. */
const chart = (
  <ComposedChart margin={margin} accessibilityLayer={false}>
    {grid}
    <FrameXAxis />
    <FrameYAxis />
    <StepsLayer />
    <Readout />
  </ComposedChart>
);

/** Step empirical CDFs. */
export function EcdfView({ output }: { output: EcdfOutput }) {
  const theme = useThemeName(); // colours follow a switch of theme
  const extent = finiteExtent(output.series.flatMap((series) => Array.from(series.x))) ?? [0, 1];
  // Widened to round values: the axis then stays put while a slider nudges the samples.
  const xDomain = useStable(
    extent[0] < extent[1] ? niceDomain(extent[0], extent[1]) : [extent[0] - 1, extent[0] + 1],
  );
  const xTicks = useStable(niceTicks(xDomain[0] ?? 0, xDomain[1] ?? 1));
  const data = useMemo(() => ({ output, xDomain, theme }), [output, xDomain, theme]);
  const axes = {
    x: { domain: xDomain, ticks: xTicks, label: output.xLabel },
    y: { domain: unitDomain, ticks: unitTicks, label: "F(x)" },
    theme,
  };
  return (
    <EcdfData value={data}>
      <ChartFrame names={output.series.map((series) => series.name)} axes={axes}>
        {chart}
      </ChartFrame>
    </EcdfData>
  );
}
