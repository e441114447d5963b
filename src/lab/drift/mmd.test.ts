import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { medianHeuristicBandwidth, mmdPermutationTest } from "./mmd";
import { createRng } from "../random/rng";

// Reference values from numpy on the same rows, with Alibi Detect's sigma_median:
//   P = vstack([X, Y]); D = squared distances of P (n × n); n_median = n + (n² − n) // 2 − 1
//   s = sqrt(0.5 · sort(D.flatten())[n_median]); k = exp(−D / (2 s²))
//   MMD²_u = (ΣKxx − tr Kxx)/(m(m−1)) + (ΣKyy − tr Kyy)/(n(n−1)) − 2 mean(Kxy)
// and the exact permutation p-value over all C(11, 6) = 462 splits of the pooled rows.
const x = [
  [0.1, 0.3],
  [-0.5, 0.2],
  [1.2, 0.9],
  [0.4, -0.7],
  [-1.1, -0.8],
  [0.8, 0.5],
];
const y = [
  [0.2, -0.4],
  [-0.9, 0.6],
  [1.0, -1.1],
  [0.5, 0.3],
  [-0.3, 0.9],
];

/** Rows of a bivariate standard normal with correlation rho: both marginals are N(0, 1). */
function correlated(seed: number, rows: number, rho: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: rows }, () => {
    const a = rng.normal();
    const b = rng.normal();
    return [a, rho * a + Math.sqrt(1 - rho * rho) * b];
  });
}

describe("medianHeuristicBandwidth", () => {
  it("is Alibi Detect's sigma_median of the pooled rows (numpy)", () => {
    expect(medianHeuristicBandwidth([...x, ...y])).toBeCloseTo(0.9433981132056605, 12);
    expect(
      medianHeuristicBandwidth([
        [0, 0],
        [3, 4],
        [6, 8],
      ]),
    ).toBeCloseTo(Math.sqrt(0.5 * 25), 12);
  });

  it("refuses identical rows", () => {
    expect(() => medianHeuristicBandwidth([[1], [1]])).toThrow(LabError);
  });
});

describe("mmdPermutationTest", () => {
  it("matches numpy's unbiased MMD² with the median-heuristic and with a fixed bandwidth", () => {
    const rng = createRng(1);
    expect(mmdPermutationTest(x, y, { rng, permutations: 0 }).statistic).toBeCloseTo(
      -0.10418168429031183,
      12,
    );
    expect(mmdPermutationTest(x, y, { rng, permutations: 0, bandwidth: 1 }).statistic).toBeCloseTo(
      -0.10129007904155751,
      12,
    );
  });

  it("gives a p-value close to the exact permutation p-value (numpy: 367 of 462 splits)", () => {
    const result = mmdPermutationTest(x, y, { rng: createRng(3), permutations: 20_000 });
    // Monte Carlo standard error sqrt(0.794 · 0.206 / 20000) ≈ 0.0029.
    expect(Math.abs(result.pValue - 0.7943722943722944)).toBeLessThan(0.01);
  });

  it("detects a flipped correlation that leaves both marginals standard normal", () => {
    const result = mmdPermutationTest(correlated(11, 150, 0.8), correlated(12, 150, -0.8), {
      rng: createRng(5),
      permutations: 200,
    });
    expect(result.statistic).toBeGreaterThan(0);
    expect(result.pValue).toBe(1 / 201);
  });

  it("does not call drift between two samples of one distribution", () => {
    const result = mmdPermutationTest(correlated(11, 150, 0.8), correlated(12, 150, 0.8), {
      rng: createRng(5),
      permutations: 200,
    });
    expect(result.pValue).toBeGreaterThan(0.05);
  });

  it("says what is wrong with bad input", () => {
    const rng = createRng(1);
    expect(() => mmdPermutationTest([[1]], y, { rng })).toThrow(/at least 2 rows/);
    expect(() => mmdPermutationTest(x, [[1], [2]], { rng })).toThrow(/same number of columns/);
    expect(() => mmdPermutationTest([[1, 2], [3]], y, { rng })).toThrow(/2 columns/);
    expect(() => mmdPermutationTest(x, y, { rng, bandwidth: 0 })).toThrow(/bandwidth/);
    expect(() => mmdPermutationTest(x, y, { rng, permutations: 1.5 })).toThrow(/permutations/);
    expect(() =>
      mmdPermutationTest(
        [
          [1, NaN],
          [0, 0],
        ],
        y,
        { rng },
      ),
    ).toThrow(/finite/);
  });
});
