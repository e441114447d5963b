import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { linspace } from "../core/histogram";
import { wasserstein, wassersteinNormed } from "./wasserstein";

describe("wasserstein", () => {
  it("matches scipy.stats.wasserstein_distance and Evidently's normed score", () => {
    // Expected: scripts/lab-fixtures.py
    for (const [index, c] of fixture.wasserstein.entries()) {
      expectClose(wasserstein(c.u, c.v), c.distance, 1e-12, 1e-15, `case ${index}`);
      expectClose(wassersteinNormed(c.u, c.v), c.normed, 1e-12, 1e-15, `case ${index} normed`);
    }
  });

  it("reproduces reference A: 1.9575, normed 1.2111184184192791", () => {
    const x = [1.2, 2.3, 2.9, 3.1, 4.8, 5.0, 5.5, 6.1];
    const y = [2.0, 3.5, 4.1, 4.4, 5.9, 6.3, 7.2, 7.7, 8.0, 9.1];
    expectClose(wasserstein(x, y), 1.9575, 1e-13);
    expectClose(wassersteinNormed(x, y), 1.2111184184192791, 1e-13);
  });

  it("reproduces reference H: normed 0.6790997501017321", () => {
    expectClose(
      wassersteinNormed(linspace(0, 10, 50), linspace(2, 12, 40)),
      0.6790997501017321,
      1e-13,
    );
  });

  it("uses a floor of 0.001 for the reference spread", () => {
    expectClose(wassersteinNormed([1, 1, 1], [2, 2]), 1000, 1e-12);
  });

  it("is symmetric and non-negative (property)", () => {
    const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 1,
      maxLength: 50,
    });
    fc.assert(
      fc.property(sample, sample, (u, v) => {
        const forward = wasserstein(u, v);
        const backward = wasserstein(v, u);
        return forward >= 0 && Math.abs(forward - backward) <= 1e-9 * Math.max(1, forward);
      }),
    );
  });

  it("rejects empty samples and non-finite values", () => {
    expect(() => wasserstein([], [1])).toThrow(
      new LabError("wasserstein requires at least one value in u"),
    );
    expect(() => wassersteinNormed([1], [Number.NaN])).toThrow(
      "wassersteinNormed requires finite values in current (found NaN at index 0)",
    );
  });
});
