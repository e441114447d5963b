// Cross-check of canonicalJson against the `canonicalize` package (RFC 8785's reference
// JavaScript implementation by its authors), and I-JSON's rule on lone surrogates (RFC 7493 §2.1).
import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson rejects lone surrogates (RFC 8785 requires I-JSON, RFC 7493 §2.1)", () => {
  it.each([
    ["a lone high surrogate in a string", { a: "x\ud800" }, "$.a"],
    ["a lone low surrogate in a string", ["\udc00"], "$[0]"],
    ["a lone surrogate in a key", { "k\ud83d": 1 }, "$"],
  ])("%s", (_, value, path) => {
    expect(() => canonicalJson(value)).toThrow(
      new RegExp(`lone surrogate .* at ${path.replace(/[$[\].]/g, "\\$&")}`),
    );
  });

  it("accepts paired surrogates (astral characters)", () => {
    expect(canonicalJson({ "😀": "😀" })).toBe('{"😀":"😀"}');
  });
});

// Plain JSON values with well-formed strings (lone surrogates are tested above) and finite numbers.
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ unit: "grapheme" }),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.string({ unit: "grapheme" }), tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("canonicalJson agrees with the canonicalize package", () => {
  it("gives the same text for 2,000 random JSON values", () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2000, seed: 8785 },
    );
  }, 60_000);
});
