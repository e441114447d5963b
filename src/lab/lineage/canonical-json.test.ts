import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./canonical-json";

describe("canonicalJson (RFC 8785-like)", () => {
  it("sorts keys, drops whitespace and keeps array order", () => {
    expect(canonicalJson({ b: [1, 2.5], a: "x", c: { z: null, y: true } })).toBe(
      '{"a":"x","b":[1,2.5],"c":{"y":true,"z":null}}',
    );
  });

  it("sorts keys by UTF-16 code units (RFC 8785 §3.2.3)", () => {
    // "\u20ac" (€) sorts before "\ud83d\ude00" (😀) by code units; "A" < "a".
    expect(canonicalJson({ "😀": 1, "€": 2, a: 3, A: 4 })).toBe('{"A":4,"a":3,"€":2,"😀":1}');
  });

  it("prints numbers in the shortest round-trip form, -0 as 0 (RFC 8785 §3.2.2.3)", () => {
    expect(canonicalJson([0.1, 1e21, 1e-7, -0, 100, 5e-324, 0.30000000000000004])).toBe(
      "[0.1,1e+21,1e-7,0,100,5e-324,0.30000000000000004]",
    );
  });

  it("escapes strings as JSON.stringify does", () => {
    expect(canonicalJson('a"b\\c\n\u0001')).toBe('"a\\"b\\\\c\\n\\u0001"');
  });

  it("rejects NaN, Infinity, undefined, functions, bigints, class instances and cycles", () => {
    expect(() => canonicalJson({ a: [1, NaN] })).toThrow(
      "canonicalJson cannot encode NaN at $.a[1]",
    );
    expect(() => canonicalJson(Infinity)).toThrow("canonicalJson cannot encode Infinity at $");
    expect(() => canonicalJson({ a: undefined })).toThrow(
      "canonicalJson cannot encode a value of type undefined at $.a",
    );
    expect(() => canonicalJson([() => 1])).toThrow("type function");
    expect(() => canonicalJson(10n)).toThrow("type bigint");
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(
      "canonicalJson cannot encode a Date at $.when (plain data only)",
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow("canonicalJson found a cycle at $.self");
  });

  it("allows the same object twice when it is not a cycle", () => {
    const shared = { k: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"k":1},{"k":1}]');
  });

  it("round-trips through JSON.parse (fast-check)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

describe("contentHash", () => {
  it("is the SHA-256 of the canonical JSON (python3: sha256(json.dumps(v, sort_keys=True, separators=(',', ':'))))", () => {
    expect(contentHash({ b: [1, 2.5], a: "x" })).toBe(
      "66efddae6a97500318e4c6cdc4bc04149f340a165a7ef2d830393048b67b7a31",
    );
  });

  it("does not depend on key order", () => {
    expect(contentHash({ a: 1, b: { c: 2, d: 3 } })).toBe(contentHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});
