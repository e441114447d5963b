/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, synchronous, with no platform crypto.
 *
 * It serves Lessons 1 and 6 (artifact identity, lineage). Content hashes identify a dataset, a
 * feature definition or a model build by *what it is*, not by *where it is*; this function is the
 * primitive under `contentHash` and the lineage DAG. It runs unchanged in a browser, a Web Worker
 * and Node, which is why it does not use `crypto.subtle` (asynchronous) or `node:crypto`.
 */

import { LabError } from "../core/errors";

/** The 64 round constants: first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const roundConstants = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** Initial hash value: first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const initialHash = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/** One encoder for every call: creating a TextEncoder costs more than hashing a short string. */
const encoder = new TextEncoder();

/** The message schedule, reused across calls (hashing is synchronous, so never shared). */
const schedule = new Int32Array(64);

/**
 * Compresses the 64-byte blocks of `bytes` from `start` into `hash` (FIPS 180-4 §6.2.2), with
 * 32-bit integer arithmetic (`| 0`) so the engine keeps every value in a register.
 */
function compress(hash: Int32Array, bytes: Uint8Array, start: number, end: number): void {
  const w = schedule;
  const k = roundConstants;
  let h0 = hash[0]!;
  let h1 = hash[1]!;
  let h2 = hash[2]!;
  let h3 = hash[3]!;
  let h4 = hash[4]!;
  let h5 = hash[5]!;
  let h6 = hash[6]!;
  let h7 = hash[7]!;
  for (let block = start; block < end; block += 64) {
    for (let t = 0; t < 16; t += 1) {
      const i = block + t * 4;
      w[t] = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
    }
    for (let t = 16; t < 64; t += 1) {
      const w15 = w[t - 15]!;
      const w2 = w[t - 2]!;
      const sigma0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const sigma1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      w[t] = (w[t - 16]! + sigma0 + w[t - 7]! + sigma1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let t = 0; t < 64; t += 1) {
      const bigSigma1 =
        ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const choose = (e & f) ^ (~e & g);
      const temporary1 = (h + bigSigma1 + choose + k[t]! + w[t]!) | 0;
      const bigSigma0 =
        ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const temporary2 = (bigSigma0 + majority) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + temporary1) | 0;
      d = c;
      c = b;
      b = a;
      a = (temporary1 + temporary2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  hash[0] = h0;
  hash[1] = h1;
  hash[2] = h2;
  hash[3] = h3;
  hash[4] = h4;
  hash[5] = h5;
  hash[6] = h6;
  hash[7] = h7;
}

/**
 * SHA-256 digest of a byte array or of a string (encoded as UTF-8), as 32 bytes.
 *
 * Cost: O(n) in the message length. The whole blocks of the message are compressed in place;
 * only the last one or two blocks are copied to add the padding (FIPS 180-4 §5.1.1: a 1 bit,
 * zeros, then the 64-bit big-endian bit length).
 *
 * @param message - bytes, or a string that is UTF-8 encoded first
 * @returns the 32-byte digest
 * @throws {LabError} when the message is neither a string nor a Uint8Array
 * @example
 * sha256Bytes("abc").length; // 32
 */
export function sha256Bytes(message: string | Uint8Array): Uint8Array {
  let bytes: Uint8Array;
  if (typeof message === "string") bytes = encoder.encode(message);
  else if (message instanceof Uint8Array) bytes = message;
  else throw new LabError("sha256 requires a string or a Uint8Array message");
  const hash = Int32Array.from(initialHash);
  const whole = bytes.length - (bytes.length % 64);
  compress(hash, bytes, 0, whole);
  const rest = bytes.length - whole;
  const tail = new Uint8Array(rest + 9 > 64 ? 128 : 64);
  tail.set(bytes.subarray(whole));
  tail[rest] = 0x80;
  // The bit length can exceed 2^32, so it is split into high and low words by division.
  const bitLength = bytes.length * 8;
  const high = Math.floor(bitLength / 0x100000000);
  const low = bitLength >>> 0;
  const at = tail.length - 8;
  tail[at] = high >>> 24;
  tail[at + 1] = (high >>> 16) & 0xff;
  tail[at + 2] = (high >>> 8) & 0xff;
  tail[at + 3] = high & 0xff;
  tail[at + 4] = low >>> 24;
  tail[at + 5] = (low >>> 16) & 0xff;
  tail[at + 6] = (low >>> 8) & 0xff;
  tail[at + 7] = low & 0xff;
  compress(hash, tail, 0, tail.length);
  const digest = new Uint8Array(32);
  for (let index = 0; index < 8; index += 1) {
    const word = hash[index]!;
    digest[index * 4] = word >>> 24;
    digest[index * 4 + 1] = (word >>> 16) & 0xff;
    digest[index * 4 + 2] = (word >>> 8) & 0xff;
    digest[index * 4 + 3] = word & 0xff;
  }
  return digest;
}

/** Two hex digits per byte value, so the hex digest is built by lookup. */
const hexByte = Array.from({ length: 256 }, (_, value) => value.toString(16).padStart(2, "0"));

/**
 * SHA-256 digest as 64 lower-case hexadecimal characters.
 *
 * @param message - bytes, or a string that is UTF-8 encoded first
 * @returns the hex digest
 * @throws {LabError} when the message is neither a string nor a Uint8Array
 * @example
 * sha256("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256(message: string | Uint8Array): string {
  let hex = "";
  for (const byte of sha256Bytes(message)) hex += hexByte[byte];
  return hex;
}
