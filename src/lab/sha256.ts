/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, synchronous, with no platform crypto.
 *
 * Lesson concept: lineage and reproducibility. Content hashes identify a dataset, a feature
 * definition or a model build by *what it is*, not by *where it is*; this function is the
 * primitive under `contentHash` and the lineage DAG. It runs unchanged in a browser, a Web Worker
 * and Node, which is why it does not use `crypto.subtle` (asynchronous) or `node:crypto`.
 */

import { LabError } from "./errors";

/** The 64 round constants: first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const roundConstants = new Uint32Array([
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

const rotateRight = (value: number, bits: number): number =>
  (value >>> bits) | (value << (32 - bits));

/** Pads the message as FIPS 180-4 §5.1.1: a 1 bit, zeros, then the 64-bit big-endian bit length. */
function padMessage(message: Uint8Array): Uint8Array {
  const paddedLength = Math.ceil((message.length + 9) / 64) * 64;
  const padded = new Uint8Array(paddedLength);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  // The bit length can exceed 2^32, so it is split into high and low words by division.
  const bitLength = message.length * 8;
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(paddedLength - 4, bitLength >>> 0);
  return padded;
}

/**
 * SHA-256 digest of a byte array or of a string (encoded as UTF-8), as 32 bytes.
 *
 * Cost: O(n) in the message length.
 *
 * Lesson concept: lineage and reproducibility (content addressing).
 *
 * @param message - bytes, or a string that is UTF-8 encoded first
 * @returns the 32-byte digest
 * @throws {LabError} when the message is neither a string nor a Uint8Array
 * @example
 * sha256Bytes("abc").length; // 32
 */
export function sha256Bytes(message: string | Uint8Array): Uint8Array {
  let bytes: Uint8Array;
  if (typeof message === "string") bytes = new TextEncoder().encode(message);
  else if (message instanceof Uint8Array) bytes = message;
  else throw new LabError("sha256 requires a string or a Uint8Array message");
  const padded = padMessage(bytes);
  const view = new DataView(padded.buffer);
  const hash = Uint32Array.from(initialHash);
  const schedule = new Uint32Array(64);
  for (let blockStart = 0; blockStart < padded.length; blockStart += 64) {
    for (let t = 0; t < 16; t += 1) schedule[t] = view.getUint32(blockStart + t * 4);
    for (let t = 16; t < 64; t += 1) {
      const w15 = schedule[t - 15]!;
      const w2 = schedule[t - 2]!;
      const sigma0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
      const sigma1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
      schedule[t] = (schedule[t - 16]! + sigma0 + schedule[t - 7]! + sigma1) >>> 0;
    }
    let a = hash[0]!;
    let b = hash[1]!;
    let c = hash[2]!;
    let d = hash[3]!;
    let e = hash[4]!;
    let f = hash[5]!;
    let g = hash[6]!;
    let h = hash[7]!;
    for (let t = 0; t < 64; t += 1) {
      const bigSigma1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
      const choose = (e & f) ^ (~e & g);
      const temporary1 = (h + bigSigma1 + choose + roundConstants[t]! + schedule[t]!) >>> 0;
      const bigSigma0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const temporary2 = (bigSigma0 + majority) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + temporary1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (temporary1 + temporary2) >>> 0;
    }
    hash[0] = (hash[0]! + a) >>> 0;
    hash[1] = (hash[1]! + b) >>> 0;
    hash[2] = (hash[2]! + c) >>> 0;
    hash[3] = (hash[3]! + d) >>> 0;
    hash[4] = (hash[4]! + e) >>> 0;
    hash[5] = (hash[5]! + f) >>> 0;
    hash[6] = (hash[6]! + g) >>> 0;
    hash[7] = (hash[7]! + h) >>> 0;
  }
  const digest = new Uint8Array(32);
  const digestView = new DataView(digest.buffer);
  hash.forEach((word, index) => digestView.setUint32(index * 4, word));
  return digest;
}

/**
 * SHA-256 digest as 64 lower-case hexadecimal characters.
 *
 * Lesson concept: lineage and reproducibility (content addressing).
 *
 * @param message - bytes, or a string that is UTF-8 encoded first
 * @returns the hex digest
 * @throws {LabError} when the message is neither a string nor a Uint8Array
 * @example
 * sha256("abc"); // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function sha256(message: string | Uint8Array): string {
  let hex = "";
  for (const byte of sha256Bytes(message)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
