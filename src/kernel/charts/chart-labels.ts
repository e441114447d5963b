// A chart's text, the same in the app's charts and tables and in the notebook files' SVG and
// HTML: values as short text, labels made to fit without measuring (lengths are counted in
// characters) and the tooltips of timeline events and graph nodes.
import { formatAxisNumber } from "../../lab/core/format-number";
import type { DagOutput, MetricCard, TimelineEvent } from "../output-types";

/** Short numbers for axes and tables (the lab's `formatAxisNumber`); a SQL null as NULL. */
export function formatValue(value: number | string | boolean | null): string {
  if (value === null) return "NULL";
  return typeof value === "number" ? formatAxisNumber(value) : String(value);
}

/**
 * A metric card's value without its unit: a finite number with the card's fixed digits when it
 * sets them, anything else as `formatValue` writes it (a missing value, NaN, as a dash). A value
 * too small to show at those digits is written as `formatValue` writes it ("3.425e-8"), not as
 * zero: a p-value of 3.4 × 10⁻⁸ is not "0.0000".
 */
export function formatMetricValue(card: Pick<MetricCard, "value" | "digits">): string {
  const { value, digits } = card;
  if (typeof value !== "number" || digits === undefined || !Number.isFinite(value))
    return formatValue(value);
  const fixed = value.toFixed(digits);
  return value !== 0 && /^-?0(\.0*)?$/.test(fixed) ? formatValue(value) : fixed;
}

/**
 * A label broken between words into lines of at most `maxChars` characters (a longer word keeps
 * a line to itself), for category labels that must fit the width of their band.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A label of at most `maxChars` characters: a longer one is cut and ends with an ellipsis. */
export function truncateLabel(text: string, maxChars: number): string {
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

/**
 * A timeline's legend: each kind of event and its name, in the order listed. Generic words, as a
 * timeline draws point-in-time joins (the row used is the winner) and traces (the critical path).
 */
const timelineLegend: readonly (readonly [TimelineEvent["status"], string])[] = [
  ["winner", "winner"],
  ["candidate", "candidate"],
  ["excluded", "excluded"],
  ["leak", "leak"],
  ["entity", "entity time"],
];

/** The legend entries of the kinds of event a timeline shows, in the legend's order. */
export function timelineLegendShown(
  lanes: readonly { events: readonly { status: TimelineEvent["status"] }[] }[],
): (readonly [TimelineEvent["status"], string])[] {
  const shown = new Set(lanes.flatMap((lane) => lane.events.map((event) => event.status)));
  return timelineLegend.filter(([status]) => shown.has(status));
}

/** What a timeline event's tooltip says: its label, time, status and note. */
export function timelineEventTitle(event: TimelineEvent): string {
  return `${event.label} at ${formatAxisNumber(event.time)}: ${event.status}${event.note ? ` (${event.note})` : ""}`;
}

/** What a dependency graph node's tooltip says: its label, kind, whether it changed, detail. */
export function dagNodeTitle(node: DagOutput["nodes"][number]): string {
  return `${node.label} (${node.kind})${node.changed ? ", changed" : ""}${node.detail ? `: ${node.detail}` : ""}`;
}
