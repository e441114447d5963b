/**
 * Base64url (RFC 4648 §5, no padding) of UTF-8 text, in plain TypeScript: pure layers use no
 * btoa/atob or Buffer.
 */

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const lookup = new Map([...alphabet].map((character, index) => [character, index]));

/** Encodes UTF-8 bytes of the text as base64url without padding. */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let index = 0; index < bytes.length; index += 3) {
    const a = bytes[index] ?? 0;
    const b = bytes[index + 1] ?? 0;
    const c = bytes[index + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    const count = Math.min(3, bytes.length - index);
    for (let digit = 0; digit <= count; digit += 1) {
      out += alphabet[(triple >> (18 - 6 * digit)) & 63];
    }
  }
  return out;
}

/** Decodes base64url (padding tolerated) to text; undefined when it is not valid base64url UTF-8. */
export function decodeBase64Url(encoded: string): string | undefined {
  const clean = encoded.replace(/=+$/, "");
  if (clean.length % 4 === 1) return undefined;
  const bytes: number[] = [];
  for (let index = 0; index < clean.length; index += 4) {
    const chunk = clean.slice(index, index + 4);
    let triple = 0;
    for (let digit = 0; digit < 4; digit += 1) {
      const character = chunk[digit];
      const value = character === undefined ? 0 : lookup.get(character);
      if (value === undefined) return undefined;
      triple = (triple << 6) | value;
    }
    const count = chunk.length - 1;
    for (let byte = 0; byte < count; byte += 1) bytes.push((triple >> (16 - 8 * byte)) & 255);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
