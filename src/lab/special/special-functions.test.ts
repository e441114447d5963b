import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectClose } from "../__fixtures__/expect-close";
import { kolmogorovSmirnovSurvival } from "./kolmogorov-smirnov-distribution";
import {
  betaQuantile,
  chiSquareSurvival,
  kolmogorovSurvival,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
} from "./special-functions";
import { LabError } from "../core/errors";

// Expected values: scripts/lab-fixtures.py (scipy.special / scipy.stats, version in the fixture).
const special = fixture.special;

describe("normal distribution (Cephes ndtr/ndtri as in scipy)", () => {
  it("normalCdf matches scipy.special.ndtr", () => {
    for (const [x, expected] of special.normalCdf)
      expectClose(normalCdf(x!), expected!, 1e-14, 0, `ndtr(${x})`);
  });
  it("normalQuantile matches scipy.special.ndtri", () => {
    for (const [p, expected] of special.normalQuantile) {
      expectClose(normalQuantile(p!), expected!, 1e-14, 0, `ndtri(${p})`);
    }
  });
  it("handles the ends of the range", () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    // scipy 1.17: norm.ppf(0.975) = 1.959963984540054
    expect(normalQuantile(0.975)).toBe(1.959963984540054);
  });
  it("rejects probabilities outside [0, 1]", () => {
    expect(() => normalQuantile(1.5)).toThrow(
      new LabError("normalQuantile requires p in [0, 1] (found 1.5)"),
    );
    expect(() => normalQuantile(Number.NaN)).toThrow(LabError);
  });
});

describe("gamma functions", () => {
  it("logGamma matches scipy.special.gammaln", () => {
    for (const [x, expected] of special.logGamma)
      expectClose(logGamma(x!), expected!, 1e-13, 1e-15, `gammaln(${x})`);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expect(logGamma(0)).toBe(Infinity);
  });
  it("regularizedGammaP/Q match scipy.special.gammainc/gammaincc", () => {
    // 1e-11: series/continued fractions instead of Cephes' Temme expansion lose a few digits
    // for shapes in the thousands (observed error below 1e-14 on most cases).
    for (const [a, x, p, q] of special.gammainc) {
      expectClose(regularizedGammaP(a!, x!), p!, 1e-11, 1e-300, `gammainc(${a}, ${x})`);
      expectClose(regularizedGammaQ(a!, x!), q!, 1e-11, 1e-300, `gammaincc(${a}, ${x})`);
    }
  });
  it("chiSquareSurvival matches scipy.stats.chi2.sf", () => {
    for (const [x, dof, expected] of special.chi2Sf) {
      expectClose(chiSquareSurvival(x!, dof!), expected!, 1e-11, 0, `chi2.sf(${x}, ${dof})`);
    }
    expect(chiSquareSurvival(Infinity, 3)).toBe(0);
    expect(chiSquareSurvival(0, 3)).toBe(1);
  });
  it("rejects invalid shapes", () => {
    expect(() => regularizedGammaP(0, 1)).toThrow(
      "regularizedGammaP requires a to be a positive finite number (found 0)",
    );
    expect(() => regularizedGammaQ(1, -1)).toThrow("regularizedGammaQ requires x >= 0 (found -1)");
    expect(() => chiSquareSurvival(1, 0)).toThrow(LabError);
  });
});

describe("beta functions", () => {
  it("regularizedBeta matches scipy.special.betainc", () => {
    // Looser: the continued fraction's prefactor exp(lgamma sums) loses ~1e-13 for shapes near 60.
    for (const [x, a, b, expected] of special.betainc) {
      expectClose(
        regularizedBeta(x!, a!, b!),
        expected!,
        1e-11,
        1e-300,
        `betainc(${a}, ${b}, ${x})`,
      );
    }
  });
  it("betaQuantile matches scipy.stats.beta.ppf", () => {
    for (const [p, a, b, expected] of special.betaPpf) {
      expectClose(betaQuantile(p!, a!, b!), expected!, 1e-11, 0, `beta.ppf(${p}, ${a}, ${b})`);
    }
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
  });
  it("rejects invalid arguments", () => {
    expect(() => regularizedBeta(1.5, 1, 1)).toThrow(
      "regularizedBeta requires x in [0, 1] (found 1.5)",
    );
    expect(() => betaQuantile(0.5, -1, 1)).toThrow(
      "betaQuantile requires positive finite shapes a and b (found -1 and 1)",
    );
  });
});

describe("Kolmogorov distributions", () => {
  it("kolmogorovSurvival matches scipy.special.kolmogorov", () => {
    for (const [x, expected] of special.kolmogorov) {
      expectClose(kolmogorovSurvival(x!), expected!, 1e-14, 0, `kolmogorov(${x})`);
    }
    expect(kolmogorovSurvival(0)).toBe(1);
    expect(kolmogorovSurvival(-1)).toBe(1);
  });
  it("kolmogorovSmirnovSurvival matches scipy.stats.kstwo.sf", () => {
    // Durbin-matrix sums run in a different order than numpy's BLAS matmul: 1e-11.
    for (const [n, x, expected] of special.kstwoSf) {
      expectClose(
        kolmogorovSmirnovSurvival(n!, x!),
        expected!,
        1e-11,
        1e-300,
        `kstwo.sf(${x}, ${n})`,
      );
    }
    // scipy 1.17: kstwo.sf(0.5, 4) = 0.1875 (reference A, asymptotic KS p-value)
    expect(kolmogorovSmirnovSurvival(4, 0.5)).toBe(0.1875);
  });
});
