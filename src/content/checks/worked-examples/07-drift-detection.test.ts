import { describe, expect, it } from "vitest";
import {
  chi2Contingency,
  chiSquare,
  chiSquareSurvival,
  columnDrift,
  createRng,
  generateScenario,
  jensenShannon,
  kolmogorovSurvival,
  ks2samp,
  linfDistance,
  modelAccuracy,
  normalCdf,
  psi,
  psiFromShares,
  standardDeviation,
  tfdvCategoricalJsd,
  wasserstein,
  wassersteinNormed,
} from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("07-drift-detection.md");

/** Repeats each category `count` times, in the order given. */
function categories(counts: Record<string, number>): string[] {
  return Object.entries(counts).flatMap(([value, count]) => Array<string>(count).fill(value));
}

/** numpy.linspace(start, stop, count). */
function linspace(start: number, stop: number, count: number): number[] {
  return Array.from(
    { length: count },
    (_, index) => start + ((stop - start) * index) / (count - 1),
  );
}

/** One bin's PSI term after Evidently's zero rule (0.0001 filler; no share here is ≤ 0.0001). */
function psiTerm(referenceShare: number, currentShare: number): number {
  const reference = referenceShare === 0 ? 0.0001 : referenceShare;
  const current = currentShare === 0 ? 0.0001 : currentShare;
  return (reference - current) * Math.log(reference / current);
}

/** P(Binomial(trials, probability) ≥ atLeast), summed term by term. */
function binomialUpperTail(trials: number, probability: number, atLeast: number): number {
  let total = 0;
  let coefficient = 1;
  for (let successes = 0; successes <= trials; successes += 1) {
    if (successes > 0) coefficient = (coefficient * (trials - successes + 1)) / successes;
    if (successes >= atLeast) {
      total += coefficient * probability ** successes * (1 - probability) ** (trials - successes);
    }
  }
  return total;
}

const reference = categories({ a: 50, b: 30, c: 20 });

describe("lesson 7 worked examples: PSI as Jeffreys divergence", () => {
  it("prints the triangle-inequality counterexample", () => {
    const direct = psiFromShares([0.5, 0.5], [0.125, 0.875]);
    const firstStep = psiFromShares([0.5, 0.5], [0.25, 0.75]);
    const secondStep = psiFromShares([0.25, 0.75], [0.125, 0.875]);
    expectPrinted(passage(text, "the direct PSI from the first to the third is"), direct, 4); // 0.7297
    expectPrinted(passage(text, "the direct PSI from the first to the third is"), firstStep, 4); // 0.2747
    expectPrinted(passage(text, "the direct PSI from the first to the third is"), secondStep, 4); // 0.1059
    expectPrinted(
      passage(text, "the direct PSI from the first to the third is"),
      firstStep + secondStep,
      4,
    ); // 0.3806
    expect(direct).toBeGreaterThan(firstStep + secondStep);
  });
});

describe("lesson 7 worked examples: one categorical column, three verdicts", () => {
  const current = categories({ a: 40, b: 30, c: 30 });

  // scipy 1.17: chisquare([40,30,30], [50,30,20]) = 7.0, p 0.0302
  it("prints Evidently's chi-square statistic and p-value", () => {
    const result = chiSquare([40, 30, 30], [50, 30, 20]);
    expectPrinted(
      passage(text, "A payment-method column has reference counts"),
      result.statistic,
      2,
    ); // 7.00
    expectPrinted(passage(text, "A payment-method column has reference counts"), result.pvalue, 4); // 0.0302
    expect(result.dof).toBe(2);
    expect(result.pvalue).toBeLessThan(0.05);
  });

  it("prints PSI, its two non-zero terms, and the Jensen-Shannon distance", () => {
    const result = psi(reference, current, { categorical: true });
    expectPrinted(passage(text, "The distances disagree. PSI is"), result.value, 4); // 0.0629
    expectPrinted(passage(text, "The distances disagree. PSI is"), psiTerm(0.5, 0.4), 4); // 0.0223 from a
    expectPrinted(passage(text, "The distances disagree. PSI is"), psiTerm(0.2, 0.3), 4); // 0.0405 from c
    const js = jensenShannon(result.referenceShares, result.currentShares);
    expectPrinted(passage(text, "The distances disagree. PSI is"), js.distance, 4); // 0.0884 (scipy jensenshannon of a×50 b×30 c×20 vs a×40 b×30 c×30)
    expect(result.value).toBeLessThan(0.1);
    expect(js.distance).toBeLessThan(0.1);
  });

  // scipy 1.17: chi2_contingency([[50,30,20],[40,30,30]]) = 3.111, p 0.2111 (dof 2, no Yates)
  it("prints the two-sample contingency test", () => {
    const result = chi2Contingency([
      [50, 30, 20],
      [40, 30, 30],
    ]);
    expectPrinted(passage(text, "The distances disagree. PSI is"), result.statistic, 2); // 3.11
    expectPrinted(passage(text, "The distances disagree. PSI is"), result.pvalue, 4); // 0.2111
  });

  // Evidently's default test selection and decisions (stattests/registry.py)
  it("has Evidently choose chi-square and call drift, then Jensen-Shannon above 1,000 rows", () => {
    const decision = columnDrift(reference, current);
    expect(decision.test).toBe("chisquare");
    expectPrinted(passage(text, "A payment-method column has reference counts"), decision.score, 4); // p 0.0302
    expect(decision.drifted).toBe(true);
    const twentyFold = columnDrift(
      categories({ a: 1000, b: 600, c: 400 }),
      categories({ a: 800, b: 600, c: 600 }),
    );
    expect(twentyFold.test).toBe("jensenshannon");
    expectPrinted(passage(text, "Now multiply every count by ten."), twentyFold.score, 4); // 0.0884
    expect(twentyFold.drifted).toBe(false);
    const tenFold = columnDrift(
      categories({ a: 500, b: 300, c: 200 }),
      categories({ a: 400, b: 300, c: 300 }),
    );
    expect(tenFold.test).toBe("chisquare"); // 1,000 reference rows: still at most 1,000
  });

  it("prints the chi-square statistic after multiplying every count by ten", () => {
    const result = chiSquare([400, 300, 300], [500, 300, 200]);
    expectPrinted(passage(text, "Now multiply every count by ten."), result.statistic, 2); // 70.00
    expect(result.pvalue).toBeGreaterThan(1e-16);
    expect(result.pvalue).toBeLessThan(1e-15); // "of order 10^-16"
    const scaled = psi(
      categories({ a: 500, b: 300, c: 200 }),
      categories({ a: 400, b: 300, c: 300 }),
      { categorical: true },
    );
    expect(scaled.value).toBeCloseTo(psi(reference, current, { categorical: true }).value, 12);
  });
});

describe("lesson 7 worked examples: a new category", () => {
  const current = categories({ a: 30, b: 30, c: 25, d: 15 });

  // a×50 b×30 c×20 vs a×30 b×30 c×25 d×15 (Evidently PSI, scipy jensenshannon)
  it("prints PSI, the share of the new category and the filler sensitivity", () => {
    const result = psi(reference, current, { categorical: true });
    expectPrinted(
      passage(text, "Keep the reference and let the current window be"),
      result.value,
      4,
    ); // 1.2096
    expectPrinted(
      passage(text, "Keep the reference and let the current window be"),
      psiTerm(0, 0.15),
      4,
    ); // 1.0963 from d
    expectPrinted(
      passage(text, "Keep the reference and let the current window be"),
      (0.001 - 0.15) * Math.log(0.001 / 0.15),
      4,
    ); // 0.7466 with filler 0.001
  });

  it("has Evidently's chi-square return p = 0 for the unseen category", () => {
    const decision = columnDrift(reference, current);
    expect(decision.test).toBe("chisquare");
    expect(decision.score).toBe(0);
    expect(decision.drifted).toBe(true);
  });

  it("prints the Jensen-Shannon distance, TFDV's L-infinity and TFDV's divergence", () => {
    const js = jensenShannon([0.5, 0.3, 0.2, 0], [0.3, 0.3, 0.25, 0.15]);
    expectPrinted(
      passage(text, "Keep the reference and let the current window be"),
      js.distance,
      4,
    ); // 0.2569
    const referenceCounts = { a: 50, b: 30, c: 20 };
    const currentCounts = { a: 30, b: 30, c: 25, d: 15 };
    const linf = linfDistance(referenceCounts, currentCounts);
    expectPrinted(
      passage(text, "Keep the reference and let the current window be"),
      linf.distance,
      4,
    ); // 0.2000
    expect(linf.key).toBe("a");
    const tfdv = tfdvCategoricalJsd(referenceCounts, currentCounts);
    expectPrinted(passage(text, "Keep the reference and let the current window be"), tfdv, 4); // 0.0952
    // the identity the lesson states: squared distance in nats / ln 2 = divergence in bits
    expect(js.distance ** 2 / Math.LN2).toBeCloseTo(tfdv, 12);
  });
});

describe("lesson 7 worked examples: a numeric shift that KS does not call", () => {
  const referenceValues = linspace(0, 10, 50);
  const currentValues = linspace(2, 12, 40);

  // linspace(0, 10, 50) vs linspace(2, 12, 40); scipy 1.17: ks_2samp -> D 0.215, p 0.22356 (exact)
  it("prints the KS statistic and its exact p-value", () => {
    const result = ks2samp(referenceValues, currentValues);
    expect(result.method).toBe("exact");
    expectPrinted(
      passage(text, "Take a reference of 50 evenly spaced values"),
      result.statistic,
      4,
    ); // 0.2150
    expectPrinted(passage(text, "Take a reference of 50 evenly spaced values"), result.pvalue, 4); // 0.2236
    expect(result.pvalue).toBeGreaterThan(0.05);
  });

  it("has Evidently choose KS (no drift), while normed Wasserstein would call drift", () => {
    const decision = columnDrift(referenceValues, currentValues);
    expect(decision.test).toBe("ks");
    expect(decision.drifted).toBe(false);
    const wassersteinDecision = columnDrift(referenceValues, currentValues, {
      test: "wasserstein",
    });
    expect(wassersteinDecision.drifted).toBe(true);
  });

  it("prints the Wasserstein distance, the reference deviation and the normed value", () => {
    expectPrinted(
      passage(text, "Take a reference of 50 evenly spaced values"),
      wasserstein(referenceValues, currentValues),
      4,
    ); // 2.0000
    expectPrinted(
      passage(text, "Take a reference of 50 evenly spaced values"),
      standardDeviation(referenceValues, 0),
      4,
    ); // 2.9451
    expectPrinted(
      passage(text, "Take a reference of 50 evenly spaced values"),
      wassersteinNormed(referenceValues, currentValues),
      4,
    ); // 0.6791
  });

  it("prints PSI on 8 Sturges bins, its two filled bins, and the Jensen-Shannon distance", () => {
    const result = psi(referenceValues, currentValues);
    expect(result.edges).toHaveLength(9); // 8 bins of width 1.5 on [0, 12]
    expect(result.edges?.[1]).toBeCloseTo(1.5, 12);
    expectPrinted(passage(text, "Take a reference of 50 evenly spaced values"), result.value, 4); // 2.3124
    expect(result.currentShares[0]).toBe(0);
    expect(result.referenceShares[7]).toBe(0);
    expectPrinted(
      passage(text, "Take a reference of 50 evenly spaced values"),
      psiTerm(result.referenceShares[0] ?? NaN, 0),
      4,
    ); // 1.1797
    expectPrinted(
      passage(text, "Take a reference of 50 evenly spaced values"),
      psiTerm(0, result.currentShares[7] ?? NaN),
      4,
    ); // 1.0963
    const js = jensenShannon(result.referenceShares, result.currentShares);
    expectPrinted(passage(text, "Take a reference of 50 evenly spaced values"), js.distance, 4); // 0.3346
  });
});

describe("lesson 7: what significant means at production scale", () => {
  it("prints the KS budget for a 0.05 standard-deviation shift", () => {
    const criticalValue = 1.3580986393225507; // scipy 1.17: kstwobign.isf(0.05)
    expect(kolmogorovSurvival(criticalValue)).toBeCloseTo(0.05, 12);
    expectPrinted(passage(text, "whose upper 5% point is"), criticalValue, 4); // 1.3581
    const populationDistance = 2 * normalCdf(0.025) - 1;
    expectPrinted(
      passage(text, "Part 1 also shows that Evidently's chi-square"),
      populationDistance,
      4,
    ); // 0.0199
    const rowsPerWindow = 2 * (criticalValue / populationDistance) ** 2;
    expect(Math.round(rowsPerWindow)).toBe(9273);
    expect(text).toContain("9{,}273");
    expectPrinted(
      passage(text, "Part 1 also shows that Evidently's chi-square"),
      Math.sqrt(100000 / 2) * populationDistance,
      2,
    ); // 4.46
  });

  it("prints the null PSI approximation for 100 rows per window", () => {
    const bins = Math.ceil(Math.log2(200)) + 1; // Sturges on 200 pooled values
    expect(bins).toBe(9);
    expectPrinted(
      passage(text, "Part 1 also shows that Evidently's chi-square"),
      (bins - 1) * (1 / 100 + 1 / 100),
      2,
    ); // 0.16
  });

  it("prints the seeded simulation of PSI between two windows of the same distribution", () => {
    const rng = createRng("lesson-7-null-psi");
    const runs = 500;
    let total = 0;
    let atLeastThreshold = 0;
    for (let run = 0; run < runs; run += 1) {
      const value = psi(rng.normals(100), rng.normals(100)).value;
      total += value;
      if (value >= 0.1) atLeastThreshold += 1;
    }
    expectPrinted(passage(text, "Part 1 also shows that Evidently's chi-square"), total / runs, 3); // 0.224 with this seed
    expect(text).toContain(`${((100 * atLeastThreshold) / runs).toFixed(1)}%`); // 88.6%
  });

  it("prints the multiple-testing numbers for 20 columns", () => {
    expectPrinted(passage(text, "With $J$ independent columns, each checked"), 1 - 0.95 ** 20, 4); // 0.6415
    expectPrinted(passage(text, "With $J$ independent columns, each checked"), 0.05 / 20, 4); // 0.0025
    // scipy 1.17: binom.sf(9, 20, 0.05) = 1.1340718060930296e-08
    const falseDatasetAlarm = binomialUpperTail(20, 0.05, 10);
    expect(falseDatasetAlarm).toBeCloseTo(1.1340718060930296e-8, 15);
    expect(text).toContain("1.13 \\times 10^{-8}");
    // Three real breaks need 7 false alarms among the other 17 columns to reach 10 of 20:
    // scipy 1.17: binom.sf(6, 17, 0.05) = 9.728421541338308e-06, "about 10^{-5}".
    const threeBreaksRaiseIt = binomialUpperTail(17, 0.05, 7);
    expect(threeBreaksRaiseIt).toBeCloseTo(9.728421541338308e-6, 15);
    expect(text.replace(/\s+/g, " ")).toContain(
      "needs 7 false alarms among the other 17 columns, probability about $10^{-5}$",
    );
  });

  it("simulates the drift kinds as the lesson says: concept change unseen, accuracy about 1/2", () => {
    const step = passage(text, "2. Repeat with a controlled change");
    // A 90° concept rotation keeps P(x): the deployed model is right about half the time.
    const rng = createRng("lesson-7-drift-kinds");
    const turned = generateScenario(rng, { kind: "concept-rotation", size: 20000 });
    expect(Math.abs(modelAccuracy(turned) - 0.5)).toBeLessThan(0.02);
    expect(step).toContain("accuracy falls to about one half");
    // Evidently's chi-square with the reference shares as expected frequencies, equal windows:
    // the statistic is about 2·χ²(2), so P(flag) ≈ P(χ²(2) > 5.991/2) = exp(−1.498) = 0.2236
    // (scipy: chi2.sf(chi2.ppf(0.95, 2) / 2, 2) = 0.22360679774997913).
    const predicted = chiSquareSurvival(5.991464547107979 / 2, 2);
    expect(predicted).toBeCloseTo(Math.exp(-5.991464547107979 / 4), 10);
    const draw = () =>
      Array.from({ length: 200 }, () => {
        const u = rng.uniform();
        return u < 0.5 ? "web" : u < 0.8 ? "app" : "store";
      });
    let flagged = 0;
    for (let trial = 0; trial < 2000; trial += 1) {
      if (columnDrift(draw(), draw()).drifted) flagged += 1;
    }
    // 2000 trials: standard error 0.009
    expect(Math.abs(flagged / 2000 - predicted)).toBeLessThan(0.035);
    expect(step).toContain("flags about one unchanged window in five");
  });

  it("finds the binned PSI of a 0.3σ shift converging just below 0.1 (the notebook's power claim)", () => {
    // Jeffreys divergence δ² = 0.09; with 20,000 rows per window Sturges gives 17 bins and the
    // noise term (B − 1)(1/n + 1/m) is 0.0016, so the mean PSI sits near 0.09, under 0.1.
    const rng = createRng("lesson-7-psi-limit");
    let total = 0;
    for (let trial = 0; trial < 20; trial += 1) {
      const reference = rng.normals(20000);
      const current = rng.normals(20000).map((value) => value + 0.3);
      total += psi(reference, current).value;
    }
    expect(total / 20).toBeGreaterThan(0.085);
    expect(total / 20).toBeLessThan(0.095);
  });
});
