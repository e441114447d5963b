/**
 * Independent checks of the exercises' `solve`: scipy and numpy values, brute-force
 * re-computations, and the lessons' worked examples. (The lifecycle of every exercise is checked
 * in lifecycle.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { guardrailPrecision } from "./guardrail-precision";
import { exerciseById } from "./index";
import { kayentaCanaryScore } from "./kayenta-canary-score";
import { nullSpikeDetection } from "./null-spike-detection";
import { pointInTimeJoinTtl } from "./point-in-time-join-ttl";
import { schemaCompatibilityUpgrade } from "./schema-compatibility-upgrade";
import { tfdvLinfSkew } from "./tfdv-linf-skew";
import { traceTokenCost } from "./trace-token-cost";

const seeds = Array.from({ length: 100 }, (_, index) => index + 1);

describe("reference answers agree with scipy and numpy (seed 7)", () => {
  const solveSeven = (id: string) => {
    const exercise = exerciseById(id)!;
    return exercise.solve(exercise.generate(7));
  };

  it("matches the oracle values", () => {
    // scipy 1.17.1: ks_2samp(reference, current) on the seed-7 basket values
    expect(solveSeven("ks-basket-value-drift").statistic).toBeCloseTo(0.3939393939393939, 12);
    expect(solveSeven("ks-basket-value-drift").pvalue).toBeCloseTo(0.2557751845677542, 12);
    // scipy 1.17.1: jensenshannon([559, 1030, 439, 273], [649, 714, 518, 419])
    expect(solveSeven("jensen-shannon-country-drift").distance).toBeCloseTo(
      0.10520618934171487,
      12,
    );
    // scipy 1.17.1: wasserstein_distance(ref, cur) and / numpy.std(ref) on the repeated counts
    expect(solveSeven("normed-wasserstein-delivery-time").distance).toBeCloseTo(
      5.192574639971899,
      12,
    );
    expect(solveSeven("normed-wasserstein-delivery-time").score).toBeCloseTo(
      0.6846227561832506,
      12,
    );
    // numpy: Σ (r − c)·ln(r/c) on the shares of [32, 38, 24, 0] and [40, 25, 24, 15], the zero
    // reference share replaced by 0.0001
    expect(solveSeven("psi-categorical-shift").psi).toBeCloseTo(1.1414633770017528, 12);
    // numpy 2.x: quantile(latencies, 0.95), default linear method
    expect(solveSeven("p95-latency-gate").p95).toBeCloseTo(282.65, 9);
  });
});

// Independent checks of `solve`: brute-force re-computations, lesson worked examples and numpy.
describe("reference answers, checked independently", () => {
  it("point-in-time-join-ttl matches a brute-force Feast join for seeds 1..100", () => {
    for (const seed of seeds) {
      const instance = pointInTimeJoinTtl.generate(seed);
      const { entities, features, ttlHours } = instance.params;
      const expected = entities.map((row) => {
        const qualifying = features.filter(
          (f) =>
            f.entityId === row.entityId &&
            f.eventTimestamp <= row.timestamp &&
            f.eventTimestamp >= row.timestamp - ttlHours * 3600 &&
            (f.createdTimestamp ?? 0) <= row.timestamp,
        );
        qualifying.sort(
          (a, b) =>
            b.eventTimestamp - a.eventTimestamp ||
            (b.createdTimestamp ?? 0) - (a.createdTimestamp ?? 0),
        );
        return qualifying[0]?.value ?? null;
      });
      expect(pointInTimeJoinTtl.solve(instance).values).toEqual(expected);
    }
  });

  it("tfdv-linf-skew matches max |p - q| over shares for seeds 1..100", () => {
    for (const seed of seeds) {
      const { training, serving, values } = tfdvLinfSkew.generate(seed).params;
      const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
      const diffs = training.map((count, i) =>
        Math.abs(count / total(training) - serving[i]! / total(serving)),
      );
      const best = Math.max(...diffs);
      const reference = tfdvLinfSkew.solve(tfdvLinfSkew.generate(seed));
      expect(reference.distance).toBeCloseTo(best, 12);
      expect(reference.value).toBe(values[diffs.indexOf(best)]);
    }
  });

  it("trace-token-cost matches tokens × price / 1e6 over model-call rows for seeds 1..100", () => {
    const prices: Record<string, [number, number]> = {
      "gpt-4o": [2.5, 10],
      "gpt-4o-mini": [0.15, 0.6],
      "text-embedding-3-small": [0.02, 0],
    };
    for (const seed of seeds) {
      const instance = traceTokenCost.generate(seed);
      let cost = 0;
      for (const row of instance.tables[0]!.rows) {
        const [, , name, operation, , , input, output] = row;
        if (operation !== "chat" && operation !== "embeddings") continue;
        const [inPrice, outPrice] = prices[String(name).split(" ")[1]!]!;
        cost += (Number(input ?? 0) * inPrice + Number(output ?? 0) * outPrice) / 1e6;
      }
      expect(traceTokenCost.solve(instance).cost).toBeCloseTo(cost, 12);
    }
  });

  it("null-spike-detection seed 1 matches numpy", () => {
    // numpy 2.x: k1, n1, k2, n2 = 7, 2000, 38, 1500; pooled z = -5.673935729111743;
    // D = 38/1500 * max(0.8, 0.2) = 0.02026666666666667
    const reference = nullSpikeDetection.solve(nullSpikeDetection.generate(1));
    expect(reference.z).toBeCloseTo(-5.673935729111743, 12);
    expect(reference.ks).toBeCloseTo(0.02026666666666667, 14);
    expect(reference.contract).toBe("pass");
  });

  it("guardrail-precision reproduces Lesson 10's worked example", () => {
    // Lesson 10, "Choosing a guardrail threshold": θ = 0.58, TPR 0.875, FPR 0.0833, π = 0.02 → 0.1765.
    const harmfulScores = [0.97, 0.93, 0.88, 0.81, 0.74, 0.66, 0.58, 0.41];
    const benignScores = [0.72, 0.55, 0.47, 0.38, 0.33, 0.29, 0.22, 0.18, 0.12, 0.09, 0.05, 0.03];
    const params = {
      scores: [...harmfulScores, ...benignScores],
      harmful: [...harmfulScores.map(() => true), ...benignScores.map(() => false)],
      threshold: 0.58,
      prevalence: 0.02,
    };
    const reference = guardrailPrecision.solve({ seed: 0, params, tables: [] });
    expect(reference.tpr).toBeCloseTo(0.875, 12);
    expect(reference.fpr).toBeCloseTo(1 / 12, 12);
    expect(reference.precision).toBeCloseTo(0.17647058823529413, 12);
  });

  it("kayenta-canary-score reproduces Lesson 9's weighted group example", () => {
    // Lesson 9, "Weighted group scores": latency weight 60 (one High, one Pass), errors all Pass,
    // resources one Pass one Low, unweighted groups share 40 → 0.6·50 + 0.2·100 + 0.2·50 = 60.
    const metric = (
      name: string,
      group: string,
      direction: "increase" | "either",
      ci: number[],
    ) => ({
      name,
      group,
      direction,
      critical: false,
      estimate: ci[0]!,
      lower: ci[1]!,
      upper: ci[2]!,
    });
    const params = {
      weights: { latency: 60 },
      metrics: [
        metric("p50 latency (ms)", "latency", "increase", [11, 8, 14]),
        metric("p99 latency (ms)", "latency", "increase", [3, -5, 9]),
        metric("5xx rate (%)", "errors", "increase", [0.01, -0.05, 0.06]),
        metric("timeout rate (%)", "errors", "increase", [-0.01, -0.04, 0.02]),
        metric("CPU (%)", "resources", "either", [-6, -9, -4]),
        metric("memory (MB)", "resources", "increase", [5, -20, 30]),
      ],
    };
    expect(kayentaCanaryScore.solve({ seed: 0, params, tables: [] })).toEqual({
      score: 60,
      decision: "roll-back",
    });
  });

  it("schema-compatibility-upgrade reproduces Lesson 5's driver_stats history", () => {
    // Lesson 5, "A version history checked under each mode": S4 passes BACKWARD against S3 but
    // fails BACKWARD_TRANSITIVE with 2 violations (conv_rate float written, string read).
    const s1 = {
      name: "driver_stats",
      fields: [
        { name: "driver_id", type: "long" as const },
        { name: "conv_rate", type: "float" as const },
        { name: "city", type: "string" as const },
      ],
    };
    const s2 = {
      ...s1,
      fields: [...s1.fields, { name: "acc_rate", type: "float" as const, default: 0 }],
    };
    const s3 = { ...s1, fields: s2.fields.filter((field) => field.name !== "conv_rate") };
    const s4 = {
      ...s1,
      fields: [...s3.fields, { name: "conv_rate", type: "string" as const, default: "" }],
    };
    const versions = [s1, s2, s3, s4].map((schema) => ({ schema, change: "" }));
    const solve = (mode: "BACKWARD" | "BACKWARD_TRANSITIVE") =>
      schemaCompatibilityUpgrade.solve({ seed: 0, params: { mode, versions }, tables: [] });
    expect(solve("BACKWARD")).toEqual({
      accepted: "compatible",
      violations: 0,
      order: ["check", "consumers", "producers"],
    });
    expect(solve("BACKWARD_TRANSITIVE")).toMatchObject({ accepted: "incompatible", violations: 2 });
  });
});
