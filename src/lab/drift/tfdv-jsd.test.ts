import { describe, expect, it } from "vitest";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { jensenShannon } from "./jensen-shannon";
import { equalWidthHistogram, tfdvCategoricalJsd, tfdvNumericJsd } from "./tfdv-jsd";

describe("TFDV approximate Jensen-Shannon divergence", () => {
  it("reproduces the numeric reference: shifted half-overlapping histograms give 0.25", () => {
    const a = { edges: [0, 1, 2], counts: [10, 10] };
    const b = { edges: [0.5, 1.5, 2.5], counts: [10, 10] };
    expectClose(tfdvNumericJsd(a, b), 0.25, 1e-15);
  });

  it("reproduces reference E (categorical, base 2): 0.09523428536641401", () => {
    expectClose(
      tfdvCategoricalJsd({ a: 50, b: 30, c: 20 }, { a: 30, b: 30, c: 25, d: 15 }),
      0.09523428536641401,
      1e-14,
    );
  });

  it("is the square of scipy's base-2 distance on aligned histograms, capped at 1", () => {
    const distance = jensenShannon([3, 1, 0], [0, 1, 3], { base: 2 }).distance;
    expectClose(tfdvCategoricalJsd({ x: 3, y: 1 }, { y: 1, z: 3 }), distance * distance, 1e-14);
    expect(tfdvCategoricalJsd({ x: 1 }, { y: 1 })).toBe(1);
    expect(tfdvNumericJsd({ edges: [0, 1], counts: [5] }, { edges: [0, 1], counts: [7] })).toBe(0);
  });

  it("keeps zero-width buckets as point masses", () => {
    const constant = equalWidthHistogram([2, 2, 2]);
    expect(constant).toEqual({ edges: [2, 2], counts: [3] });
    expect(tfdvNumericJsd(constant, constant)).toBe(0);
    expect(tfdvNumericJsd(constant, { edges: [0, 1], counts: [3] })).toBe(1);
  });

  it("builds equal-width histograms with the maximum in the last bucket", () => {
    expect(equalWidthHistogram([0, 1, 2, 3], 2)).toEqual({ edges: [0, 1.5, 3], counts: [2, 2] });
    expect(equalWidthHistogram([0, 10]).counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it("rejects malformed histograms and counts", () => {
    expect(() =>
      tfdvNumericJsd({ edges: [0, 1], counts: [1, 2] }, { edges: [0, 1], counts: [1] }),
    ).toThrow(
      new LabError("tfdvNumericJsd requires a to have one more edge than counts (found 2 and 2)"),
    );
    expect(() =>
      tfdvNumericJsd({ edges: [1, 0], counts: [1] }, { edges: [0, 1], counts: [1] }),
    ).toThrow("tfdvNumericJsd requires ascending edges in a (found 0 after 1)");
    expect(() => tfdvCategoricalJsd({ a: -1 }, { a: 1 })).toThrow(
      'tfdvCategoricalJsd requires non-negative finite counts in a (found -1 at key "a")',
    );
    expect(() => tfdvCategoricalJsd({}, { a: 1 })).toThrow(
      "tfdvCategoricalJsd requires non-empty histograms",
    );
    expect(() => equalWidthHistogram([])).toThrow(
      "equalWidthHistogram requires at least one value in values",
    );
  });
});
