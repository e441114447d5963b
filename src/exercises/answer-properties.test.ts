/**
 * Property tests of the answer parser and tolerance rules that every exercise relies on (the
 * exercises themselves are checked, seed by seed, in catalog/lifecycle.test.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "./parse-answer";
import { acceptedRange, withinTolerance } from "./tolerance";
import type { Tolerance } from "./types";

describe("properties every exercise relies on", () => {
  it("parseNumber never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(() => parseNumber(text)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  const tolerances: fc.Arbitrary<Tolerance> = fc.oneof(
    fc.record({
      rule: fc.constant("relabs" as const),
      rtol: fc.double({ min: 0, max: 0.2, noNaN: true }),
      atol: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ rule: fc.constant("sigfig" as const), digits: fc.integer({ min: 1, max: 10 }) }),
    fc.record({ rule: fc.constant("decimals" as const), digits: fc.integer({ min: 0, max: 10 }) }),
    fc.record({
      rule: fc.constant("absolute" as const),
      atol: fc.double({ min: 0, max: 5, noNaN: true }),
    }),
  );
  const references = fc.double({ min: -1e12, max: 1e12, noNaN: true });

  it("withinTolerance(reference, reference, tolerance) is always true", () => {
    fc.assert(
      fc.property(references, tolerances, (reference, tolerance) => {
        expect(withinTolerance(reference, reference, tolerance)).toBe(true);
      }),
    );
  });

  it("a value outside acceptedRange is rejected", () => {
    fc.assert(
      fc.property(
        references,
        tolerances,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.boolean(),
        (reference, tolerance, share, above) => {
          const [lo, hi] = acceptedRange(reference, tolerance);
          const step = Math.max((hi - lo) * share, 1e-6 * Math.max(1, Math.abs(reference)));
          expect(withinTolerance(above ? hi + step : lo - step, reference, tolerance)).toBe(false);
        },
      ),
    );
  });
});
