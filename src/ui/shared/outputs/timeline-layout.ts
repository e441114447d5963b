// Where a timeline's labels go: an event's under the event, moved down a row when it would run
// into a neighbour's (events of one lane are often minutes apart on an axis of hours), and a
// lane's in up to two lines beside the lane.

import { truncateLabel, wrapLabel } from "../../../kernel/charts/chart-labels";

/** Approximate width of one character of an 11 px label, in SVG units. */
export const labelCharWidth = 6.2;

/**
 * Where a label of `chars` characters centred on `x` sits once kept inside [left, right]: its
 * left and right ends, and the anchor that draws it there.
 */
export function labelExtent(
  x: number,
  chars: number,
  [left, right]: [number, number],
): { start: number; end: number; anchor: "start" | "middle" | "end" } {
  const width = chars * labelCharWidth;
  if (x + width / 2 > right) return { start: right - width, end: right, anchor: "end" };
  if (x - width / 2 < left) return { start: left, end: left + width, anchor: "start" };
  return { start: x - width / 2, end: x + width / 2, anchor: "middle" };
}

/** A label's place: its row under the event (0 = just under it), its ends and its anchor. */
export type LabelPlace = ReturnType<typeof labelExtent> & { row: number };

/**
 * Where each label goes, given the events' x positions, their labels and the drawing's
 * horizontal bounds: each label takes the first row where it clears, by `gap`, every label
 * already placed there. Labels are placed from left to right; the result is in the input's order.
 */
export function placeLabels(
  xs: number[],
  labels: string[],
  bounds: [number, number] = [-Infinity, Infinity],
  gap = 6,
): LabelPlace[] {
  const order = xs.map((x, index) => ({ x, index })).sort((left, right) => left.x - right.x);
  const rowEnds: number[] = [];
  const places = new Array<LabelPlace>(xs.length);
  for (const { x, index } of order) {
    const extent = labelExtent(x, labels[index]?.length ?? 0, bounds);
    let row = rowEnds.findIndex((rowEnd) => extent.start >= rowEnd + gap);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = extent.end;
    places[index] = { ...extent, row };
  }
  return places;
}

/** A lane's label: lines of at most this many 12 px characters fit beside the lanes. */
export const laneLabelChars = 17;
/** The distance between a lane label's lines, in SVG units. */
export const laneLabelLineHeight = 14;

/** A lane's label in at most two lines that fit beside the lanes, the second cut if need be. */
export function laneLabelLines(label: string): string[] {
  const lines = wrapLabel(label, laneLabelChars);
  const shown = [lines[0] ?? "", ...(lines.length > 1 ? [lines.slice(1).join(" ")] : [])];
  return shown.map((line) => truncateLabel(line, laneLabelChars));
}
