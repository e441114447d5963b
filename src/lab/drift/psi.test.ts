import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectAllClose, expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { histogramCounts, linspace, sturgesEdges } from "../core/histogram";
import { evidentlyBins, psi, psiFromShares } from "./psi";

function repeat(counts: Record<string, number>): string[] {
  return Object.entries(counts).flatMap(([value, count]) => Array<string>(count).fill(value));
}

describe("psi (Evidently)", () => {
  it("matches the numpy re-implementation of Evidently on random numeric and categorical cases", () => {
    // Expected: scripts/lab-fixtures.py (numpy.histogram_bin_edges "sturges", numpy.histogram,
    // Evidently's zero rule, natural log).
    for (const [index, c] of fixture.psi.entries()) {
      const result = psi(c.reference, c.current, { categorical: c.categorical });
      expectClose(result.value, c.psi, 1e-10, 1e-15, `case ${index} psi`);
      expectAllClose(
        result.referenceShares,
        c.referenceShares,
        1e-15,
        0,
        `case ${index} reference`,
      );
      expectAllClose(result.currentShares, c.currentShares, 1e-15, 0, `case ${index} current`);
      if ("edges" in c && c.edges)
        expectAllClose(result.edges ?? [], c.edges, 1e-15, 0, `case ${index} edges`);
      if ("bins" in c && c.bins) expect(result.bins?.map(String)).toEqual(c.bins.map(String));
    }
  });

  it("reproduces the classic PSI on shares: 0.22821740957339184", () => {
    expectClose(
      psiFromShares([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]),
      0.22821740957339184,
      1e-14,
    );
  });

  it("reproduces reference E: a new category in current gives PSI 1.209574038343745", () => {
    const result = psi(repeat({ a: 50, b: 30, c: 20 }), repeat({ a: 30, b: 30, c: 25, d: 15 }));
    expect(result.bins).toEqual(["a", "b", "c", "d"]);
    expectClose(result.value, 1.209574038343745, 1e-13);
  });

  it("reproduces reference F: PSI 0.06286086594223739", () => {
    const result = psi(repeat({ a: 50, b: 30, c: 20 }), repeat({ a: 40, b: 30, c: 30 }));
    expectClose(result.value, 0.06286086594223739, 1e-13);
  });

  it("reproduces reference H: 8 Sturges bins and PSI 2.312358158173221", () => {
    const result = psi(linspace(0, 10, 50), linspace(2, 12, 40));
    expect(result.edges).toHaveLength(9);
    expectClose(result.value, 2.312358158173221, 1e-12);
  });

  it("applies the small-share zero rule: fill = smallest share / 1e6 when that share <= 1e-4", () => {
    // expected side: smallest non-zero 0.0001 -> zeros become 1e-10
    const expected = [0.9999, 0.0001, 0];
    const actual = [0.5, 0.25, 0.25];
    const byHand =
      (0.9999 - 0.5) * Math.log(0.9999 / 0.5) +
      (0.0001 - 0.25) * Math.log(0.0001 / 0.25) +
      (1e-10 - 0.25) * Math.log(1e-10 / 0.25);
    expectClose(psiFromShares(expected, actual), byHand, 1e-14);
  });

  it("bins numbers per value when the reference has at most 20 distinct values", () => {
    const bins = evidentlyBins([1, 2, 2, 3], [3, 4]);
    expect(bins.kind).toBe("categorical");
    expect(bins.bins).toEqual([1, 2, 3, 4]);
    expect(bins.referenceShares).toEqual([0.25, 0.5, 0.25, 0]);
    expect(bins.currentShares).toEqual([0, 0, 0.5, 0.5]);
  });

  it("is non-negative (property)", () => {
    const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(fc.property(sample, sample, (a, b) => psi(a, b).value >= 0));
    const shares = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(shares, shares, (e, a) => {
        fc.pre(e.some((v) => v > 0) && a.some((v) => v > 0));
        return psiFromShares(e, a) >= 0;
      }),
    );
  });

  it("rejects empty samples, non-finite values, bad shares", () => {
    expect(() => psi([], [1])).toThrow(
      new LabError("psi requires at least one value in reference"),
    );
    expect(() => psi([1, 2, 3, Number.NaN], [1])).toThrow(
      "psi requires finite values in reference (found NaN at index 3)",
    );
    expect(() => psiFromShares([0.5, 0.5], [1])).toThrow(
      "psiFromShares requires expected and actual of equal length (found 2 and 1)",
    );
    expect(() => psiFromShares([0.5, -0.5], [0.5, 0.5])).toThrow(
      "psiFromShares requires non-negative finite counts in expected (found -0.5 at index 1)",
    );
    expect(() => psiFromShares([0, 0], [0.5, 0.5])).toThrow(
      "psiFromShares requires at least one non-zero share in expected",
    );
  });
});

describe("numpy histogram rules", () => {
  it("sturgesEdges matches numpy.histogram_bin_edges(..., 'sturges') on the fixture unions", () => {
    for (const c of fixture.psi) {
      if (!("edges" in c) || !c.edges) continue;
      expectAllClose(
        sturgesEdges([...(c.reference as number[]), ...(c.current as number[])]),
        c.edges,
        0,
        0,
      );
    }
    // numpy: histogram_bin_edges([5, 5, 5], "sturges") = [4.5, 5.5]
    expect(sturgesEdges([5, 5, 5])).toEqual([4.5, 5.5]);
  });
  it("histogramCounts closes the last bin on the right like numpy.histogram", () => {
    expect(histogramCounts([0, 0.5, 1, 2, 2, 3], [0, 1, 2])).toEqual([2, 3]);
  });
});
