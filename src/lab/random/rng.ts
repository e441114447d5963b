/**
 * Seeded pseudo-random numbers: every simulation in the chapter takes a seed, so the same seed
 * always draws the same sample and the same chart.
 *
 * Generator: xoshiro128** 1.1 (see xoshiro128.ts). Seeding: a number or string becomes a
 * 64-bit key (integers as themselves modulo 2^64, other numbers by their IEEE-754 bits, strings
 * by 64-bit FNV-1a over their UTF-8 bytes), and SplitMix64 expands the key into the 128-bit
 * state, as Vigna recommends (see seed-hash.ts).
 */
import { seedKey } from "./seed-hash";
import { xoshiroFromKey } from "./xoshiro128";

export { Xoshiro128StarStar } from "./xoshiro128";
export { fnv1a64 } from "./seed-hash";

/**
 * A seeded stream of random numbers. Same seed, same stream, in every browser and in Node.
 */
export interface Rng {
  /** Uniform on [0, 1) with 53 random bits (every double k/2^53 equally likely). */
  uniform(): number;
  /** Normal deviate (Marsaglia polar method), default mean 0 and sd 1. */
  normal(mean?: number, sd?: number): number;
  /** Uniform integer in 0..n-1, unbiased (rejection sampling) for n ≤ 2^32. */
  int(n: number): number;
  /** One item, uniformly or proportionally to non-negative `weights`. */
  choice<T>(items: readonly T[], weights?: readonly number[]): T;
  /** Fisher-Yates shuffle in place; returns the same array. */
  shuffle<T>(array: T[]): T[];
  /** `n` uniforms on [0, 1). */
  uniforms(n: number): Float64Array;
  /** `n` normal deviates. */
  normals(n: number, mean?: number, sd?: number): Float64Array;
  /** Exponential deviate with the given rate (mean 1/rate), default rate 1. */
  exponential(rate?: number): number;
  /** Poisson deviate (multiplication method below λ = 10, Hörmann's PTRS above). */
  poisson(lambda: number): number;
  /** Binomial deviate (inversion when n·min(p, 1−p) < 10, Hörmann's BTRS above). */
  binomial(n: number, p: number): number;
  /** exp of a normal deviate with mean `mu` and sd `sigma` (defaults 0 and 1). */
  lognormal(mu?: number, sigma?: number): number;
  /** An independent stream derived from this stream's seed and `label` (not from its position). */
  fork(label: string): Rng;
}

/**
 * Creates a seeded random stream.
 *
 * @param seed any finite number or any string ("student-42", "lesson-3/drift")
 * @throws {LabError} when the seed is NaN or ±Infinity
 * @example
 * const rng = createRng("lesson-4");
 * const sample = rng.normals(1000, 50, 10); // same numbers on every run
 */
export function createRng(seed: number | string): Rng {
  return xoshiroFromKey(seedKey(seed));
}
