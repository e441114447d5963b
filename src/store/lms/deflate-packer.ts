/**
 * The suspend_data packer: raw deflate (fflate, level 9) in base64url, so a student's progress
 * takes a fraction of the characters a SCORM 1.2 runtime allows. Only the LMS session loads it.
 */

import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { SuspendPacker } from "../../course/suspend-data";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const count = Math.min(3, bytes.length - index);
    const triple =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    for (let digit = 0; digit <= count; digit += 1)
      out += alphabet[(triple >> (18 - 6 * digit)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 4) {
    const chunk = text.slice(index, index + 4);
    let triple = 0;
    for (let digit = 0; digit < 4; digit += 1) {
      const character = chunk[digit];
      const value = character === undefined ? 0 : alphabet.indexOf(character);
      if (value < 0) return undefined;
      triple = (triple << 6) | value;
    }
    for (let byte = 0; byte < chunk.length - 1; byte += 1)
      bytes.push((triple >> (16 - 8 * byte)) & 255);
  }
  return Uint8Array.from(bytes);
}

/** Deflate + base64url, reversible; `unpack` gives undefined for damaged text. */
export const deflatePacker: SuspendPacker = {
  pack: (text) => toBase64Url(deflateSync(strToU8(text), { level: 9 })),
  unpack: (packed) => {
    const bytes = fromBase64Url(packed);
    if (!bytes) return undefined;
    try {
      return strFromU8(inflateSync(bytes));
    } catch {
      return undefined;
    }
  },
};
