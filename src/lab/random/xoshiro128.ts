/**
 * xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c): the
 * generator behind every lab random stream. 32-bit arithmetic only, so it is fast in
 * JavaScript; its published reference outputs are checked in rng.test.ts.
 */
import { binomialDeviate, poissonDeviate } from "./discrete-deviates";
import { LabError, requireInteger } from "../core/errors";
import type { Rng } from "./rng";
import { fnv1a64, mix64, stateFromKey } from "./seed-hash";

// Below 2^21, draw·n stays below 2^53 and is exact in a double.
const MULTIPLY_LIMIT = 2097152;
// 2^−32; product·2^−32 < 2^21 here, so truncating with | 0 is an exact, fast floor.
const INVERSE_2_32 = 2.3283064365386963e-10;

/**
 * The raw xoshiro128** generator. Exposed so that its published reference outputs can be
 * checked; simulations should use {@link createRng}.
 *
 * @example new Xoshiro128StarStar([1, 2, 3, 4], 0n).nextUint32(); // 11520 (reference output)
 */
export class Xoshiro128StarStar implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  // The polar method makes normals in pairs; the second one waits here.
  private spareNormal = 0;
  private hasSpareNormal = false;

  constructor(
    state: readonly [number, number, number, number],
    private readonly key: bigint,
  ) {
    [this.s0, this.s1, this.s2, this.s3] = state.map((word) => word | 0) as [
      number,
      number,
      number,
      number,
    ];
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) {
      throw new LabError("createRng requires a state that is not all zero");
    }
  }

  /** Next 32-bit output as an unsigned integer in 0..2^32-1. */
  nextUint32(): number {
    const result = Math.imul(rotateLeft(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const shifted = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= shifted;
    this.s3 = rotateLeft(this.s3, 11);
    return result;
  }

  uniform(): number {
    // 27 high bits of one output and 26 of the next make a 53-bit fraction, like numpy's
    // (next_uint64 >> 11) * 2^-53.
    const high = this.nextUint32() >>> 5;
    const low = this.nextUint32() >>> 6;
    return (high * 67108864 + low) / 9007199254740992;
  }

  normal(mean = 0, sd = 1): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return mean + sd * this.spareNormal;
    }
    let u: number;
    let v: number;
    let radius: number;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      radius = u * u + v * v;
    } while (radius >= 1 || radius === 0);
    const factor = Math.sqrt((-2 * Math.log(radius)) / radius);
    this.spareNormal = v * factor;
    this.hasSpareNormal = true;
    return mean + sd * u * factor;
  }

  int(n: number): number {
    if (!(n >= 1 && n <= 9007199254740992) || Math.floor(n) !== n) {
      throw new LabError(`int requires n to be an integer in [1, 2^53] (found ${n})`);
    }
    if (n > 4294967296) return Math.floor(this.uniform() * n);
    if (n <= MULTIPLY_LIMIT) {
      // Lemire's multiply-and-reject: draw·n < 2^53 is exact in a double, its high 32 bits
      // are the index, and rejecting the few low parts below 2^32 mod n removes the bias.
      let product = this.nextUint32() * n;
      let high = (product * INVERSE_2_32) | 0;
      let low = product - high * 4294967296;
      if (low < n) {
        const threshold = 4294967296 % n;
        while (low < threshold) {
          product = this.nextUint32() * n;
          high = (product * INVERSE_2_32) | 0;
          low = product - high * 4294967296;
        }
      }
      return high;
    }
    // Rejection keeps every residue equally likely: draws at or above the largest multiple of
    // n below 2^32 would favour small residues.
    const limit = 4294967296 - (4294967296 % n);
    let draw = this.nextUint32();
    while (draw >= limit) draw = this.nextUint32();
    return draw % n;
  }

  /**
   * Fills `target` with uniform integers in 0..n−1, exactly the values `target.length` calls
   * of {@link int} would return, with the generator state in local variables and the rare
   * rejection peeled out of the common path (the bootstrap's hot loop). Above 2^21 it simply
   * calls int() per element.
   *
   * @param target array to fill; its length is the number of draws
   * @param n exclusive upper bound, an integer in [1, 2^53]
   * @throws {LabError} when n is not a valid bound for int()
   * @example rng.fillIndices(new Uint32Array(5), 10); // five indices in 0..9
   */
  fillIndices(target: Uint32Array, n: number): void {
    if (!(n >= 1 && n <= MULTIPLY_LIMIT) || Math.floor(n) !== n) {
      for (let i = 0; i < target.length; i += 1) target[i] = this.int(n);
      return;
    }
    const threshold = 4294967296 % n;
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    for (let i = 0; i < target.length; i += 1) {
      let scrambled = Math.imul(s1, 5);
      let product = (Math.imul((scrambled << 7) | (scrambled >>> 25), 9) >>> 0) * n;
      let shifted = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= shifted;
      s3 = (s3 << 11) | (s3 >>> 21);
      let high = (product * INVERSE_2_32) | 0;
      // Rejection (probability < n/2^32) kept out of the straight-line path.
      while (product - high * 4294967296 < threshold) {
        scrambled = Math.imul(s1, 5);
        product = (Math.imul((scrambled << 7) | (scrambled >>> 25), 9) >>> 0) * n;
        shifted = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= shifted;
        s3 = (s3 << 11) | (s3 >>> 21);
        high = (product * INVERSE_2_32) | 0;
      }
      target[i] = high;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  choice<T>(items: readonly T[], weights?: readonly number[]): T {
    if (items.length === 0) throw new LabError("choice requires at least one value in items");
    if (weights === undefined) return items[this.int(items.length)] as T;
    if (weights.length !== items.length) {
      throw new LabError(
        `choice requires items and weights of equal length (found ${items.length} and ${weights.length})`,
      );
    }
    let total = 0;
    for (const weight of weights) {
      if (!(weight >= 0) || !Number.isFinite(weight)) {
        throw new LabError(`choice requires non-negative finite weights (found ${weight})`);
      }
      total += weight;
    }
    if (!(total > 0)) throw new LabError("choice requires weights to sum to a positive number");
    let target = this.uniform() * total;
    for (let index = 0; index < items.length; index += 1) {
      target -= weights[index] as number;
      if (target < 0) return items[index] as T;
    }
    // Rounding can leave a sliver at the end: give it to the last item with positive weight.
    let last = items.length - 1;
    while ((weights[last] as number) === 0) last -= 1;
    return items[last] as T;
  }

  shuffle<T>(array: T[]): T[] {
    for (let index = array.length - 1; index > 0; index -= 1) {
      const other = this.int(index + 1);
      const kept = array[index] as T;
      array[index] = array[other] as T;
      array[other] = kept;
    }
    return array;
  }

  uniforms(n: number): Float64Array {
    requireInteger("uniforms", "n", n, 0);
    const result = new Float64Array(n);
    for (let index = 0; index < n; index += 1) result[index] = this.uniform();
    return result;
  }

  normals(n: number, mean = 0, sd = 1): Float64Array {
    requireInteger("normals", "n", n, 0);
    requireScale("normals", "sd", sd);
    const result = new Float64Array(n);
    for (let index = 0; index < n; index += 1) result[index] = this.normal(mean, sd);
    return result;
  }

  exponential(rate = 1): number {
    if (!(rate > 0) || !Number.isFinite(rate)) {
      throw new LabError(
        `exponential requires rate to be a positive finite number (found ${rate})`,
      );
    }
    // 1 - u lies in (0, 1], so the logarithm is always finite.
    return -Math.log(1 - this.uniform()) / rate;
  }

  poisson(lambda: number): number {
    return poissonDeviate(this, lambda);
  }

  binomial(n: number, p: number): number {
    return binomialDeviate(this, n, p);
  }

  lognormal(mu = 0, sigma = 1): number {
    return Math.exp(this.normal(mu, sigma));
  }

  fork(label: string): Rng {
    return xoshiroFromKey(mix64(this.key ^ mix64(fnv1a64(label))));
  }
}

function rotateLeft(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}

function requireScale(fnName: string, what: string, value: number): void {
  if (!(value >= 0) || !Number.isFinite(value)) {
    throw new LabError(
      `${fnName} requires ${what} to be a non-negative finite number (found ${value})`,
    );
  }
}

/**
 * A generator seeded from a 64-bit key (see seed-hash.ts); `createRng` is the public entry.
 *
 * @example xoshiroFromKey(42n).uniform(); // 0.4137016681565887
 */
export function xoshiroFromKey(key: bigint): Xoshiro128StarStar {
  return new Xoshiro128StarStar(stateFromKey(key), key);
}
