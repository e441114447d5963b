import { describe, expect, it } from "vitest";
import { cleanDriftColumn, driftTests, selectDriftTest } from "./drift-tests";

describe("driftTests", () => {
  it("carries Evidently's default thresholds and comparisons", () => {
    // Evidently's stattests (evidentlyai/evidently, calculations/stattests): KS p ≤ 0.05; chi-square, z p < 0.05; PSI, JS, Wasserstein ≥ 0.1.
    expect(driftTests.ks).toMatchObject({ defaultThreshold: 0.05, comparison: "p ≤ threshold" });
    expect(driftTests.chisquare).toMatchObject({
      defaultThreshold: 0.05,
      comparison: "p < threshold",
    });
    expect(driftTests.z).toMatchObject({ defaultThreshold: 0.05, comparison: "p < threshold" });
    for (const name of ["psi", "jensenshannon", "wasserstein"] as const) {
      expect(driftTests[name]).toMatchObject({
        defaultThreshold: 0.1,
        comparison: "score ≥ threshold",
      });
    }
  });
});

describe("selectDriftTest", () => {
  // Evidently's default test selection (stattests/registry.py), n_u = unique values of reference ∪ current.
  const numbers = (count: number, unique: number) =>
    Array.from({ length: count }, (_, index) => index % unique);

  it("reference ≤ 1000 rows: KS for numeric with n_u > 5, else chi-square (n_u > 2) or z-test", () => {
    expect(selectDriftTest(numbers(1000, 6), numbers(10, 6), false)).toBe("ks");
    expect(selectDriftTest(numbers(1000, 5), numbers(10, 5), false)).toBe("chisquare");
    expect(selectDriftTest(numbers(100, 2), numbers(10, 2), false)).toBe("z");
    expect(selectDriftTest(numbers(100, 2), [7], false)).toBe("chisquare");
    expect(selectDriftTest(numbers(100, 50), numbers(10, 50), true)).toBe("chisquare");
    expect(selectDriftTest(["a", "b"], ["a"], true)).toBe("z");
  });

  it("reference > 1000 rows: normed Wasserstein for numeric with n_u > 5, else Jensen-Shannon", () => {
    expect(selectDriftTest(numbers(1001, 6), numbers(10, 6), false)).toBe("wasserstein");
    expect(selectDriftTest(numbers(1001, 5), numbers(10, 5), false)).toBe("jensenshannon");
    expect(selectDriftTest(numbers(1001, 50), numbers(10, 50), true)).toBe("jensenshannon");
  });
});

describe("cleanDriftColumn", () => {
  it("drops null, undefined, NaN and ±Infinity as Evidently does", () => {
    expect(cleanDriftColumn([1, NaN, null, Infinity, undefined, "a", -Infinity, 2])).toEqual([
      1,
      "a",
      2,
    ]);
  });
});
