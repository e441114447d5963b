import { describe, expect, it } from "vitest";
import { finiteExtent, linearScale, niceDomain, niceTicks, wrapLabel } from "./chart-scales";

describe("axes from d3", () => {
  // Expected values: d3-array 3's ticks(start, stop, 5) and d3-scale 4's nice(5), as documented.
  it("gives round ticks, ascending even for reversed bounds, none for a bound that is not finite", () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(1, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });

  it("widens a domain to round bounds and leaves a flat or non-finite one as it is", () => {
    expect(niceDomain(0, 83.2)).toEqual([0, 100]);
    expect(niceDomain(-3.2, 3.37)).toEqual([-4, 4]);
    expect(niceDomain(0.5, 0.5)).toEqual([0.5, 0.5]);
    expect(niceDomain(Number.NaN, 1)).toEqual([Number.NaN, 1]);
  });

  it("maps values to pixels and back, and a missing value to NaN", () => {
    const { scale, invert } = linearScale([0, 10], [100, 200]);
    expect(scale(5)).toBe(150);
    expect(invert(120)).toBe(2);
    expect(scale(Number.NaN)).toBeNaN();
  });
});

describe("finiteExtent", () => {
  it("skips values that are not finite", () => {
    expect(finiteExtent([3, Number.NaN, -1, Infinity, 2])).toEqual([-1, 3]);
    expect(finiteExtent([Number.NaN])).toBeUndefined();
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
