/**
 * Canonical JSON and content hashes.
 *
 * It serves Lessons 1 and 6 (artifact identity, lineage). Two artifacts with the same content must
 * get the same hash, whatever order their keys were written in; so the value is first serialised in
 * one canonical form (keys sorted by UTF-16 code units, no whitespace, numbers in the shortest
 * round-trip form that JavaScript prints, as RFC 8785 prescribes; strings must be I-JSON, so a lone
 * surrogate is refused) and then hashed with SHA-256.
 */

import { LabError } from "../core/errors";
import { sha256 } from "./sha256";

/** A value that canonical JSON can encode: what `JSON.parse` can return, with finite numbers. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Hex SHA-256 digest, 64 lower-case characters. */
export type HexHash = string;

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

/** The first lone (unpaired) UTF-16 surrogate of a string, or undefined when it is well formed. */
function loneSurrogate(text: string): number | undefined {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const next = text.charCodeAt(index + 1);
    if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      index++;
      continue;
    }
    return unit;
  }
  return undefined;
}

/** Encodes a string, refusing lone surrogates: RFC 8785 requires I-JSON (RFC 7493 §2.1). */
function encodeString(text: string, where: () => string): string {
  const lone = loneSurrogate(text);
  if (lone !== undefined) {
    const unit = lone.toString(16).toUpperCase();
    throw new LabError(`canonicalJson cannot encode a lone surrogate (U+${unit}) ${where()}`);
  }
  // JSON.stringify's string escaping is exactly the one RFC 8785 requires.
  return JSON.stringify(text);
}

/** The path of the value being encoded, as `$`, `$.key` and `$[index]` parts; built only for errors. */
type PathPart = string | number;

function pathText(path: readonly PathPart[]): string {
  return `$${path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("")}`;
}

function encode(value: unknown, path: PathPart[], ancestors: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "string":
      return encodeString(value, () => `at ${pathText(path)}`);
    case "number":
      if (!Number.isFinite(value)) {
        throw new LabError(`canonicalJson cannot encode ${String(value)} at ${pathText(path)}`);
      }
      // String(-0) is "0", as RFC 8785 requires; other numbers print in shortest round-trip form.
      return String(value);
    case "object":
      break;
    default:
      throw new LabError(
        `canonicalJson cannot encode a value of type ${typeof value} at ${pathText(path)}`,
      );
  }
  if (ancestors.has(value)) throw new LabError(`canonicalJson found a cycle at ${pathText(path)}`);
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      items.push(encode(value[index], path, ancestors));
      path.pop();
    }
    text = `[${items.join(",")}]`;
  } else if (isPlainObject(value)) {
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, the order RFC 8785 specifies.
    const keys = Object.keys(record).sort();
    const members: string[] = [];
    for (const key of keys) {
      const name = encodeString(key, () => `in a key at ${pathText(path)}`);
      path.push(key);
      members.push(`${name}:${encode(record[key], path, ancestors)}`);
      path.pop();
    }
    text = `{${members.join(",")}}`;
  } else {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
    throw new LabError(
      `canonicalJson cannot encode a ${name} at ${pathText(path)} (plain data only)`,
    );
  }
  ancestors.delete(value);
  return text;
}

/**
 * Serialises plain data in canonical form: object keys sorted, no whitespace, shortest numbers.
 *
 * @param value - null, booleans, finite numbers, strings, arrays and plain objects
 * @returns the canonical JSON text
 * @throws {LabError} on NaN, ±Infinity, undefined, functions, symbols, bigints, class instances
 *   (Date, Map, typed arrays), cycles and strings or keys with a lone surrogate (not I-JSON),
 *   naming the path of the offending value
 * @example
 * canonicalJson({ b: [1, 2.5], a: "x" }); // '{"a":"x","b":[1,2.5]}'
 */
export function canonicalJson(value: unknown): string {
  return encode(value, [], new Set());
}

/**
 * Content hash: hex SHA-256 of the canonical JSON of a value. Equal content, equal hash,
 * regardless of key order.
 *
 * @param value - plain data, as accepted by {@link canonicalJson}
 * @returns 64 hex characters
 * @throws {LabError} when the value cannot be encoded canonically
 * @example
 * contentHash({ a: 1, b: 2 }) === contentHash({ b: 2, a: 1 }); // true
 */
export function contentHash(value: unknown): HexHash {
  return sha256(canonicalJson(value));
}
