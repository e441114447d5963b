import { describe, expect, it } from "vitest";
import {
  bandPath,
  finiteRuns,
  linePath,
  nearestIndex,
  stepPath,
  stepValueAt,
} from "./series-paths";

const identity = (value: number) => value;
const double = (value: number) => 2 * value;

describe("finiteRuns", () => {
  it("splits the points at every missing value of any series", () => {
    const x = [0, 1, 2, 3, 4, 5];
    expect(finiteRuns(x, [1, 2, Number.NaN, 4, 5, 6])).toEqual([
      [0, 1],
      [3, 5],
    ]);
    expect(finiteRuns(x, [1, 2, 3, 4, 5, 6], [1, Infinity, 3, 4, 5, Number.NaN])).toEqual([
      [0, 0],
      [2, 4],
    ]);
    expect(finiteRuns([], [])).toEqual([]);
  });
});

describe("linePath", () => {
  it("joins the points with straight segments through the scales", () => {
    expect(linePath([0, 1, 2], [3, 4.04, 5], double, identity)).toBe("M0,3L2,4L4,5");
  });

  it("starts a new piece after a gap and shows a lone point as a dot", () => {
    expect(linePath([0, 1, 2, 3, 4], [1, Number.NaN, 2, Number.NaN, 3], identity, identity)).toBe(
      "M0,1ZM2,2ZM4,3Z",
    );
    expect(linePath([0, 1, 2, 3], [1, 2, Number.NaN, 4], identity, identity)).toBe("M0,1L1,2M3,4Z");
  });

  it("rounds pixels to a tenth", () => {
    expect(linePath([0.123, 1], [2.06, 3], identity, identity)).toBe("M0.1,2.1L1,3");
  });
});

describe("bandPath", () => {
  it("runs along the upper curve and back along the lower one, closed", () => {
    expect(bandPath([0, 1, 2], [0, 1, 2], [2, 3, 4], identity, identity)).toBe(
      "M0,2L1,3L2,4L2,2L1,1L0,0Z",
    );
  });

  it("draws one closed piece per run where both bounds are known", () => {
    expect(bandPath([0, 1, 2, 3], [0, 0, Number.NaN, 0], [1, 1, 1, 1], identity, identity)).toBe(
      "M0,1L1,1L1,0L0,0ZM3,1L3,0Z",
    );
  });
});

describe("nearestIndex", () => {
  it("finds the closest x, the first of a tie, and none in an empty series", () => {
    expect(nearestIndex([0, 1, 2, 3], 1.4)).toBe(1);
    expect(nearestIndex([0, 1, 2, 3], 1.5)).toBe(1);
    expect(nearestIndex([3, Number.NaN, 0], 0.2)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
    expect(nearestIndex([Number.NaN], 1)).toBe(-1);
  });
});

describe("stepPath", () => {
  it("holds each value until the next point, from the left end at the base to the right end", () => {
    expect(stepPath([1, 2, 4], [0.25, 0.5, 1], identity, double, [0, 5])).toBe(
      "M0,0H1V0.5H2V1H4V2H5",
    );
  });

  it("skips points that are not finite", () => {
    expect(stepPath([1, Number.NaN, 3], [0.5, 0.7, 1], identity, identity, [0, 4])).toBe(
      "M0,0H1V0.5H3V1H4",
    );
  });
});

describe("stepValueAt", () => {
  // An ECDF of the sample 1, 2, 2, 4: F(x) is the share of the sample at or below x.
  const x = [1, 2, 2, 4];
  const p = [0.25, 0.5, 0.75, 1];
  it("reads the share at or below a value, zero before the first point", () => {
    expect(stepValueAt(x, p, 0.5)).toBe(0);
    expect(stepValueAt(x, p, 1)).toBe(0.25);
    expect(stepValueAt(x, p, 2)).toBe(0.75);
    expect(stepValueAt(x, p, 3.9)).toBe(0.75);
    expect(stepValueAt(x, p, 10)).toBe(1);
    expect(stepValueAt([], [], 1)).toBe(0);
  });
});
