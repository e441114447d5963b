import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { evidentlyChiSquare, evidentlyZTest } from "./evidently-categorical-tests";

const repeat = <T>(value: T, count: number): T[] => new Array<T>(count).fill(value);
const categories = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([value, count]) => repeat(value, count));

describe("evidentlyChiSquare", () => {
  it("uses expected = reference counts × n_current / n_reference (a×50 b×30 c×20 vs a×40 b×30 c×30)", () => {
    // scipy 1.17.1: chisquare([40, 30, 30], [50, 30, 20]) = 7.0, p 0.0301973834223185.
    const result = evidentlyChiSquare(
      categories({ a: 50, b: 30, c: 20 }),
      categories({ a: 40, b: 30, c: 30 }),
    );
    expect(result.statistic).toBeCloseTo(7.0, 12);
    expect(result.pvalue).toBeCloseTo(0.0301973834223185, 14);
    expect(result.dof).toBe(2);
  });

  it("scales expected counts when the samples differ in size", () => {
    // scipy 1.17: chisquare([5, 10, 15, 10], [10, 10, 10, 10]) = 5.0, p 0.1717971442967335.
    const reference = [...repeat(1, 10), ...repeat(2, 10), ...repeat(3, 10), ...repeat(4, 10)];
    const current = [...repeat(1, 5), ...repeat(2, 10), ...repeat(3, 15), ...repeat(4, 10)];
    const result = evidentlyChiSquare(reference, current);
    expect(result.statistic).toBeCloseTo(5.0, 12);
    expect(result.pvalue).toBeCloseTo(0.1717971442967335, 14);
  });

  it("gives an infinite statistic and p = 0 for a category unseen in the reference", () => {
    const result = evidentlyChiSquare(
      categories({ a: 50, b: 30, c: 20 }),
      categories({ a: 30, b: 30, c: 25, d: 15 }),
    );
    expect(result.statistic).toBe(Infinity);
    expect(result.pvalue).toBe(0);
  });

  it("a single shared category cannot drift", () => {
    expect(evidentlyChiSquare(["a", "a"], ["a"]).pvalue).toBe(1);
    expect(() => evidentlyChiSquare([], ["a"])).toThrow(
      "evidentlyChiSquare requires at least one value in each sample",
    );
  });
});

describe("evidentlyZTest", () => {
  it("reproduces a pooled two-proportion z-test (30/100 vs 45/100)", () => {
    // numpy, pooled two-proportion z-test on 30/100 vs 45/100: z = -2.1908902300206647,
    // p = 2·(1 − Φ(|z|)) = 0.02845973691631065.
    const result = evidentlyZTest(categories({ no: 70, yes: 30 }), categories({ no: 55, yes: 45 }));
    expect(result.z).toBeCloseTo(-2.1908902300206647, 12);
    expect(result.pvalue).toBeCloseTo(0.02845973691631065, 12);
    const binary = evidentlyZTest(
      [...repeat(0, 70), ...repeat(1, 30)],
      [...repeat(0, 55), ...repeat(1, 45)],
    );
    expect(binary.z).toBeCloseTo(-2.1908902300206647, 12);
  });

  it("returns p = 1 when both samples hold the same single value", () => {
    expect(evidentlyZTest([1, 1], [1])).toEqual({ z: 0, pvalue: 1 });
    expect(() => evidentlyZTest([1], [])).toThrow(LabError);
  });
});

describe("evidentlyChiSquare properties", () => {
  it("gives a non-negative statistic and a p-value in [0, 1]", () => {
    const sample = fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(sample, sample, (reference, current) => {
        const result = evidentlyChiSquare(reference, current);
        expect(result.statistic).toBeGreaterThanOrEqual(0);
        expect(result.pvalue).toBeGreaterThanOrEqual(0);
        expect(result.pvalue).toBeLessThanOrEqual(1);
      }),
    );
  });
});
