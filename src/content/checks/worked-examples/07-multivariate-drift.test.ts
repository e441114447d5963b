import { describe, expect, it } from "vitest";
import { createRng, ks2samp, mmdPermutationTest } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("07-drift-detection.md");

/** Rows of a bivariate standard normal with correlation rho (both marginals N(0, 1)). */
function correlated(seed: number, rows: number, rho: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => {
    const a = rng.normal();
    const b = rng.normal();
    return [a, rho * a + Math.sqrt(1 - rho * rho) * b];
  });
}

describe("lesson 7 worked example: a correlation that flips", () => {
  // The lab's MMD is checked against numpy/scipy in src/lab/drift/mmd.test.ts; on these rows numpy,
  // with Alibi Detect's sigma_median, gives σ = 1.1949777060159075 and MMD²_u =
  // 0.12510870997049706 (and σ = 1.0578337130187938, MMD²_u = −0.0046938 for the window of the
  // same correlation), and scipy's ks_2samp gives
  // D = 0.11, p = 0.583009 and D = 0.13, p = 0.368188.
  const reference = correlated(7, 100, 0.8);
  const current = correlated(8, 100, -0.8);
  const example = passage(text, "Basket size and discount rate");

  it("prints the KS results of both columns", () => {
    for (const [column, decimals] of [
      [0, 2],
      [1, 2],
    ] as const) {
      const result = ks2samp(
        reference.map((row) => row[column]!),
        current.map((row) => row[column]!),
      );
      expectPrinted(example, result.statistic, decimals);
      expectPrinted(example, result.pvalue, 4);
      expect(result.pvalue).toBeGreaterThan(0.05);
    }
  });

  it("prints the bandwidth, the statistic and the permutation p-value", () => {
    const result = mmdPermutationTest(reference, current, {
      rng: createRng(9),
      permutations: 100,
    });
    expectPrinted(example, result.bandwidth, 4);
    expectPrinted(example, result.statistic, 4);
    expect(result.pValue).toBe(1 / 101);
    expectPrinted(example, result.pValue, 4);
  });

  it("prints the statistic and p-value of two windows with the same correlation", () => {
    const result = mmdPermutationTest(reference, correlated(8, 100, 0.8), {
      rng: createRng(9),
      permutations: 100,
    });
    expectPrinted(example, result.statistic, 4);
    expectPrinted(example, result.pValue, 4);
  });
});
