/**
 * A simulation of peeking: how often a fixed-sample z-test looked at repeatedly rejects a true
 * null, next to the always-valid confidence sequence of `confidence-sequence.ts` (Lesson 9).
 */
import { normalMixtureRadius } from "./confidence-sequence";
import { LabError } from "../core/errors";
import type { Rng } from "../random/rng";
import { normalQuantile } from "../special/special-functions";

/** Options of `simulatePeeking`. */
export interface PeekingOptions {
  rng: Rng;
  /** simulated experiments (default 1000) */
  trials?: number;
  /** observations per arm at the planned end of the experiment */
  maxSamples: number;
  /** look at the data every this many observations per arm (default maxSamples / 20) */
  peekEvery?: number;
  /** significance level (default 0.05) */
  alpha?: number;
  /** true difference of means B − A in σ units (default 0: every rejection is a false positive) */
  effect?: number;
  /** known σ of one observation in each arm (default 1) */
  standardDeviation?: number;
  /** observations per arm at which the confidence sequence is tightest (default maxSamples) */
  optimizedAt?: number;
}

/** Rejection rates of the three ways of reading an A/B experiment. */
export interface PeekingResult {
  trials: number;
  /** observations per arm at each look */
  peekSamples: number[];
  /** share of trials where a fixed-sample z-test rejected at any look (peeking) */
  naiveRejectionRate: number;
  /** share of trials where the z-test rejected at the planned end only */
  fixedHorizonRejectionRate: number;
  /** share of trials where the confidence sequence excluded 0 at any look */
  sequenceRejectionRate: number;
  /** cumulative share of trials rejected by each look: naive z-test */
  naiveRejectedBy: number[];
  /** cumulative share of trials rejected by each look: confidence sequence */
  sequenceRejectedBy: number[];
}

/**
 * Simulates A/B experiments with Gaussian outcomes (known σ) read in three ways: (1) peeking,
 * a two-sided z-test of the difference of means at every look, stopping at the first p < α;
 * (2) the same z-test only at the planned end; (3) the normal-mixture confidence sequence of the
 * per-pair differences B_i − A_i (σ_D = σ·√2), rejecting when it excludes 0 at any look. With
 * effect 0, (1) inflates false positives far above α while (2) and (3) stay at or below α.
 *
 * @param options Rng, trials, horizon, peek spacing, α, true effect and σ
 * @returns rejection rates and cumulative rejection curves per look
 * @throws LabError when sizes are not positive integers or α ∉ (0, 1)
 * @example
 * simulatePeeking({ rng: createRng(4), maxSamples: 1000, peekEvery: 50 }).naiveRejectionRate; // ≈ 0.25
 */
export function simulatePeeking(options: PeekingOptions): PeekingResult {
  const { rng, maxSamples } = options;
  const trials = options.trials ?? 1000;
  const peekEvery = options.peekEvery ?? Math.max(1, Math.floor(maxSamples / 20));
  const alpha = options.alpha ?? 0.05;
  const effect = options.effect ?? 0;
  const standardDeviation = options.standardDeviation ?? 1;
  for (const [what, value] of Object.entries({ trials, maxSamples, peekEvery })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new LabError(
        `simulatePeeking requires ${what} to be a positive integer (got ${value})`,
      );
    }
  }
  if (!(alpha > 0 && alpha < 1))
    throw new LabError(`simulatePeeking requires alpha in (0, 1) (got ${alpha})`);
  if (!Number.isFinite(effect) || !(standardDeviation > 0)) {
    throw new LabError("simulatePeeking requires a finite effect and a positive standardDeviation");
  }
  const peekSamples: number[] = [];
  for (let samples = peekEvery; samples < maxSamples; samples += peekEvery)
    peekSamples.push(samples);
  peekSamples.push(maxSamples);
  const critical = normalQuantile(1 - alpha / 2);
  const differenceSd = standardDeviation * Math.SQRT2;
  const sequenceOptions = {
    standardDeviation: differenceSd,
    alpha,
    optimizedAt: options.optimizedAt ?? maxSamples,
  };
  const radii = peekSamples.map((samples) => normalMixtureRadius(samples, sequenceOptions));
  const naiveFirst = new Array<number>(peekSamples.length).fill(0);
  const sequenceFirst = new Array<number>(peekSamples.length).fill(0);
  let fixedRejections = 0;
  for (let trial = 0; trial < trials; trial += 1) {
    let differenceSum = 0;
    let observed = 0;
    let naiveDone = false;
    let sequenceDone = false;
    peekSamples.forEach((samples, look) => {
      for (; observed < samples; observed += 1) {
        const armA = rng.normal(0, standardDeviation);
        const armB = rng.normal(effect * standardDeviation, standardDeviation);
        differenceSum += armB - armA;
      }
      const meanDifference = differenceSum / samples;
      const z = meanDifference / (differenceSd / Math.sqrt(samples));
      if (!naiveDone && Math.abs(z) > critical) {
        naiveDone = true;
        naiveFirst[look] = (naiveFirst[look] ?? 0) + 1;
      }
      if (!sequenceDone && Math.abs(meanDifference) > (radii[look] ?? Infinity)) {
        sequenceDone = true;
        sequenceFirst[look] = (sequenceFirst[look] ?? 0) + 1;
      }
      if (look === peekSamples.length - 1 && Math.abs(z) > critical) fixedRejections += 1;
    });
  }
  const cumulative = (firsts: number[]) => {
    let running = 0;
    return firsts.map((count) => (running += count) / trials);
  };
  const naiveRejectedBy = cumulative(naiveFirst);
  const sequenceRejectedBy = cumulative(sequenceFirst);
  return {
    trials,
    peekSamples,
    naiveRejectionRate: naiveRejectedBy[naiveRejectedBy.length - 1] ?? 0,
    fixedHorizonRejectionRate: fixedRejections / trials,
    sequenceRejectionRate: sequenceRejectedBy[sequenceRejectedBy.length - 1] ?? 0,
    naiveRejectedBy,
    sequenceRejectedBy,
  };
}
