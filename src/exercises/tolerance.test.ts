import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  acceptedRange,
  defaultTolerance,
  describeAcceptance,
  halfWidth,
  withinTolerance,
} from "./tolerance";
import type { Tolerance } from "./types";

describe("withinTolerance", () => {
  it("applies relabs as |s - t| <= atol + rtol·|t| (PrairieLearn pl-number-input)", () => {
    // 0.228 ± (1e-8 + 0.01·0.228) = [0.22571999, 0.23028001]
    expect(withinTolerance(0.2302, 0.228, defaultTolerance)).toBe(true);
    expect(withinTolerance(0.2304, 0.228, defaultTolerance)).toBe(false);
    expect(withinTolerance(0.2258, 0.228, defaultTolerance)).toBe(true);
    expect(withinTolerance(0.2256, 0.228, defaultTolerance)).toBe(false);
  });

  it("applies sigfig as |s - t| <= 0.5·10^(floor(log10|t|) - digits + 1)", () => {
    const threeFigures: Tolerance = { rule: "sigfig", digits: 3 };
    // 0.22803 to 3 significant figures is 0.228; the half unit is 0.0005.
    expect(withinTolerance(0.228, 0.22803, threeFigures)).toBe(true);
    expect(withinTolerance(0.2285, 0.22803, threeFigures)).toBe(true);
    expect(withinTolerance(0.229, 0.22803, threeFigures)).toBe(false);
    // A reference exactly at a half accepts the round-half-up answer despite binary floats.
    expect(withinTolerance(0.229, 0.2285, threeFigures)).toBe(true);
    expect(withinTolerance(1230, 1234.5, threeFigures)).toBe(true);
    expect(withinTolerance(1240, 1234.5, threeFigures)).toBe(false);
    // For t = 0 the unit is 10^(1 - digits).
    expect(halfWidth(0, { rule: "sigfig", digits: 2 })).toBeCloseTo(0.05, 15);
  });

  it("applies decimals and absolute rules", () => {
    expect(withinTolerance(3.14, 3.14159, { rule: "decimals", digits: 2 })).toBe(true);
    expect(withinTolerance(3.15, 3.14159, { rule: "decimals", digits: 2 })).toBe(false);
    expect(withinTolerance(10.4, 10, { rule: "absolute", atol: 0.5 })).toBe(true);
    expect(withinTolerance(10.6, 10, { rule: "absolute", atol: 0.5 })).toBe(false);
  });

  it("rejects non-finite answers and refuses a non-finite reference", () => {
    expect(withinTolerance(Number.NaN, 1, defaultTolerance)).toBe(false);
    expect(() => withinTolerance(1, Number.POSITIVE_INFINITY, defaultTolerance)).toThrow(
      "halfWidth requires a finite reference value",
    );
    expect(() => halfWidth(1, { rule: "sigfig", digits: 0 })).toThrow(
      "halfWidth requires a positive integer number of significant figures",
    );
  });

  const tolerances = fc.oneof(
    fc.record({
      rule: fc.constant("relabs" as const),
      rtol: fc.double({ min: 0, max: 0.5, noNaN: true }),
      atol: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ rule: fc.constant("sigfig" as const), digits: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ rule: fc.constant("decimals" as const), digits: fc.integer({ min: 0, max: 8 }) }),
    fc.record({
      rule: fc.constant("absolute" as const),
      atol: fc.double({ min: 0, max: 10, noNaN: true }),
    }),
  );
  const references = fc.double({ min: -1e9, max: 1e9, noNaN: true });

  it("always accepts the reference itself", () => {
    fc.assert(
      fc.property(references, tolerances, (reference, tolerance) => {
        expect(withinTolerance(reference, reference, tolerance)).toBe(true);
      }),
    );
  });

  it("rejects a value clearly outside the accepted range", () => {
    fc.assert(
      fc.property(
        references,
        tolerances,
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        fc.boolean(),
        (reference, tolerance, beyond, above) => {
          const [lo, hi] = acceptedRange(reference, tolerance);
          const width = hi - lo;
          // Step past the bound by a share of the width (or an absolute step when the width is 0).
          const step = Math.max(width * beyond, 1e-6 * Math.max(1, Math.abs(reference)));
          const outside = above ? hi + step : lo - step;
          expect(withinTolerance(outside, reference, tolerance)).toBe(false);
        },
      ),
    );
  });
});

describe("describeAcceptance", () => {
  it("shows the accepted interval with enough decimals to see its width", () => {
    // 0.228 ± 0.00228 → 0.22572 to 0.23028, shown to 4 decimals.
    expect(describeAcceptance(0.228, defaultTolerance)).toBe("accepted: 0.2257 to 0.2303");
    expect(describeAcceptance(0.228, { rule: "sigfig", digits: 3 })).toBe(
      "accepted: 0.22750 to 0.22850 (0.228 to 3 significant figures)",
    );
    expect(describeAcceptance(1234.5, { rule: "decimals", digits: 1 })).toBe(
      "accepted: 1234.450 to 1234.550 (1234.5 to 1 decimal place)",
    );
    expect(describeAcceptance(5, { rule: "absolute", atol: 0 })).toBe("accepted: exactly 5");
  });
});
