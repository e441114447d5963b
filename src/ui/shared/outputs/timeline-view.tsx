import {
  formatValue,
  timelineEventTitle,
  timelineLegendShown,
} from "../../../kernel/charts/chart-labels";
import { niceTicks } from "../../../kernel/charts/chart-scales";
import type { TimelineOutput } from "../../../kernel/output-types";
import { DiagramRegion } from "./diagram-region";
import { toTenth } from "./series-paths";
import {
  laneLabelLineHeight,
  laneLabelLines,
  placeLabels,
  type LabelPlace,
} from "./timeline-layout";

/** A lane: its window's label, the events (centred 28 below the top), a row per label line. */
const laneCentre = 28;
const laneBase = 56;
const labelRowHeight = 12;
const labelWidth = 120;
const plotWidth = 560;

/**
 * A lane's events with their positions, entity times first, so a feature row at the same time is
 * drawn over the diamond, not under it.
 */
function drawingOrder(events: TimelineOutput["lanes"][number]["events"]) {
  const placed = events.map((event, position) => ({ event, position }));
  return [
    ...placed.filter(({ event }) => event.status === "entity"),
    ...placed.filter(({ event }) => event.status !== "entity"),
  ];
}

/** Lanes of events on a shared time axis: feature rows against entity times, winners and exclusions. */
export function TimelineView({ output }: { output: TimelineOutput }) {
  const legend = timelineLegendShown(output.lanes);
  const times = output.lanes.flatMap((lane) => [
    ...lane.events.map((event) => event.time),
    ...(lane.window ? [lane.window.start, lane.window.end] : []),
  ]);
  const low = Math.min(...times);
  const high = Math.max(...times);
  const span = high - low || 1;
  const x = (time: number) => toTenth(labelWidth + 12 + ((time - low) / span) * (plotWidth - 24));
  const width = labelWidth + plotWidth;
  const labelBounds: [number, number] = [labelWidth, width - 2];
  // Lanes stack from the top, each as tall as its rows of labels need.
  const lanes: { top: number; places: LabelPlace[] }[] = [];
  let height = 0;
  for (const lane of output.lanes) {
    const places = placeLabels(
      lane.events.map((event) => x(event.time)),
      lane.events.map((event) => event.label),
      labelBounds,
    );
    lanes.push({ top: height, places });
    height += laneBase + labelRowHeight * Math.max(0, ...places.map((place) => place.row));
  }
  // The time axis under the lanes: round ticks, then its title.
  const axisTop = height + 4;
  const ticks = niceTicks(low, high).filter((tick) => tick >= low && tick <= high);
  height = axisTop + 36;
  return (
    <DiagramRegion name={output.title || "Timeline"}>
      <svg
        className="timeline"
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={output.title || "Timeline"}
      >
        {output.lanes.map((lane, index) => {
          const layout = lanes[index];
          const y = (layout?.top ?? 0) + laneCentre;
          const labelLines = laneLabelLines(lane.label);
          const labelTop = y + 4 - ((labelLines.length - 1) * laneLabelLineHeight) / 2;
          return (
            <g key={`${lane.label}-${index}`}>
              <text x={4} y={labelTop} className="timeline-lane-label">
                {labelLines.join(" ") !== lane.label && <title>{lane.label}</title>}
                {labelLines.map((line, row) => (
                  <tspan key={row} x={4} dy={row === 0 ? 0 : laneLabelLineHeight}>
                    {line}
                  </tspan>
                ))}
              </text>
              <line x1={labelWidth} x2={width - 4} y1={y} y2={y} className="timeline-axis" />
              {lane.window && (
                <g>
                  <rect
                    x={x(lane.window.start)}
                    y={y - 14}
                    width={toTenth(Math.max(2, x(lane.window.end) - x(lane.window.start)))}
                    height={28}
                    className="timeline-window"
                  />
                  <text x={toTenth(x(lane.window.start) + 3)} y={y - 16} className="timeline-note">
                    {lane.window.label}
                  </text>
                </g>
              )}
              {drawingOrder(lane.events).map(({ event, position }) => {
                const place = layout?.places[position];
                return (
                  <g
                    key={position}
                    transform={`translate(${x(event.time)} ${y})`}
                    className={`timeline-event timeline-${event.status}`}
                  >
                    <title>{timelineEventTitle(event)}</title>
                    {event.status === "entity" ? (
                      <path d="M0 -11L7 0L0 11L-7 0z" />
                    ) : (
                      <circle r={7} />
                    )}
                    <text
                      x={
                        place?.anchor === "end"
                          ? place.end - x(event.time)
                          : place?.anchor === "start"
                            ? place.start - x(event.time)
                            : 0
                      }
                      y={22 + labelRowHeight * (place?.row ?? 0)}
                      textAnchor={place?.anchor ?? "middle"}
                      className="timeline-event-label"
                    >
                      {event.label}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <g className="timeline-time-axis">
          <line x1={x(low)} x2={x(high)} y1={axisTop} y2={axisTop} className="timeline-axis" />
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={axisTop}
                y2={axisTop + 4}
                className="timeline-axis"
              />
              <text x={x(tick)} y={axisTop + 15} textAnchor="middle" className="timeline-note">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          <text
            x={toTenth(labelWidth + plotWidth / 2)}
            y={axisTop + 32}
            textAnchor="middle"
            className="timeline-note"
          >
            {output.timeLabel}
          </text>
        </g>
      </svg>
      {legend.length > 0 && (
        <ul className="timeline-legend" aria-label="Legend">
          {legend.map(([status, label]) => (
            <li key={status} className={`timeline-${status}`}>
              {label}
            </li>
          ))}
        </ul>
      )}
    </DiagramRegion>
  );
}
