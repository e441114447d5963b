import { describe, expect, it } from "vitest";
import { columnDrift } from "./column-drift";
import { LabError } from "../core/errors";

const repeat = <T>(value: T, count: number): T[] => new Array<T>(count).fill(value);
const categories = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([value, count]) => repeat(value, count));
const linspace = (start: number, stop: number, count: number) =>
  Array.from({ length: count }, (_, index) => start + ((stop - start) * index) / (count - 1));

describe("columnDrift", () => {
  it("picks KS for a small numeric column and drifts only when p ≤ 0.05 (two linspace samples)", () => {
    // scipy 1.17.1: ks_2samp(linspace(0, 10, 50), linspace(2, 12, 40)) → D 0.215,
    // p 0.22356088619425982 → no drift.
    const result = columnDrift(linspace(0, 10, 50), linspace(2, 12, 40));
    expect(result).toMatchObject({
      test: "ks",
      threshold: 0.05,
      drifted: false,
      comparison: "p ≤ threshold",
    });
    expect(result.score).toBeCloseTo(0.22356088619425982, 10);
    // The KS comparison is inclusive: a threshold equal to p drifts.
    expect(
      columnDrift(linspace(0, 10, 50), linspace(2, 12, 40), { threshold: result.score }).drifted,
    ).toBe(true);
  });

  it("runs the forced distance tests on two linspace samples and drifts when score ≥ 0.1", () => {
    const reference = linspace(0, 10, 50);
    const current = linspace(2, 12, 40);
    // Evidently's PSI and JS (numpy: Sturges bins of the union) and scipy 1.17.1
    // wasserstein_distance / std(reference) on linspace(0, 10, 50) vs linspace(2, 12, 40): PSI 2.312358158173221,
    // JS 0.33460870911184687, normed W 0.6790997501017321.
    expect(columnDrift(reference, current, { test: "psi" }).score).toBeCloseTo(
      2.312358158173221,
      10,
    );
    expect(columnDrift(reference, current, { test: "jensenshannon" }).score).toBeCloseTo(
      0.33460870911184687,
      10,
    );
    const wasserstein = columnDrift(reference, current, { test: "wasserstein" });
    expect(wasserstein.score).toBeCloseTo(0.6790997501017321, 10);
    expect(wasserstein.drifted).toBe(true);
    // Inclusive comparison for distances: threshold equal to the score drifts.
    expect(
      columnDrift(reference, current, { test: "wasserstein", threshold: wasserstein.score })
        .drifted,
    ).toBe(true);
  });

  it("categorical, a new category in current: chi-square p = 0 because of the new category", () => {
    const result = columnDrift(
      categories({ a: 50, b: 30, c: 20 }),
      categories({ a: 30, b: 30, c: 25, d: 15 }),
    );
    expect(result).toMatchObject({ test: "chisquare", score: 0, drifted: true });
    // Evidently's PSI (zero shares → 0.0001) and scipy 1.17.1 jensenshannon on a×50 b×30 c×20 vs
    // a×30 b×30 c×25 d×15: PSI 1.209574038343745, JS 0.25692679189677964.
    const reference = categories({ a: 50, b: 30, c: 20 });
    const current = categories({ a: 30, b: 30, c: 25, d: 15 });
    expect(columnDrift(reference, current, { test: "psi" }).score).toBeCloseTo(
      1.209574038343745,
      12,
    );
    expect(columnDrift(reference, current, { test: "jensenshannon" }).score).toBeCloseTo(
      0.25692679189677964,
      12,
    );
  });

  it("chi-square and z-test compare strictly: p equal to the threshold does not drift", () => {
    // scipy 1.17.1: chisquare([40, 30, 30], [50, 30, 20]) p 0.0301973834223185; Evidently's pooled
    // z-test on no×70 yes×30 vs no×55 yes×45: p 0.02845973691631065.
    const reference = categories({ a: 50, b: 30, c: 20 });
    const current = categories({ a: 40, b: 30, c: 30 });
    expect(columnDrift(reference, current).drifted).toBe(true);
    expect(columnDrift(reference, current, { threshold: 0.0301973834223185 }).drifted).toBe(false);
    const binary = columnDrift(categories({ no: 70, yes: 30 }), categories({ no: 55, yes: 45 }));
    expect(binary.test).toBe("z");
    expect(binary.score).toBeCloseTo(0.02845973691631065, 12);
    expect(binary.drifted).toBe(true);
  });

  it("uses normed Wasserstein and Jensen-Shannon when the reference has more than 1000 rows", () => {
    // scipy 1.17: wasserstein_distance(linspace(0,10,1200), linspace(.5,10.5,800)) / np.std(ref)
    // = 0.17306080328015752.
    const numeric = columnDrift(linspace(0, 10, 1200), linspace(0.5, 10.5, 800));
    expect(numeric.test).toBe("wasserstein");
    expect(numeric.score).toBeCloseTo(0.17306080328015752, 10);
    expect(numeric.drifted).toBe(true);
    // scipy 1.17: jensenshannon([600,400,200,0]/1200, [300,300,150,50]/800) = 0.16449952437437274.
    const categorical = columnDrift(
      categories({ a: 600, b: 400, c: 200 }),
      categories({ a: 300, b: 300, c: 150, d: 50 }),
    );
    expect(categorical.test).toBe("jensenshannon");
    expect(categorical.score).toBeCloseTo(0.16449952437437274, 12);
  });

  it("drops missing values before testing, as Evidently does", () => {
    const clean = columnDrift(linspace(0, 10, 50), linspace(2, 12, 40));
    const dirty = columnDrift(
      [...linspace(0, 10, 50), NaN, null, Infinity],
      [-Infinity, ...linspace(2, 12, 40), undefined],
    );
    expect(dirty.score).toBe(clean.score);
    expect(dirty.referenceCount).toBe(50);
    expect(dirty.currentCount).toBe(40);
  });

  it("treats numbers as categories when asked", () => {
    const result = columnDrift(linspace(0, 10, 50), linspace(2, 12, 40), { categorical: true });
    expect(result.test).toBe("chisquare");
  });

  it("rejects bad input with one clear LabError each", () => {
    expect(() => columnDrift([NaN, null], [1])).toThrow(LabError);
    expect(() => columnDrift([NaN, null], [1])).toThrow(
      "columnDrift requires at least one non-missing value in reference",
    );
    expect(() => columnDrift([1], [])).toThrow(
      "columnDrift requires at least one non-missing value in current",
    );
    expect(() => columnDrift(["a", "b"], ["a"], { test: "ks" })).toThrow(
      "columnDrift requires numeric values for the ks test",
    );
    expect(() => columnDrift([1, 2], [1], { threshold: NaN })).toThrow(
      "columnDrift requires a finite threshold (got NaN)",
    );
  });
});
