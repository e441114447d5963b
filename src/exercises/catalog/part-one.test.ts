import { describe, expect, it } from "vitest";
import { grade } from "../grade";
import { referenceAsRawAnswer } from "../practice";
import type { RawAnswer } from "../types";
import { partOne } from "./part-one";

const seeds = Array.from({ length: 100 }, (_, index) => index + 1);
const fresh = { attempts: 0, hintsUsed: 0 };

// A mistake's value written as a student would type it (same formatting as the reference).
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

describe("part one exercises", () => {
  it("has twelve exercises with kebab-case ids and weights summing to 1", () => {
    expect(partOne).toHaveLength(12);
    for (const exercise of partOne) {
      expect(exercise.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const total = Object.values(exercise.answer).reduce((sum, part) => sum + part.weight, 0);
      expect(total).toBeCloseTo(1, 12);
      expect(exercise.hints.length).toBeGreaterThanOrEqual(2);
      expect(exercise.hints.length).toBeLessThanOrEqual(4);
    }
  });

  for (const exercise of partOne) {
    describe(exercise.id, () => {
      it("generates the same instance twice for seeds 1..100, with at most 60 data rows", () => {
        for (const seed of seeds) {
          const instance = exercise.generate(seed);
          expect(exercise.generate(seed)).toEqual(instance);
          const rows = instance.tables.reduce((sum, table) => sum + table.rows.length, 0);
          // Count tables aggregate many rows into one line per category, so they may be short.
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
        let planted = 0;
        for (const seed of seeds) {
          const instance = exercise.generate(seed);
          const reference = referenceAsRawAnswer(exercise, instance);
          for (const mistake of exercise.mistakes(instance)) {
            planted += 1;
            const result = grade(
              exercise,
              seed,
              mistakeAsRaw(reference, mistake.part, mistake.value),
              fresh,
            );
            expect({ seed, id: mistake.id, below: result.score < 1 }).toEqual({
              seed,
              id: mistake.id,
              below: true,
            });
            expect(result.feedback.join("\n")).toContain(mistake.message);
          }
        }
        expect(planted).toBeGreaterThan(0);
      });
    });
  }
});

describe("part one reference answers agree with scipy and numpy (seed 7)", () => {
  const solveSeven = (id: string) => {
    const exercise = partOne.find((candidate) => candidate.id === id)!;
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
