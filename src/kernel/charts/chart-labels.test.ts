import { describe, expect, it } from "vitest";
import {
  dagNodeTitle,
  formatMetricValue,
  formatValue,
  timelineEventTitle,
  truncateLabel,
  wrapLabel,
} from "./chart-labels";

describe("formatValue", () => {
  it("keeps four significant digits and integers whole", () => {
    expect(formatValue(0.123456)).toBe("0.1235");
    expect(formatValue(42)).toBe("42");
    expect(formatValue(1234.5678)).toBe("1235");
  });

  it("writes very small and very large numbers in exponent form", () => {
    expect(formatValue(0.00012346)).toBe("1.235e-4");
    expect(formatValue(2.5e7)).toBe("25000000");
    expect(formatValue(2.55e6 + 0.5)).toBe("2.550e+6");
  });

  it("shows a missing number as a dash, and NULL, text and infinities as they are", () => {
    expect(formatValue(Number.NaN)).toBe("—");
    expect(formatValue(null)).toBe("NULL");
    expect(formatValue("late")).toBe("late");
    expect(formatValue(Infinity)).toBe("Infinity");
  });
});

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

describe("formatMetricValue", () => {
  it("fixes the digits of a finite number and writes anything else as formatValue does", () => {
    expect(formatMetricValue({ value: 0.123456, digits: 3 })).toBe("0.123");
    expect(formatMetricValue({ value: 2, digits: 2 })).toBe("2.00");
    // Too small for its digits: in exponent form, never a misleading zero.
    expect(formatMetricValue({ value: 3.425110792543792e-8, digits: 4 })).toBe("3.425e-8");
    expect(formatMetricValue({ value: -0.00002, digits: 4 })).toBe("-2.000e-5");
    expect(formatMetricValue({ value: 0, digits: 4 })).toBe("0.0000");
    expect(formatMetricValue({ value: 0.00005, digits: 4 })).toBe("0.0001");
    // A value with no digits to fix (a missing one) reads as in a table, not as toFixed's "NaN".
    expect(formatMetricValue({ value: Number.NaN, digits: 2 })).toBe("—");
    expect(formatMetricValue({ value: 1234.5 })).toBe(formatValue(1234.5));
    expect(formatMetricValue({ value: "PASS" })).toBe("PASS");
  });
});
