/**
 * The self-test of the exercises notebook: every registered exercise, seeds 1..100, plus
 * property tests of the answer parser and tolerance rules that every exercise relies on.
 */
import fc from "fast-check";
import katex from "katex";
import { describe, expect, it } from "vitest";
import { exercises } from "./catalog/index";
import { grade } from "./grade";
import { parseNumber } from "./parse-answer";
import { referenceAsRawAnswer } from "./practice";
import { checkExercise } from "./self-check";
import { acceptedRange, withinTolerance } from "./tolerance";
import type { Tolerance } from "./types";

const seeds = Array.from({ length: 100 }, (_, index) => index + 1);
const renderMath = (tex: string, display: boolean): void => {
  katex.renderToString(tex, { throwOnError: true, displayMode: display });
};

describe("every registered exercise, seeds 1..100", () => {
  it("the registry is a list of exercises (it may still be empty while authors write)", () => {
    expect(Array.isArray(exercises)).toBe(true);
  });

  for (const exercise of exercises) {
    it(`${exercise.id}: deterministic, rectangular, renders, reference scores 1, mistakes explained, invalid is invalid`, () => {
      const problems = seeds.flatMap((seed) => checkExercise(exercise, seed, renderMath));
      expect(problems.slice(0, 10)).toEqual([]);
    });

    it(`${exercise.id}: a missing part is blank and an unknown option is invalid, neither counts`, () => {
      const reference = referenceAsRawAnswer(exercise, exercise.generate(1));
      for (const [name, part] of Object.entries(exercise.answer)) {
        const blank = grade(
          exercise,
          1,
          { ...reference, [name]: undefined },
          { attempts: 0, hintsUsed: 0 },
        );
        expect(blank.parts[name]?.status).toBe("blank");
        expect(blank.countsAsAttempt).toBe(false);
        if (part.kind === "choice" || part.kind === "decision") {
          const unknown = grade(
            exercise,
            1,
            { ...reference, [name]: "unknown-option" },
            { attempts: 0, hintsUsed: 0 },
          );
          expect(unknown.parts[name]?.status).toBe("invalid");
        }
      }
    });
  }
});

describe("properties every exercise relies on", () => {
  it("parseNumber never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(() => parseNumber(text)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  const tolerances: fc.Arbitrary<Tolerance> = fc.oneof(
    fc.record({
      rule: fc.constant("relabs" as const),
      rtol: fc.double({ min: 0, max: 0.2, noNaN: true }),
      atol: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ rule: fc.constant("sigfig" as const), digits: fc.integer({ min: 1, max: 10 }) }),
    fc.record({ rule: fc.constant("decimals" as const), digits: fc.integer({ min: 0, max: 10 }) }),
    fc.record({
      rule: fc.constant("absolute" as const),
      atol: fc.double({ min: 0, max: 5, noNaN: true }),
    }),
  );
  const references = fc.double({ min: -1e12, max: 1e12, noNaN: true });

  it("withinTolerance(reference, reference, tolerance) is always true", () => {
    fc.assert(
      fc.property(references, tolerances, (reference, tolerance) => {
        expect(withinTolerance(reference, reference, tolerance)).toBe(true);
      }),
    );
  });

  it("a value outside acceptedRange is rejected", () => {
    fc.assert(
      fc.property(
        references,
        tolerances,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.boolean(),
        (reference, tolerance, share, above) => {
          const [lo, hi] = acceptedRange(reference, tolerance);
          const step = Math.max((hi - lo) * share, 1e-6 * Math.max(1, Math.abs(reference)));
          expect(withinTolerance(above ? hi + step : lo - step, reference, tolerance)).toBe(false);
        },
      ),
    );
  });
});
