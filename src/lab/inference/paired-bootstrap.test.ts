import { describe, expect, it } from "vitest";
import { mean, standardDeviation } from "../core/descriptive";
import { LabError } from "../core/errors";
import { pairedDifferenceLowerBound } from "./paired-bootstrap";
import { createRng } from "../random/rng";
import { differenceOfMeansLowerBound } from "./two-sample-bootstrap";

/** 0/1 scores of `total` items: n10 won by the candidate only, n01 by the baseline only. */
function paired(total: number, n10: number, n01: number, bothRight: number) {
  const candidate: number[] = [];
  const baseline: number[] = [];
  const add = (count: number, c: number, b: number) => {
    for (let index = 0; index < count; index += 1) {
      candidate.push(c);
      baseline.push(b);
    }
  };
  add(n10, 1, 0);
  add(n01, 0, 1);
  add(bothRight, 1, 1);
  add(total - n10 - n01 - bothRight, 0, 0);
  return { candidate, baseline };
}

describe("pairedDifferenceLowerBound", () => {
  it("matches numpy's paired bootstrap of Lesson 9's example (n = 2000, n10 = 58, n01 = 66)", () => {
    // numpy 2.4: m = rng.multinomial(2000, [58/2000, 66/2000, 1876/2000], 200000);
    // np.quantile((m[:,0] - m[:,1]) / 2000, 0.05) = -0.013 (item resampling, 20000 draws: -0.0135);
    // the Wald bound Δ̂ − z·σ̂/√n is -0.013156975632233878. Bootstrap means move in steps of 0.0005.
    const { candidate, baseline } = paired(2000, 58, 66, 1700);
    const bound = pairedDifferenceLowerBound(candidate, baseline, {
      resamples: 20000,
      confidence: 0.95,
      rng: createRng("paired lesson 9"),
    });
    expect(Math.abs(bound - -0.013)).toBeLessThanOrEqual(0.0005 + 1e-12);
  });

  it("resamples items, not arms: far tighter than the independent bootstrap on agreeing arms", () => {
    const { candidate, baseline } = paired(2000, 58, 66, 1700);
    const options = { resamples: 4000, confidence: 0.95 };
    const pairedBound = pairedDifferenceLowerBound(candidate, baseline, {
      ...options,
      rng: createRng(1),
    });
    const independent = differenceOfMeansLowerBound(candidate, baseline, {
      ...options,
      rng: createRng(1),
    });
    // independent: Δ̂ − z·sqrt(0.879·0.121/2000 + 0.883·0.117/2000) = -0.004 − 1.6449·0.01024
    // = -0.0208; paired (Wald): -0.0132
    expect(independent).toBeLessThan(-0.019);
    expect(pairedBound).toBeGreaterThan(-0.0145);
  });

  it("resamples general scores item by item, close to the normal bound for large n", () => {
    const rng = createRng("graded scores");
    const candidate = Array.from({ length: 3000 }, () => rng.uniform());
    const baseline = candidate.map((value) =>
      Math.min(1, Math.max(0, value + 0.2 * (rng.uniform() - 0.5))),
    );
    const differences = candidate.map((value, index) => value - (baseline[index] as number));
    const standardError = standardDeviation(differences) / Math.sqrt(3000);
    const normalBound = mean(differences) - 1.6448536269514722 * standardError;
    const bound = pairedDifferenceLowerBound(candidate, baseline, {
      resamples: 4000,
      confidence: 0.95,
      rng: createRng(2),
    });
    expect(Math.abs(bound - normalBound)).toBeLessThan(0.1 * standardError);
  });

  it("rejects unequal lengths and invalid options", () => {
    expect(() =>
      pairedDifferenceLowerBound([1, 0], [1], {
        resamples: 10,
        confidence: 0.95,
        rng: createRng(1),
      }),
    ).toThrow("pairedDifferenceLowerBound requires equal-length samples for a paired comparison");
    expect(() =>
      pairedDifferenceLowerBound([1], [1], { resamples: 0, confidence: 0.95, rng: createRng(1) }),
    ).toThrow(LabError);
    expect(() =>
      pairedDifferenceLowerBound([1], [1], { resamples: 10, confidence: 1, rng: createRng(1) }),
    ).toThrow("pairedDifferenceLowerBound requires confidence in (0, 1) (got 1)");
  });
});
