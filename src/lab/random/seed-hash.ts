/**
 * Seed hashing for the lab's random streams: seeds (numbers or strings) become 64-bit keys, and
 * SplitMix64 (Steele, Lea & Flood 2014) expands a key into a generator state.
 */
import { LabError } from "../core/errors";

const MASK64 = (1n << 64n) - 1n;

/**
 * SplitMix64's output function: a strong 64-bit mixer.
 *
 * @example mix64(0n); // 0n (zero is its only fixed point)
 */
export function mix64(value: bigint): bigint {
  let z = value & MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text` (offset basis 0xcbf29ce484222325, prime
 * 0x100000001b3): how string seeds become keys.
 *
 * @example fnv1a64("a"); // 0xaf63dc4c8601ec8cn (published test vector)
 */
export function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & MASK64;
  }
  return hash;
}

/**
 * The 64-bit key of a seed: safe integers as themselves modulo 2^64, other finite numbers by
 * their IEEE-754 bits, strings by {@link fnv1a64}.
 *
 * @throws {LabError} when the seed is NaN or ±Infinity
 * @example seedKey(42); // 42n
 */
export function seedKey(seed: number | string): bigint {
  if (typeof seed === "string") return fnv1a64(seed);
  if (!Number.isFinite(seed)) {
    throw new LabError(`createRng requires a finite number or a string as seed (found ${seed})`);
  }
  if (Number.isSafeInteger(seed)) return BigInt.asUintN(64, BigInt(seed));
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed);
  return view.getBigUint64(0);
}

/**
 * The 128-bit xoshiro state of a key: two SplitMix64 outputs split into four 32-bit words.
 *
 * @example stateFromKey(42n); // four 32-bit words
 */
export function stateFromKey(key: bigint): [number, number, number, number] {
  const first = mix64(key + 0x9e3779b97f4a7c15n);
  const second = mix64(key + 2n * 0x9e3779b97f4a7c15n);
  const words: [number, number, number, number] = [
    Number(first & 0xffffffffn),
    Number(first >> 32n),
    Number(second & 0xffffffffn),
    Number(second >> 32n),
  ];
  // SplitMix64 is a bijection, so an all-zero state needs two zero outputs: never in practice,
  // but a fixed non-zero word keeps the generator valid regardless.
  if ((words[0] | words[1] | words[2] | words[3]) === 0) words[0] = 1;
  return words;
}
