import { describe, expect, it } from "vitest";
import { grade } from "../grade";
import { referenceAsRawAnswer } from "../practice";
import type { RawAnswer } from "../types";
import { guardrailPrecision } from "./guardrail-precision";
import { kayentaCanaryScore } from "./kayenta-canary-score";
import { nullSpikeDetection } from "./null-spike-detection";
import { partTwo } from "./part-two";
import { pointInTimeJoinTtl } from "./point-in-time-join-ttl";
import { schemaCompatibilityUpgrade } from "./schema-compatibility-upgrade";
import { tfdvLinfSkew } from "./tfdv-linf-skew";
import { traceTokenCost } from "./trace-token-cost";

const seeds = Array.from({ length: 100 }, (_, index) => index + 1);
const fresh = { attempts: 0, hintsUsed: 0 };

// A mistake's value written as a student would type it.
function mistakeAsRaw(
  reference: RawAnswer,
  part: string,
  value: number | string | string[] | (number | string | null)[],
): RawAnswer {
  const formatted = Array.isArray(value)
    ? value.map((item) => (item === null ? "NULL" : String(item)))
    : String(value);
  return { ...reference, [part]: formatted };
}

describe("part two exercises", () => {
  it("has twelve exercises with unique kebab-case ids and weights summing to 1", () => {
    expect(partTwo).toHaveLength(12);
    expect(new Set(partTwo.map((exercise) => exercise.id)).size).toBe(12);
    for (const exercise of partTwo) {
      expect(exercise.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const total = Object.values(exercise.answer).reduce((sum, part) => sum + part.weight, 0);
      expect(total).toBeCloseTo(1, 12);
      expect(exercise.hints.length).toBeGreaterThanOrEqual(2);
      expect(exercise.hints.length).toBeLessThanOrEqual(4);
    }
  });

  it("covers each of its five objectives at least twice", () => {
    for (const objective of [
      "versioning-rollback",
      "diagnose-drift-skew",
      "llm-traces",
      "failure-modes",
      "notebook-simulations",
    ]) {
      const count = partTwo.filter((exercise) => exercise.objectives.includes(objective)).length;
      expect({ objective, enough: count >= 2 }).toEqual({ objective, enough: true });
    }
  });

  for (const exercise of partTwo) {
    describe(exercise.id, () => {
      it("generates the same instance twice for seeds 1..100, with 2 to 60 data rows", () => {
        for (const seed of seeds) {
          const instance = exercise.generate(seed);
          expect(exercise.generate(seed)).toEqual(instance);
          const rows = instance.tables.reduce((sum, table) => sum + table.rows.length, 0);
          expect(rows).toBeGreaterThanOrEqual(2);
          expect(rows).toBeLessThanOrEqual(60);
          expect(exercise.prompt(instance)).not.toMatch(/undefined|NaN/);
          expect(exercise.solution(instance)).not.toMatch(/undefined|NaN/);
        }
      });

      it("grades the reference answer 1 for seeds 1..100", () => {
        for (const seed of seeds) {
          const raw = referenceAsRawAnswer(exercise, exercise.generate(seed));
          const result = grade(exercise, seed, raw, fresh);
          expect({ seed, score: result.score }).toEqual({ seed, score: 1 });
        }
      });

      it("grades each planted mistake below 1 with its message, seeds 1..100", () => {
        const ids = new Set<string>();
        for (const seed of seeds) {
          const instance = exercise.generate(seed);
          const reference = referenceAsRawAnswer(exercise, instance);
          for (const mistake of exercise.mistakes(instance)) {
            ids.add(mistake.id);
            const answer = mistakeAsRaw(reference, mistake.part, mistake.value);
            const result = grade(exercise, seed, answer, fresh);
            expect({ seed, id: mistake.id, below: result.score < 1 }).toEqual({
              seed,
              id: mistake.id,
              below: true,
            });
            expect(result.feedback.join("\n")).toContain(mistake.message);
          }
        }
        // Every planted mistake must be reachable in some variant, or it is dead code.
        expect(ids.size).toBeGreaterThan(0);
      });
    });
  }
});

// Independent checks of `solve`: brute-force re-computations, lesson worked examples and numpy.
describe("part two reference answers, checked independently", () => {
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
