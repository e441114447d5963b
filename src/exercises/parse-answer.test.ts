import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCell, parseNumber } from "./parse-answer";

/** The value of a successful parse (fails the test otherwise). */
function valueOf(text: string): number {
  const parsed = parseNumber(text);
  if (!parsed.ok) throw new Error(`expected '${text}' to parse: ${parsed.reason}`);
  return parsed.value;
}

describe("parseNumber", () => {
  // Expected values are the plain arithmetic of each written form.
  it.each([
    ["0.25", 0.25],
    ["  42 ", 42],
    ["+7", 7],
    [".5", 0.5],
    ["5.", 5],
    ["1e-3", 0.001],
    ["1.2E+4", 12000],
    ["1.2×10^-3", 0.0012],
    ["1.2 x 10^(-3)", 0.0012],
    ["1.2*10**-3", 0.0012],
    ["1.2·10⁻³", 0.0012],
    ["1.2×10³", 1200],
    ["-3/4", -0.75],
    ["3/4", 0.75],
    ["1e3/4", 250],
    ["\u22120.5", -0.5],
    ["\u20130.5", -0.5],
    ["\u2014 2", -2],
    ["12,345.6", 12345.6],
    ["12.345,6", 12345.6],
    ["12 345,6", 12345.6],
    ["12\u2009345,6", 12345.6],
    ["12\u202f345.6", 12345.6],
    ["1'234", 1234],
    ["1\u2019234.5", 1234.5],
    ["1,234,567", 1234567],
    ["0,25", 0.25],
    ["1,5", 1.5],
    ["0,250", 0.25],
    ["1,2345", 1.2345],
  ])("reads %j as %d", (text, expected) => {
    expect(valueOf(text)).toBeCloseTo(expected, 12);
  });

  it("divides a percentage by 100 and keeps the number as written", () => {
    expect(parseNumber("12.5%")).toEqual({
      ok: true,
      value: 0.125,
      percent: true,
      asWritten: 12.5,
    });
    expect(parseNumber("12 %")).toMatchObject({ ok: true, value: 0.12, percent: true });
  });

  it("reads a single comma before exactly three digits as a thousands separator", () => {
    // Documented rule: "1,234" is 1234; the other reading is offered as `alternative`.
    expect(parseNumber("1,234")).toEqual({
      ok: true,
      value: 1234,
      percent: false,
      asWritten: 1234,
      alternative: 1.234,
    });
    expect(parseNumber("-12,500")).toMatchObject({ value: -12500, alternative: -12.5 });
  });

  it("reports a blank answer as blank, not graded", () => {
    expect(parseNumber("")).toEqual({ ok: false, blank: true, reason: "blank, not graded" });
    expect(parseNumber(" \t ")).toMatchObject({ ok: false, blank: true });
  });

  it.each([
    ["12..3", "'12..3' is not a number: two decimal points"],
    ["abc", `'abc' is not a number: "a" is not a digit or a separator`],
    ["1/0", "'1/0' is not a number: division by zero"],
    ["1//2", "'1//2' is not a number: more than one fraction bar"],
    ["--3", "'--3' is not a number: a sign may only come first"],
    ["1 2", "'1 2' is not a number: digit groups after a separator must have three digits"],
    ["1,23,4", "'1,23,4' is not a number: commas must separate groups of three digits"],
    ["1e400", "'1e400' is not a number: too large to be a number"],
    ["Infinity", `'Infinity' is not a number: "I" is not a digit or a separator`],
    ["5%%", "'5%%' is not a number: a percent sign may only come last"],
    ["-", "'-' is not a number: no digits"],
  ])("reports %j as invalid with a reason", (text, reason) => {
    expect(parseNumber(text)).toEqual({ ok: false, blank: false, reason });
  });

  it("never throws, on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const parsed = parseNumber(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-+0-9.,' %/eE×x^⁻³]{0,12}$/), (text) => {
        expect(() => parseNumber(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back any finite double written by JavaScript", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(valueOf(String(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

describe("parseCell", () => {
  it("reads NULL, null and None as NULL when the table allows it", () => {
    for (const text of ["NULL", "null", " None ", "none"]) {
      expect(parseCell(text, "number", true)).toEqual({ ok: true, value: null });
    }
    expect(parseCell("NULL", "number", false)).toEqual({
      ok: false,
      blank: false,
      reason: "'NULL': NULL is not a possible value here",
    });
  });

  it("treats an empty cell as blank and trims text", () => {
    expect(parseCell("  ", "text", true)).toEqual({
      ok: false,
      blank: true,
      reason: "blank, not graded",
    });
    expect(parseCell("  Gold ", "text", true)).toEqual({ ok: true, value: "Gold" });
  });

  it("parses number cells like parseNumber", () => {
    expect(parseCell("1/4", "number", true)).toEqual({ ok: true, value: 0.25 });
    expect(parseCell("12..3", "number", true)).toMatchObject({ ok: false, blank: false });
  });
});
