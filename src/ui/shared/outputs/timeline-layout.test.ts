import { describe, expect, it } from "vitest";
import {
  labelCharWidth,
  labelExtent,
  laneLabelChars,
  laneLabelLines,
  placeLabels,
} from "./timeline-layout";

const labelRows = (...args: Parameters<typeof placeLabels>) =>
  placeLabels(...args).map((place) => place.row);

describe("placeLabels", () => {
  it("keeps labels that clear each other on the first row", () => {
    expect(labelRows([0, 200, 400], ["a", "b", "c"])).toEqual([0, 0, 0]);
  });

  it("moves a label that would run into its neighbour down a row, and back up when it can", () => {
    const label = "0.5 (created 10:05)"; // 19 characters, about 118 units wide
    const width = label.length * labelCharWidth;
    const xs = [100, 100 + width / 2, 100 + width + 10];
    expect(labelRows(xs, [label, label, label])).toEqual([0, 1, 0]);
  });

  it("answers in the input's order whatever the order of the events", () => {
    expect(labelRows([300, 0, 10], ["x", "long label here", "long label here"])).toEqual([0, 0, 1]);
  });
});

describe("labelExtent", () => {
  it("centres a label, or keeps it inside the drawing at either edge", () => {
    const width = 10 * labelCharWidth;
    expect(labelExtent(300, 10, [120, 680])).toEqual({
      start: 300 - width / 2,
      end: 300 + width / 2,
      anchor: "middle",
    });
    expect(labelExtent(678, 10, [120, 680])).toEqual({
      start: 680 - width,
      end: 680,
      anchor: "end",
    });
    expect(labelExtent(125, 10, [120, 680])).toEqual({
      start: 120,
      end: 120 + width,
      anchor: "start",
    });
  });
});

describe("laneLabelLines", () => {
  it("keeps a short label on one line", () => {
    expect(laneLabelLines("invoke_agent")).toEqual(["invoke_agent"]);
  });

  it("breaks a point-in-time join's lane label between words instead of cutting it", () => {
    // The pit-join-timeline cell names its lanes "entity row i: (entity id, request time)".
    expect(laneLabelLines("entity row 1: (1001, 11:00)")).toEqual([
      "entity row 1:",
      "(1001, 11:00)",
    ]);
    expect(laneLabelLines("entity row 2: (1002, 11:00:01)")).toEqual([
      "entity row 2:",
      "(1002, 11:00:01)",
    ]);
  });

  it("cuts only what two lines cannot hold, and no line is wider than the lane labels' column", () => {
    const lines = laneLabelLines("a lane label with far more words than two short lines can hold");
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(laneLabelChars);
  });
});
