import { describe, expect, it } from "vitest";
import {
  columnDrift,
  featureSkew,
  jensenShannon,
  linfDistance,
  tfdvCategoricalJsd,
} from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("03-training-serving-skew.md");
/** The lesson with line breaks folded, for phrases that wrap across lines. */
const flatText = text.replace(/\s+/g, " ");

// The joined-examples table of the skew-counts example: raw days since last order (null when the
// customer never ordered), offline dollars and online cents.
const rawDays: Record<number, number | null> = {
  101: 3,
  102: 12,
  103: null,
  104: 7,
  105: null,
  106: 20,
  107: 5,
  108: null,
};
const dollars: Record<number, number> = {
  101: 25,
  102: 40.5,
  103: 12,
  104: 99.99,
  105: 5.25,
  106: 60,
  107: 18.75,
  108: 33.1,
};
const cents: Record<number, number> = {
  101: 2500,
  102: 4050,
  103: 1200,
  104: 9999,
  105: 525,
  106: 6000,
  109: 1400,
};
const observedDays = Object.values(rawDays).filter((days): days is number => days !== null);
const trainingMean = observedDays.reduce((sum, days) => sum + days, 0) / observedDays.length;
const trainingExamples = [101, 102, 103, 104, 105, 106, 107, 108].map((id) => ({
  id,
  daysSinceLastOrder: rawDays[id] ?? trainingMean,
  orderAmount: dollars[id],
}));
const servingExamples = [101, 102, 103, 104, 105, 106, 109].map((id) => ({
  id,
  daysSinceLastOrder: rawDays[id] ?? 0,
  orderAmount: cents[id],
}));

// Counts of the paymentMethod example (a×50 b×30 c×20 vs a×30 b×30 c×25 d×15).
const trainingCounts = { card: 50, cash: 30, transfer: 20 };
const servingCounts = { card: 30, cash: 30, transfer: 25, wallet: 15 };
const categories = ["card", "cash", "transfer", "wallet"] as const;

/** Shares over the union of categories, each side normalised by its own total. */
function shares(counts: Record<string, number>): number[] {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return categories.map((category) => (counts[category] ?? 0) / total);
}

describe("lesson 3 worked examples: training-serving skew", () => {
  const p = shares(trainingCounts);
  const q = shares(servingCounts);
  const totalVariation =
    0.5 * p.reduce((sum, share, index) => sum + Math.abs(share - q[index]!), 0);

  it("counts matches and mismatches per feature as TFDV's skew detector does", () => {
    // TFDV feature skew semantics (tensorflow/data-validation, skew detector): join on id, count per feature over joined pairs
    expectPrinted(passage(text, "The offline pipeline fills a missing"), trainingMean, 1);
    const { features, matchStats } = featureSkew(trainingExamples, servingExamples, {
      identifierFeatures: "id",
    });
    expect(matchStats.matchingPairsCount).toBe(6);
    expect(matchStats.idsMissingInTestCount).toBe(2);
    expect(matchStats.idsMissingInBaseCount).toBe(1);
    const days = features.find((feature) => feature.featureName === "daysSinceLastOrder")!;
    const amount = features.find((feature) => feature.featureName === "orderAmount")!;
    expect([days.matchCount, days.mismatchCount, days.baseOnly, days.testOnly]).toEqual([
      4, 2, 0, 0,
    ]);
    expect([amount.matchCount, amount.mismatchCount]).toEqual([0, 6]);
    expectPrinted(passage(text, "The offline pipeline fills a missing"), days.mismatchRate!, 4);
    expectPrinted(passage(text, "The offline pipeline fills a missing"), amount.mismatchRate!, 4);
    expect(flatText).toContain("there are 4 matches and 2 mismatches");
    expect(flatText).toContain("all 6 joined examples mismatch");
    for (const id of [101, 102, 103, 104, 105, 106]) {
      expect(cents[id]! / dollars[id]!).toBeCloseTo(100, 9);
      const offline = rawDays[id] ?? trainingMean;
      const online = rawDays[id] ?? 0;
      const amounts = `${dollars[id]!.toFixed(2)} / ${cents[id]}`;
      expect(text).toContain(
        `| ${id} | ${rawDays[id] ?? "NULL"} | ${offline} / ${online} | ${amounts} |`,
      );
    }
  });

  it("prints the L-infinity distance at card and the total variation", () => {
    // TFDV categorical L-infinity (anomalies/metrics.cc; numpy: max |p − q| = 0.2 at a)
    const linf = linfDistance(trainingCounts, servingCounts);
    expect(linf.key).toBe("card");
    expectPrinted(passage(text, '- $L_\\infty = 0.2000$, attained at "card"'), linf.distance, 4);
    expect(flatText).toContain(`$L_\\infty = ${linf.distance.toFixed(4)}$, attained at "card"`);
    expect(flatText).toContain(`= ${totalVariation.toFixed(4)}$.`);
  });

  it("prints TFDV's base-2 divergence inside the bounds of the sandwich proposition", () => {
    // TFDV approximate JSD, base 2 (anomalies/metrics.cc; scipy 1.17.1: jensenshannon(p, q, base=2)² = 0.09523428536641401)
    const divergence = tfdvCategoricalJsd(trainingCounts, servingCounts);
    const lowerBound = totalVariation ** 2 / (2 * Math.LN2);
    expect(divergence).toBeGreaterThanOrEqual(lowerBound);
    expect(divergence).toBeLessThanOrEqual(totalVariation);
    expect(linfDistance(trainingCounts, servingCounts).distance).toBeLessThanOrEqual(
      totalVariation,
    );
    expect(flatText).toContain(
      `$${lowerBound.toFixed(4)} \\le ${divergence.toFixed(4)} \\le ${totalVariation.toFixed(4)}$`,
    );
    // the same divergence computed by the lab's scipy-compatible function, base 2
    expect(jensenShannon(p, q, { base: 2 }).divergence).toBeCloseTo(divergence, 12);
  });

  it("prints Evidently's natural-log distance and the base-2 distance", () => {
    // scipy jensenshannon(p, q) = 0.25692679189677964; base=2 gives 0.30860052716483494
    const naturalDistance = jensenShannon(p, q).distance;
    const baseTwoDistance = jensenShannon(p, q, { base: 2 }).distance;
    expectPrinted(
      passage(text, "- Evidently's Jensen–Shannon score, the natural-log distance"),
      naturalDistance,
      4,
    );
    expectPrinted(
      passage(text, "- Evidently's Jensen–Shannon score, the natural-log distance"),
      baseTwoDistance,
      4,
    );
    expect(naturalDistance).toBeGreaterThanOrEqual(0.1);
  });

  it("says Evidently's default test on the 100-row reference is chi-square, and it flags drift", () => {
    // Evidently (stattests/registry.py): reference ≤ 1,000 rows, categorical, 4 unique values
    // -> chi-square; "wallet" has reference share 0, so scipy's chisquare is inf with p = 0.
    const rows = (counts: Record<string, number>) =>
      Object.entries(counts).flatMap(([category, count]) => Array<string>(count).fill(category));
    const decision = columnDrift(rows(trainingCounts), rows(servingCounts));
    expect(decision.test).toBe("chisquare");
    expect(decision.score).toBe(0);
    expect(decision.drifted).toBe(true);
    expect(flatText).toContain("on these 100 it runs chi-square, which flags the column too");
  });

  it("reaches the verdicts the example states for each threshold", () => {
    const linf = linfDistance(trainingCounts, servingCounts).distance;
    const divergence = tfdvCategoricalJsd(trainingCounts, servingCounts);
    // TFDV: anomaly when distance > threshold (strict); Evidently JS: drift when score >= 0.1
    expect(linf > 0.01).toBe(true);
    expect(divergence > 0.1).toBe(false);
    expect(jensenShannon(p, q).distance >= 0.1).toBe(true);
  });

  it("prints the remaining staleness mismatch probability for hourly changes and refreshes", () => {
    // E[1 - exp(-lambda A)] with A uniform on [0, c): 1 - (1 - exp(-lambda c)) / (lambda c), lambda c = 1
    const changesPerPeriod = 1;
    const probability = 1 - (1 - Math.exp(-changesPerPeriod)) / changesPerPeriod;
    expectPrinted(passage(text, "with every raw change, about 37%"), probability, 4);
    expect(flatText).toContain(`about ${Math.round(probability * 100)}% of examples`);
  });
});
