import { describe, expect, it } from "vitest";
import { finiteExtent, niceDomain, niceTicks, wrapLabel } from "./axis-ticks";

describe("niceTicks", () => {
  // Expected values are d3-array 3's ticks(start, stop, count) for the same arguments.
  it.each([
    [1 / 12, 24, 5, [5, 10, 15, 20]],
    [-3.232, 3.373, 5, [-3, -2, -1, 0, 1, 2, 3]],
    [1, 500, 5, [100, 200, 300, 400, 500]],
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0.0001, 0.00037, 5, [0.0001, 0.00015, 0.0002, 0.00025, 0.0003, 0.00035]],
    [1e6, 3.2e6, 5, [1e6, 1.5e6, 2e6, 2.5e6, 3e6]],
    [-0.5, 0.5, 4, [-0.4, -0.2, 0, 0.2, 0.4]],
  ])("ticks(%s, %s, %s)", (min, max, count, expected) => {
    expect(niceTicks(min, max, count)).toEqual(expected);
  });

  it("gives the one value of a flat range, ascending ticks for reversed bounds, none for NaN", () => {
    expect(niceTicks(5, 5)).toEqual([5]);
    expect(niceTicks(1, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(Number.NaN, 1)).toEqual([]);
  });
});

describe("niceDomain", () => {
  // Expected values are d3-scale 4's scaleLinear().domain([min, max]).nice(5).domain().
  it.each([
    [0, 83.2, [0, 100]],
    [0, 0.93, [0, 1]],
    [-3.2, 3.37, [-4, 4]],
    [0.0001, 0.00037, [0.0001, 0.0004]],
    [1e6, 3.2e6, [1e6, 3.5e6]],
    [12, 12.0001, [12, 12.0001]],
    [-0.0003, -0.0001, [-0.0003, -0.0001]],
  ])("nice([%s, %s])", (min, max, expected) => {
    expect(niceDomain(min, max)).toEqual(expected);
  });

  it("leaves a flat or non-finite range as it is", () => {
    expect(niceDomain(0.5, 0.5)).toEqual([0.5, 0.5]);
    expect(niceDomain(Number.NaN, 1)).toEqual([Number.NaN, 1]);
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
