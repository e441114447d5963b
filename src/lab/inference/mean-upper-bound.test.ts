import { describe, expect, it } from "vitest";
import { mean, standardDeviation } from "../core/descriptive";
import { LabError } from "../core/errors";
import { bootstrapMeanUpperBound, logNormalMeanUpperBound } from "./mean-upper-bound";
import { normalQuantile } from "../special/normal-distribution";
import { createRng } from "../random/rng";

describe("logNormalMeanUpperBound (Cox's method)", () => {
  it("matches numpy's evaluation of exp(ℓ̄ + s²/2 + z·sqrt(s²/n + s⁴/(2(n−1))))", () => {
    // confirmed with numpy 2.4 / scipy 1.17: l = log(x); s2 = l.var(ddof=1);
    // exp(l.mean() + s2/2 + norm.ppf(c) * sqrt(s2/n + s2**2/(2*(n-1))))
    const costs = [0.0012, 0.0021, 0.0018, 0.0035, 0.0016];
    expect(logNormalMeanUpperBound(costs, 0.95)).toBeCloseTo(0.0028021818774345113, 15);
    expect(logNormalMeanUpperBound(costs, 0.99)).toBeCloseTo(0.0031797587293567113, 15);
    const skewed = [3.1, 0.4, 1.7, 2.2, 9.5, 0.8, 1.1, 4.6, 2.9, 0.6];
    expect(logNormalMeanUpperBound(skewed)).toBeCloseTo(5.358594911162032, 12);
    expect(logNormalMeanUpperBound(skewed, 0.9)).toBeCloseTo(4.664364174932405, 12);
  });

  it("rejects costs that are not positive and samples of one", () => {
    expect(() => logNormalMeanUpperBound([0.001, 0])).toThrow(
      "logNormalMeanUpperBound requires positive values (found 0 at index 1)",
    );
    expect(() => logNormalMeanUpperBound([0.001])).toThrow(
      "logNormalMeanUpperBound requires at least two values",
    );
    expect(() => logNormalMeanUpperBound([1, 2], 1)).toThrow(LabError);
  });
});

describe("bootstrapMeanUpperBound", () => {
  it("agrees with the normal bound mean + z·sd/√n on a large symmetric sample", () => {
    // For a mean of 4000 uniforms the bootstrap distribution is close to normal, so its 95th
    // percentile is mean + 1.6449·sd/√n up to Monte Carlo error (about 2% of sd/√n here).
    const rng = createRng("bootstrap mean bound");
    const values = Array.from({ length: 4000 }, () => rng.uniform());
    const bound = bootstrapMeanUpperBound(values, { rng: createRng(5), resamples: 4000 });
    const normalBound =
      mean(values) + (normalQuantile(0.95) * standardDeviation(values)) / Math.sqrt(4000);
    const standardError = standardDeviation(values) / Math.sqrt(4000);
    expect(Math.abs(bound - normalBound)).toBeLessThan(0.1 * standardError);
  });

  it("is reproducible for a seed and rejects a confidence outside (0.5, 1)", () => {
    const values = [0.0012, 0.0021, 0.0018, 0.0035, 0.0016];
    const first = bootstrapMeanUpperBound(values, { rng: createRng(1) });
    expect(bootstrapMeanUpperBound(values, { rng: createRng(1) })).toBe(first);
    expect(first).toBeGreaterThan(mean(values));
    expect(() => bootstrapMeanUpperBound(values, { rng: createRng(1), confidence: 0.4 })).toThrow(
      "bootstrapMeanUpperBound requires a one-sided confidence in (0.5, 1) (got 0.4)",
    );
  });
});
