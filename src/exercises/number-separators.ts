/**
 * Reading the digits of a typed number the way people write them: thousands separators
 * ("12,345.6", "12 345,6", "1'234") and decimal commas ("0,25"). Used by `parseNumber`.
 *
 * The rule for the ambiguous "1,234" (documented once, here): a single comma followed by exactly
 * three digits, preceded by one to three digits that are not just "0", with no other separator,
 * is a thousands separator ("1,234" is 1234). Any other single comma is a decimal comma ("0,25",
 * "1,5", "0,250", "1,2345").
 */

/** Spaces used to group digits: normal, no-break, thin and narrow no-break spaces. */
const groupingSpaces = /[ \u00a0\u2009\u202f]/g;
/** Apostrophes used to group digits (Swiss style): straight and right single quote. */
const groupingApostrophes = /['\u2019]/g;
/** Any grouping space or apostrophe (not global, so `test` keeps no state between calls). */
const anyGrouping = /[ \u00a0\u2009\u202f'\u2019]/;

/** The result of normalising a mantissa: plain "123.45" digits, or why it is not a number. */
export type MantissaResult =
  { ok: true; digits: string; alternative?: string } | { ok: false; reason: string };

/** Whether `groups` (split on a thousands separator) form valid groups: 1–3 digits, then threes. */
function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (first === undefined || !/^\d{1,3}$/.test(first)) return false;
  return rest.every((group) => /^\d{3}$/.test(group));
}

/**
 * Turns the unsigned mantissa of a typed number into plain digits with a "." decimal point.
 *
 * @param text - the mantissa without sign, percent or exponent (e.g. "12,345.6")
 * @returns plain digits ("12345.6"), with `alternative` set when "1,234" could also mean 1.234,
 *   or the reason it is not a number
 * @example
 * normalizeMantissa("12 345,6"); // { ok: true, digits: "12345.6" }
 */
export function normalizeMantissa(text: string): MantissaResult {
  let body = text;
  // Spaces and apostrophes only ever group digits, so the remaining "," or "." is decimal.
  const spaced = anyGrouping.test(body);
  if (spaced) {
    const decimalAt = body.search(/[.,]/);
    const integerPart = decimalAt === -1 ? body : body.slice(0, decimalAt);
    const fraction = decimalAt === -1 ? "" : body.slice(decimalAt + 1);
    if (/[.,]/.test(fraction)) return { ok: false, reason: "more than one decimal separator" };
    if (!validGroups(integerPart.split(anyGrouping))) {
      return { ok: false, reason: "digit groups after a separator must have three digits" };
    }
    const digits = integerPart.replace(groupingSpaces, "").replace(groupingApostrophes, "");
    return { ok: true, digits: decimalAt === -1 ? digits : `${digits}.${fraction}` };
  }
  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    // Both present: the one written last is the decimal separator, the other groups thousands.
    const lastDot = body.lastIndexOf(".");
    const lastComma = body.lastIndexOf(",");
    const [decimal, thousands] = lastDot > lastComma ? [".", ","] : [",", "."];
    const decimalAt = body.lastIndexOf(decimal);
    const integerPart = body.slice(0, decimalAt);
    if (integerPart.includes(decimal)) {
      return { ok: false, reason: `more than one decimal separator "${decimal}"` };
    }
    if (!validGroups(integerPart.split(thousands))) {
      return { ok: false, reason: `digit groups between "${thousands}" must have three digits` };
    }
    body = `${integerPart.split(thousands).join("")}.${body.slice(decimalAt + 1)}`;
    return { ok: true, digits: body };
  }
  if (dots > 1) {
    return { ok: false, reason: dots === 2 ? "two decimal points" : `${dots} decimal points` };
  }
  if (commas === 1) {
    const [before = "", after = ""] = body.split(",");
    if (/^\d{3}$/.test(after) && /^\d{1,3}$/.test(before) && before !== "0") {
      return { ok: true, digits: `${before}${after}`, alternative: `${before}.${after}` };
    }
    return { ok: true, digits: `${before}.${after}` };
  }
  if (commas > 1) {
    if (!validGroups(body.split(","))) {
      return { ok: false, reason: "commas must separate groups of three digits" };
    }
    return { ok: true, digits: body.split(",").join("") };
  }
  return { ok: true, digits: body };
}
