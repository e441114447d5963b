import { describe, expect, it } from "vitest";
import {
  averageRunLength,
  chunkAlerts,
  clopperPearsonInterval,
  controlLimits,
  createRng,
  cusum,
  detectionDelay,
  estimateAccuracy,
  ewma,
  normalCdf,
  normalQuantile,
  wilsonInterval,
} from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("08-offline-online-monitoring.md");

/** Siegmund's approximation to the one-sided CUSUM run length, as printed in the lesson. */
function siegmundRunLength(shiftMinusK: number, h: number): number {
  const b = h + 1.166;
  return (Math.exp(-2 * shiftMinusK * b) + 2 * shiftMinusK * b - 1) / (2 * shiftMinusK ** 2);
}

describe("lesson 8 worked examples: offline intervals", () => {
  // scipy 1.17: beta.ppf(0.025, 870, 131), beta.ppf(0.975, 871, 130); Wilson from its formula
  it("prints the Wilson, Clopper-Pearson and Wald intervals for 870 of 1000", () => {
    const [wilsonLower, wilsonUpper] = wilsonInterval(870, 1000);
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), wilsonLower, 4); // 0.8477
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), wilsonUpper, 4); // 0.8894
    const [exactLower, exactUpper] = clopperPearsonInterval(870, 1000);
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), exactLower, 4); // 0.8476
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), exactUpper, 4); // 0.8902
    const z = normalQuantile(0.975);
    const halfWidth = z * Math.sqrt((0.87 * 0.13) / 1000);
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), 0.87 - halfWidth, 4); // 0.8492
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), 0.87 + halfWidth, 4); // 0.8908
    // the lesson says the three agree to within 0.002
    expect(
      Math.max(wilsonLower, exactLower, 0.87 - halfWidth) -
        Math.min(wilsonLower, exactLower, 0.87 - halfWidth),
    ).toBeLessThan(0.002);
    expect(
      Math.max(wilsonUpper, exactUpper, 0.87 + halfWidth) -
        Math.min(wilsonUpper, exactUpper, 0.87 + halfWidth),
    ).toBeLessThan(0.002);
  });

  it("prints the three intervals for a slice of 29 correct out of 30", () => {
    const estimate = 29 / 30;
    const halfWidth = normalQuantile(0.975) * Math.sqrt((estimate * (1 - estimate)) / 30);
    expectPrinted(
      passage(text, "A classifier gets $c = 870$ of $n = 1000$"),
      estimate - halfWidth,
      4,
    ); // 0.9024
    expectPrinted(
      passage(text, "A classifier gets $c = 870$ of $n = 1000$"),
      estimate + halfWidth,
      4,
    ); // 1.0309, outside [0, 1]
    expect(estimate + halfWidth).toBeGreaterThan(1);
    const [wilsonLower, wilsonUpper] = wilsonInterval(29, 30);
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), wilsonLower, 4); // 0.8333
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), wilsonUpper, 4); // 0.9941
    const [exactLower, exactUpper] = clopperPearsonInterval(29, 30);
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), exactLower, 4); // 0.8278
    expectPrinted(passage(text, "A classifier gets $c = 870$ of $n = 1000$"), exactUpper, 4); // 0.9992
  });
});

describe("lesson 8 worked examples: delayed labels", () => {
  it("prints the cohort accuracy, the labelled interval and the bias", () => {
    const cohortAccuracy = (5700 + 3200) / 10000;
    expectPrinted(passage(text, "A fraud model scores 10,000 transactions"), cohortAccuracy, 2); // 0.89
    expectPrinted(passage(text, "A fraud model scores 10,000 transactions"), 5700 / 6000, 2); // 0.95
    expectPrinted(passage(text, "A fraud model scores 10,000 transactions"), 3200 / 4000, 2); // 0.80
    const [lower, upper] = wilsonInterval(5700, 6000);
    expectPrinted(passage(text, "A fraud model scores 10,000 transactions"), lower, 4); // 0.9442
    expectPrinted(passage(text, "A fraud model scores 10,000 transactions"), upper, 4); // 0.9552
    expect(cohortAccuracy).toBeLessThan(lower); // the interval excludes the truth
    expectPrinted(
      passage(text, "A fraud model scores 10,000 transactions"),
      5700 / 6000 - cohortAccuracy,
      2,
    ); // bias 0.06
  });
});

describe("lesson 8 worked examples: label-free estimation", () => {
  // NannyML CBPE formula (NannyML docs, "Confidence-based Performance Estimation"): (Σ_{ŷ=1} p + Σ_{ŷ=0} (1 − p)) / n
  it("prints the CBPE estimate of six predictions", () => {
    const estimate = estimateAccuracy([0.9, 0.8, 0.65, 0.3, 0.2, 0.05]);
    expectPrinted(passage(text, "Scores $0.90, 0.80, 0.65"), estimate, 4); // 0.8000
  });
});

describe("lesson 8 worked examples: control limits and run lengths", () => {
  const referenceChunks = [0.912, 0.905, 0.921, 0.899, 0.915, 0.908, 0.917, 0.903, 0.911, 0.909];

  it("prints NannyML-style limits (mean ± 3 std, ddof 0) and the two alerts", () => {
    const limits = controlLimits(referenceChunks);
    expectPrinted(passage(text, "Ten reference chunks of 2,000 predictions"), limits.center, 4); // 0.9100
    expectPrinted(
      passage(text, "Ten reference chunks of 2,000 predictions"),
      limits.standardDeviation,
      4,
    ); // 0.0063
    expectPrinted(passage(text, "Ten reference chunks of 2,000 predictions"), limits.lower, 4); // 0.8910
    expectPrinted(passage(text, "Ten reference chunks of 2,000 predictions"), limits.upper, 4); // 0.9290
    expectPrinted(
      passage(text, "Ten reference chunks of 2,000 predictions"),
      Math.sqrt((0.91 * 0.09) / 2000),
      4,
    ); // binomial noise 0.0064
    expect(chunkAlerts([0.907, 0.894, 0.888, 0.879], limits)).toEqual([false, false, true, true]);
  });

  it("prints the three-sigma chart's run lengths", () => {
    const falseAlarm = 2 * (1 - normalCdf(3));
    expectPrinted(passage(text, "each chunk raises a false alarm with probability"), falseAlarm, 4); // 0.0027
    expectPrinted(
      passage(text, "each chunk raises a false alarm with probability"),
      1 / falseAlarm,
      1,
    ); // ARL0 370.4
    expectPrinted(
      passage(text, "each chunk raises a false alarm with probability"),
      1 / (normalCdf(-2) + normalCdf(-4)),
      1,
    ); // ARL1 43.9
  });

  it("prints Siegmund's CUSUM run lengths and the seeded simulation that confirms them", () => {
    const upperInControl = siegmundRunLength(-0.5, 5);
    expectPrinted(
      passage(text, "where $\\Delta = \\delta - k$ for a true mean shift"),
      upperInControl,
      1,
    ); // 938.2
    expectPrinted(
      passage(text, "where $\\Delta = \\delta - k$ for a true mean shift"),
      upperInControl / 2,
      1,
    ); // 469.1
    expectPrinted(
      passage(text, "where $\\Delta = \\delta - k$ for a true mean shift"),
      siegmundRunLength(0.5, 5),
      1,
    ); // 10.3
    // Monte-Carlo check of the approximation with the lab's run-length simulator
    const inControl = averageRunLength({
      detector: { kind: "cusum", options: { k: 0.5, h: 5 } },
      runs: 1000,
      rng: createRng("lesson-8-arl0"),
    });
    expectPrinted(
      passage(text, "where $\\Delta = \\delta - k$ for a true mean shift"),
      inControl.averageRunLength,
      1,
    ); // 468.8 with this seed
    expectPrinted(
      passage(text, "where $\\Delta = \\delta - k$ for a true mean shift"),
      inControl.standardError,
      1,
    ); // 14.6
    expect(Math.abs(inControl.averageRunLength - upperInControl / 2)).toBeLessThan(
      4 * inControl.standardError + 15,
    );
    const shifted = averageRunLength({
      detector: { kind: "cusum", options: { k: 0.5, h: 5 } },
      shift: 1,
      runs: 1000,
      rng: createRng("lesson-8-arl1"),
    });
    expectPrinted(
      passage(text, "where $\\Delta = \\delta - k$ for a true mean shift"),
      shifted.averageRunLength,
      1,
    ); // 10.4 with this seed
    expect(Math.abs(shifted.averageRunLength - siegmundRunLength(0.5, 5))).toBeLessThan(
      4 * shifted.standardError + 0.5,
    );
  });

  it("prints the probability of a false alarm in 100 repeated tests", () => {
    expectPrinted(passage(text, "over 100 independent chunks, at least"), 1 - 0.95 ** 100, 4); // 0.9941
  });
});

describe("lesson 8 worked examples: CUSUM and EWMA on twelve chunks", () => {
  const values = [0.3, -0.8, 0.5, -0.2, 1.1, -0.6, 1.4, 0.9, 1.7, 1.2, 0.8, 1.9];
  const changeIndex = 6; // the 7th chunk is the first shifted one

  it("prints the upper CUSUM path and its alarm (k = 0.5, h = 4, strict)", () => {
    const result = cusum(values, { k: 0.5, h: 4, side: "upper" });
    const printedPath = result.upper.map((value) => Number(value.toFixed(1)));
    expect(printedPath).toEqual([0, 0, 0, 0, 0.6, 0, 0.9, 1.3, 2.5, 3.2, 3.5, 4.9]);
    expect(text).toContain("0, 0, 0, 0, 0.6, 0, 0.9, 1.3, 2.5, 3.2, 3.5, 4.9");
    expect(result.alarmIndex).toBe(11); // chunk 12
    expect(detectionDelay(result.alarmIndex, changeIndex)).toEqual({
      outcome: "detected",
      delay: 6,
    });
    expect(text).toContain("is 6 chunks");
  });

  it("prints the EWMA statistic and limit at chunk 12 (λ = 0.2, L = 3)", () => {
    const result = ewma(values, { lambda: 0.2, limitWidth: 3 });
    expect(result.alarmIndex).toBe(11);
    expectPrinted(
      passage(text, "The upper CUSUM with $k = 0.5$, $h = 4$"),
      result.statistic[11] ?? NaN,
      4,
    ); // 1.0105
    expectPrinted(
      passage(text, "The upper CUSUM with $k = 0.5$, $h = 4$"),
      result.upper[11] ?? NaN,
      4,
    ); // 0.9976
  });

  it("has no value outside ±3, so the three-sigma chart never alarms", () => {
    expect(values.every((value) => Math.abs(value) <= 3)).toBe(true);
  });
});
