import { describe, expect, it } from "vitest";
import { featureSkew } from "./feature-skew";
import type { SkewScenarioKind } from "./skew-scenarios";
import { generateSkewScenario } from "./skew-scenarios";
import { createRng } from "../random/rng";

const counts = (result: ReturnType<typeof featureSkew>, name: string) =>
  result.features.find((feature) => feature.featureName === name);

// TFDV feature skew detector semantics (tensorflow/data-validation, tensorflow_data_validation/skew).
describe("featureSkew (TFDV semantics)", () => {
  it("reproduces TFDV's docstring example: float_values [1, 2] vs [1, 3] is one mismatch", () => {
    const result = featureSkew(
      [{ id: "id_1", float_values: [1, 2] }],
      [{ id: "id_1", float_values: [1, 3] }],
      { identifierFeatures: ["id"] },
    );
    expect(result.features).toEqual([
      {
        featureName: "float_values",
        baseCount: 1,
        testCount: 1,
        matchCount: 0,
        baseOnly: 0,
        testOnly: 0,
        mismatchCount: 1,
        diffCount: 1,
        mismatchRate: 1,
      },
    ]);
    expect(result.skewPairs).toEqual([
      {
        identifiers: { id: "id_1" },
        mismatchedFeatures: ["float_values"],
        baseOnlyFeatures: [],
        testOnlyFeatures: [],
      },
    ]);
  });

  it("counts base-only and test-only values; missing on both sides the same way is a match", () => {
    const result = featureSkew(
      [
        { id: 1, a: 5, b: null, c: 1 },
        { id: 2, a: 5, d: null },
      ],
      [
        { id: 1, a: null, b: null, c: 1, e: 7 },
        { id: 2, a: 5 },
      ],
      { identifierFeatures: "id" },
    );
    expect(counts(result, "a")).toMatchObject({
      baseCount: 2,
      testCount: 1,
      baseOnly: 1,
      matchCount: 1,
      diffCount: 1,
    });
    expect(counts(result, "b")).toMatchObject({ matchCount: 1, diffCount: 0 }); // null on both sides
    expect(counts(result, "e")).toMatchObject({ testCount: 1, testOnly: 1, matchCount: 0 });
    // Absent in test, null in base: neither matched nor counted, but the pair is skewed (TFDV).
    expect(counts(result, "d")).toMatchObject({
      baseCount: 0,
      testCount: 0,
      matchCount: 0,
      diffCount: 0,
    });
    expect(result.skewPairs.map((pair) => pair.identifiers.id)).toEqual([1, 2]);
  });

  it("compares types strictly and can round numbers first (float_round_ndigits)", () => {
    const base = [{ id: 1, x: 5, y: 0.123456 }];
    const test = [{ id: 1, x: "5", y: 0.123499 }];
    expect(counts(featureSkew(base, test, { identifierFeatures: "id" }), "x")?.mismatchCount).toBe(
      1,
    );
    expect(counts(featureSkew(base, test, { identifierFeatures: "id" }), "y")?.mismatchCount).toBe(
      1,
    );
    expect(
      counts(featureSkew(base, test, { identifierFeatures: "id", floatRoundDigits: 3 }), "y")
        ?.matchCount,
    ).toBe(1);
  });

  it("reports match statistics, skips duplicated ids unless allowed, ignores features", () => {
    const base = [{ id: 1, x: 1 }, { id: 2, x: 2 }, { id: 2, x: 2 }, { id: 3, x: 3 }, { x: 9 }];
    const test = [
      { id: 1, x: 1 },
      { id: 2, x: 2 },
      { id: 4, x: 4 },
      { id: null, x: 0 },
    ];
    const result = featureSkew(base, test, { identifierFeatures: "id" });
    expect(result.matchStats).toEqual({
      baseWithIdCount: 4,
      testWithIdCount: 3,
      identifiersCount: 4,
      idsMissingInBaseCount: 1,
      idsMissingInTestCount: 1,
      matchingPairsCount: 3,
      duplicateIdCount: 1,
      baseMissingIdCount: 1,
      testMissingIdCount: 1,
    });
    expect(counts(result, "x")?.matchCount).toBe(1); // only id 1: id 2 is duplicated
    expect(
      counts(
        featureSkew(base, test, { identifierFeatures: "id", allowDuplicateIdentifiers: true }),
        "x",
      )?.matchCount,
    ).toBe(3);
    expect(
      featureSkew(base, test, { identifierFeatures: "id", featuresToIgnore: ["x"] }).features,
    ).toEqual([]);
  });

  it("joins on several identifier features", () => {
    const result = featureSkew(
      [
        { user: 1, day: "mon", x: 1 },
        { user: 1, day: "tue", x: 2 },
      ],
      [
        { user: 1, day: "tue", x: 2 },
        { user: 1, day: "mon", x: 3 },
      ],
      { identifierFeatures: ["user", "day"] },
    );
    expect(counts(result, "x")).toMatchObject({
      matchCount: 1,
      mismatchCount: 1,
      mismatchRate: 0.5,
    });
  });

  it("rejects bad options", () => {
    expect(() => featureSkew([], [], { identifierFeatures: [] })).toThrow(
      "featureSkew requires at least one identifier feature",
    );
    expect(() => featureSkew([], [], { identifierFeatures: "id", floatRoundDigits: -1 })).toThrow(
      "featureSkew requires floatRoundDigits to be an integer in [0, 100]",
    );
  });
});

describe("generateSkewScenario", () => {
  const skewOf = (kind: SkewScenarioKind) => {
    const scenario = generateSkewScenario(createRng(`skew-${kind}`), kind, { rows: 400 });
    const result = featureSkew(scenario.offline, scenario.online, {
      identifierFeatures: "requestId",
    });
    const skewed = result.features
      .filter((feature) => feature.diffCount > 0)
      .map((feature) => feature.featureName);
    return { scenario, result, skewed };
  };

  it("a clean pipeline has no skew", () => {
    expect(skewOf("none").skewed).toEqual([]);
  });

  it("each planted bug skews exactly its feature", () => {
    for (const kind of [
      "unit-bug",
      "milliseconds-vs-seconds",
      "time-zone-shift",
      "null-default",
      "stale-online",
    ] as const) {
      const { scenario, skewed } = skewOf(kind);
      expect(skewed).toEqual(scenario.affectedFeatures);
    }
  });

  it("unit and time-zone bugs touch every row; null defaults only the null rows", () => {
    expect(counts(skewOf("unit-bug").result, "amount")?.mismatchRate).toBe(1);
    expect(counts(skewOf("time-zone-shift").result, "hourOfDay")?.mismatchRate).toBe(1);
    const { scenario, result } = skewOf("null-default");
    const nullRows = scenario.offline.filter(
      (row, index) => row.averageBasket !== scenario.online[index]!.averageBasket,
    );
    expect(counts(result, "averageBasket")?.mismatchCount).toBe(nullRows.length);
    expect(nullRows.length / 400).toBeGreaterThan(0.05);
    expect(nullRows.length / 400).toBeLessThan(0.15);
  });

  it("shifts the hour of day modulo 24 and is reproducible", () => {
    const scenario = generateSkewScenario(createRng(9), "time-zone-shift", {
      rows: 50,
      timeZoneOffsetHours: 3,
    });
    scenario.offline.forEach((row, index) => {
      expect(scenario.online[index]!.hourOfDay).toBe(((row.hourOfDay as number) + 3) % 24);
    });
    expect(generateSkewScenario(createRng(9), "none", { rows: 20 })).toEqual(
      generateSkewScenario(createRng(9), "none", { rows: 20 }),
    );
    expect(() => generateSkewScenario(createRng(9), "typo" as SkewScenarioKind)).toThrow(
      'generateSkewScenario does not know kind "typo"',
    );
  });
});
