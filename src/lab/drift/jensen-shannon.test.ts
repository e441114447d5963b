import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { linspace } from "../core/histogram";
import { jensenShannon, klDivergence } from "./jensen-shannon";
import { evidentlyBins } from "./psi";

function repeat(counts: Record<string, number>): string[] {
  return Object.entries(counts).flatMap(([value, count]) => Array<string>(count).fill(value));
}

describe("jensenShannon", () => {
  it("matches scipy.spatial.distance.jensenshannon (base e and 2) and scipy.stats.entropy", () => {
    // Expected: scripts/lab-fixtures.py
    for (const [index, c] of fixture.jensenShannon.entries()) {
      expectClose(jensenShannon(c.p, c.q).distance, c.distance, 1e-12, 0, `case ${index} ln`);
      expectClose(
        jensenShannon(c.p, c.q, { base: 2 }).distance,
        c.distanceBase2,
        1e-12,
        0,
        `case ${index} base 2`,
      );
      const shifted = c.p.map((value) => value + 0.5);
      expectClose(klDivergence(c.q, shifted), c.kl, 1e-12, 0, `case ${index} kl`);
      expectClose(klDivergence(c.q, shifted, 2), c.klBase2, 1e-12, 0, `case ${index} kl base 2`);
    }
  });

  it("reproduces reference C", () => {
    const p = [0.5, 0.3, 0.2, 0];
    const q = [0.25, 0.25, 0.25, 0.25];
    expectClose(jensenShannon(p, q).distance, 0.33228071285271976, 1e-14);
    expectClose(jensenShannon(p, q, { base: 2 }).distance, 0.39910981021493747, 1e-14);
    expectClose(klDivergence(p, q), 0.3566413470553171, 1e-14);
  });

  it("reproduces Evidently's Jensen-Shannon for references E, F and H (shared binning)", () => {
    const cases: [ArrayLike<number | string>, ArrayLike<number | string>, number][] = [
      [
        repeat({ a: 50, b: 30, c: 20 }),
        repeat({ a: 30, b: 30, c: 25, d: 15 }),
        0.25692679189677964,
      ],
      [repeat({ a: 50, b: 30, c: 20 }), repeat({ a: 40, b: 30, c: 30 }), 0.08841606285541162],
      [linspace(0, 10, 50), linspace(2, 12, 40), 0.33460870911184687],
    ];
    for (const [reference, current, expected] of cases) {
      const bins = evidentlyBins(reference, current);
      expectClose(
        jensenShannon(bins.referenceShares, bins.currentShares).distance,
        expected,
        1e-13,
      );
    }
  });

  it("matches Evidently on the fixture binnings", () => {
    for (const c of fixture.psi) {
      expectClose(
        jensenShannon(c.referenceShares, c.currentShares).distance,
        c.jensenShannon,
        1e-12,
      );
    }
  });

  it("is symmetric and at most sqrt(ln 2) (property)", () => {
    const weights = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), {
      minLength: 4,
      maxLength: 4,
    });
    fc.assert(
      fc.property(weights, weights, (p, q) => {
        fc.pre(p.reduce((a, b) => a + b, 0) > 0 && q.reduce((a, b) => a + b, 0) > 0);
        const forward = jensenShannon(p, q).distance;
        const backward = jensenShannon(q, p).distance;
        return (
          Math.abs(forward - backward) <= 1e-12 &&
          forward <= Math.sqrt(Math.LN2) + 1e-12 &&
          forward >= 0
        );
      }),
    );
  });

  it("stays finite and bounded when a share is subnormal", () => {
    // fast-check's counterexample: the mixture (5e-324 + 0)/2 underflows to 0, where scipy
    // (1.x, jensenshannon) returns inf. Mathematically the distance is ~0 here.
    const p = [0, 0, 1e-323, 1.3333333333333335];
    const q = [0, 0, 0, 5e-324];
    for (const distance of [jensenShannon(p, q).distance, jensenShannon(q, p).distance]) {
      expect(distance).toBeGreaterThanOrEqual(0);
      expect(distance).toBeLessThan(1e-150);
    }
  });

  it("rejects mismatched lengths, negative weights and zero sums", () => {
    expect(() => jensenShannon([1, 2], [1])).toThrow(
      new LabError("jensenShannon requires p and q of equal length (found 2 and 1)"),
    );
    expect(() => jensenShannon([1, -2], [1, 1])).toThrow(
      "jensenShannon requires non-negative finite counts in p (found -2 at index 1)",
    );
    expect(() => jensenShannon([0, 0], [1, 1])).toThrow(
      "jensenShannon requires p to sum to a positive number",
    );
    expect(() => jensenShannon([1, 1], [1, 1], { base: 1 })).toThrow(
      "jensenShannon requires base to be a positive number other than 1 (found 1)",
    );
    expect(() => klDivergence([1, Number.NaN], [1, 1])).toThrow(LabError);
  });
});
