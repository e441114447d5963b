import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectAllClose, expectClose } from "../__fixtures__/expect-close";
import {
  mean,
  median,
  quantile,
  quantiles,
  sortedCopy,
  standardDeviation,
  uniqueCount,
  variance,
} from "./descriptive";
import { LabError } from "./errors";
import { sortFloat64InPlace } from "./sorting";

describe("descriptive statistics (numpy conventions)", () => {
  it("matches numpy.quantile, median, mean, var and std on the fixture samples", () => {
    // Expected: scripts/lab-fixtures.py (numpy.quantile default method "linear")
    for (const [index, c] of fixture.descriptive.entries()) {
      expectAllClose(
        quantiles(c.values, c.qs),
        c.quantiles,
        1e-14,
        1e-14,
        `case ${index} quantiles`,
      );
      c.qs.forEach((q, i) =>
        expectClose(quantile(c.values, q), c.quantiles[i]!, 1e-14, 1e-14, `case ${index} q=${q}`),
      );
      expectClose(median(c.values), c.median, 1e-15, 0, `case ${index} median`);
      expectClose(mean(c.values), c.mean, 1e-12, 1e-12, `case ${index} mean`);
      expectClose(variance(c.values), c.variance, 1e-12, 1e-12, `case ${index} variance`);
      if (c.std1 !== null)
        expectClose(standardDeviation(c.values, 1), c.std1, 1e-12, 1e-12, `case ${index} std`);
    }
  });

  it("computes small worked values", () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(variance([1, 2, 3, 4])).toBe(1.25);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    // numpy.quantile([1, 2, 3, 4], 0.25) = 1.75
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Array.from(sortedCopy([3, -1, 2]))).toEqual([-1, 2, 3]);
    expect(uniqueCount([1, 2, 2, 3, "a", "a"])).toBe(4);
  });

  it("sorts large arrays exactly like a comparison sort (radix path)", () => {
    const values = Float64Array.from(
      { length: 5000 },
      (_, i) => Math.sin(i * 12.9898) * 1e3 * (i % 7 === 0 ? -1e-300 : 1),
    );
    const expected = Array.from(values).sort((a, b) => a - b);
    expect(Array.from(sortFloat64InPlace(values.slice()))).toEqual(expected);
  });

  it("quantile is monotone in q (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          return quantile(values, low) <= quantile(values, high);
        },
      ),
    );
  });

  it("rejects empty input, non-finite values, bad levels and ddof", () => {
    expect(() => mean([])).toThrow(new LabError("mean requires at least one value in values"));
    expect(() => median([1, Number.NaN])).toThrow(
      "median requires finite values in values (found NaN at index 1)",
    );
    expect(() => quantile([1, 2], 1.5)).toThrow("quantile requires q in [0, 1] (found 1.5)");
    expect(() => variance([1], 1)).toThrow(
      "variance requires 0 <= ddof < number of values (found ddof 1, n 1)",
    );
    expect(() => uniqueCount([Infinity])).toThrow(
      "uniqueCount requires finite values in values (found Infinity at index 0)",
    );
  });
});
