/**
 * Parsing what a student types into numbers and table cells. An answer that cannot be read is
 * INVALID (with a reason in plain words), never wrong, and a blank answer is not graded: the
 * PrairieLearn and Perseus rule that a typo must not cost an attempt.
 */

import { normalizeMantissa } from "./number-separators";

/** A parsed number, or why the text is blank or not a number. */
export type ParsedNumber =
  | {
      ok: true;
      /** The value (a percentage already divided by 100). */
      value: number;
      /** Whether the text ended in "%". */
      percent: boolean;
      /** The number as written, before dividing a percentage by 100 (else equal to `value`). */
      asWritten: number;
      /** The other reading of an ambiguous "1,234" (1.234), when there is one. */
      alternative?: number;
    }
  | { ok: false; blank: boolean; reason: string };

/** A parsed table cell: a number, a trimmed text, NULL, or why it is blank or invalid. */
export type ParsedCell =
  | { ok: true; value: number | string | null; alternative?: number }
  | { ok: false; blank: boolean; reason: string };

/** The reason shown for a blank answer. */
export const blankReason = "blank, not graded";

/** Dashes people type or paste for a minus sign (hyphens, figure/en/em dashes, U+2212, full-width). */
const dashes = /[\u2010-\u2015\u2212\ufe63\uff0d]/g;
const superscriptDigits: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁻": "-",
  "⁺": "+",
};
/** "e-3" / "E+4" exponents. */
const eNotation = /^(.*?)\s*[eE]\s*([+-]?\d+)$/;
/** "×10^-3", "x10^(-3)", "*10**-3", "·10⁻³" exponents. */
const timesTen =
  /^(.*?)\s*[×xX*·⋅]\s*10\s*(?:\^\s*[({]?\s*([+-]?\d+)\s*[)}]?|\*\*\s*\(?\s*([+-]?\d+)\s*\)?|([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))$/;

type Reading = { ok: true; value: number; alternative?: number } | { ok: false; reason: string };

/** Reads a signed decimal with an optional exponent (no fraction, no percent). */
function readScientific(text: string): Reading {
  const signMatch = /^([+-]?)\s*(.*)$/s.exec(text);
  const sign = signMatch?.[1] ?? "";
  let mantissa = signMatch?.[2] ?? "";
  let exponent = "0";
  const eMatch = eNotation.exec(mantissa);
  const timesMatch = eMatch ? null : timesTen.exec(mantissa);
  if (eMatch) {
    mantissa = eMatch[1] ?? "";
    exponent = eMatch[2] ?? "0";
  } else if (timesMatch) {
    mantissa = timesMatch[1] ?? "";
    const superscript = timesMatch[4];
    exponent = superscript
      ? [...superscript].map((character) => superscriptDigits[character] ?? "").join("")
      : (timesMatch[2] ?? timesMatch[3] ?? "0");
  }
  if (/[+-]/.test(mantissa)) return { ok: false, reason: "a sign may only come first" };
  const stray = /[^0-9.,'\u2019 \u00a0\u2009\u202f]/u.exec(mantissa);
  if (stray) return { ok: false, reason: `"${stray[0]}" is not a digit or a separator` };
  if (!/\d/.test(mantissa)) return { ok: false, reason: "no digits" };
  const normalized = normalizeMantissa(mantissa);
  if (!normalized.ok) return normalized;
  if (!/^(\d+\.?\d*|\.\d+)$/.test(normalized.digits)) {
    return { ok: false, reason: "separators in unexpected places" };
  }
  const value = Number(`${sign}${normalized.digits}e${exponent}`);
  if (!Number.isFinite(value)) return { ok: false, reason: "too large to be a number" };
  if (normalized.alternative === undefined) return { ok: true, value };
  return { ok: true, value, alternative: Number(`${sign}${normalized.alternative}e${exponent}`) };
}

/**
 * Parses a typed number: decimals, scientific notation (1e-3, 1.2E+4, 1.2×10^-3, 1.2·10⁻³),
 * fractions (a/b, -3/4), percentages ("12.5%" is 0.125), unicode minus and other dashes,
 * thousands separators ("12,345.6", "12 345,6", "1'234") and decimal commas ("0,25"). A single
 * comma followed by exactly three digits (after 1–3 digits other than "0") groups thousands:
 * "1,234" is 1234, and `alternative` carries the other reading 1.234 so feedback can say so.
 *
 * @param text - what the student typed
 * @returns the value, or `{ok: false}` with `blank` and a reason such as
 *   "'12..3' is not a number: two decimal points"
 * Never throws: any string, even a non-string, gives a result.
 * @example
 * parseNumber("−3/4"); // { ok: true, value: -0.75, percent: false, asWritten: -0.75 }
 * parseNumber("12.5%").ok && parseNumber("12.5%").value; // 0.125
 */
export function parseNumber(text: string): ParsedNumber {
  if (typeof text !== "string") return { ok: false, blank: false, reason: "expected text" };
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, blank: true, reason: blankReason };
  const fail = (why: string): ParsedNumber => ({
    ok: false,
    blank: false,
    reason: `'${trimmed}' is not a number: ${why}`,
  });
  let body = trimmed.replace(dashes, "-");
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1).trimEnd();
  if (body.includes("%")) return fail("a percent sign may only come last");
  let reading: Reading;
  if (body.includes("/")) {
    const parts = body.split("/");
    if (parts.length !== 2) return fail("more than one fraction bar");
    const numerator = readScientific((parts[0] ?? "").trim());
    const denominator = readScientific((parts[1] ?? "").trim());
    if (!numerator.ok) return fail(`numerator: ${numerator.reason}`);
    if (!denominator.ok) return fail(`denominator: ${denominator.reason}`);
    if (denominator.value === 0) return fail("division by zero");
    // An ambiguous comma inside a fraction is read one way only; no alternative is offered.
    reading = { ok: true, value: numerator.value / denominator.value };
  } else {
    reading = readScientific(body);
  }
  if (!reading.ok) return fail(reading.reason);
  if (!Number.isFinite(reading.value)) return fail("too large to be a number");
  const scale = percent ? 100 : 1;
  const parsed: ParsedNumber = {
    ok: true,
    value: reading.value / scale,
    percent,
    asWritten: reading.value,
  };
  if (reading.alternative !== undefined) parsed.alternative = reading.alternative / scale;
  return parsed;
}

/**
 * Parses one table cell: a number (as `parseNumber`) or a trimmed text, where "NULL", "null" and
 * "None" (any case) mean NULL and an empty cell is blank (not graded).
 *
 * @param text - the typed cell
 * @param valueKind - whether the column holds numbers or text
 * @param allowNull - whether NULL is a possible answer in this table
 * @returns the value (text is trimmed, compared case-insensitively by the grader) or why not
 * @example
 * parseCell(" None ", "number", true); // { ok: true, value: null }
 */
export function parseCell(
  text: string,
  valueKind: "number" | "text",
  allowNull: boolean,
): ParsedCell {
  if (typeof text !== "string") return { ok: false, blank: false, reason: "expected text" };
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, blank: true, reason: blankReason };
  if (/^(null|none)$/i.test(trimmed)) {
    if (allowNull) return { ok: true, value: null };
    return { ok: false, blank: false, reason: `'${trimmed}': NULL is not a possible value here` };
  }
  if (valueKind === "text") return { ok: true, value: trimmed };
  const parsed = parseNumber(trimmed);
  if (!parsed.ok) return parsed;
  if (parsed.alternative === undefined) return { ok: true, value: parsed.value };
  return { ok: true, value: parsed.value, alternative: parsed.alternative };
}
