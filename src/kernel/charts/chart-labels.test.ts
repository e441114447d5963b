import { describe, expect, it } from "vitest";
import { dagNodeTitle, timelineEventTitle, truncateLabel, wrapLabel } from "./chart-labels";

describe("wrapLabel", () => {
  it("breaks between words and keeps a long word whole", () => {
    expect(wrapLabel("point-in-time + created filter", 14)).toEqual([
      "point-in-time",
      "+ created",
      "filter",
    ]);
    expect(wrapLabel("latest value", 20)).toEqual(["latest value"]);
    expect(wrapLabel("  spaced   out ", 3)).toEqual(["spaced", "out"]);
  });
});

describe("truncateLabel", () => {
  it("cuts a long label to the given length, ellipsis included, and keeps a short one", () => {
    expect(truncateLabel("enterprise accounts", 8)).toBe("enterpr…");
    expect(truncateLabel("other", 5)).toBe("other");
  });
});

describe("tooltips", () => {
  it("name a timeline event and a graph node with what they are", () => {
    expect(timelineEventTitle({ time: 2.5, label: "f3", status: "leak", note: "after" })).toBe(
      "f3 at 2.5: leak (after)",
    );
    expect(
      dagNodeTitle({ id: "a", label: "raw", kind: "data", changed: true, detail: "new" }),
    ).toBe("raw (data), changed: new");
    expect(dagNodeTitle({ id: "m", label: "model", kind: "model", changed: false })).toBe(
      "model (model)",
    );
  });
});
