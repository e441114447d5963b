/**
 * The one number formatter of the chapter: prompts, worked solutions, accepted ranges, feedback
 * and slider read-outs all print numbers through it, so a value reads the same everywhere.
 */

/** Significant figures (a count), or a fixed number of decimals. */
export type NumberPrecision = number | { decimals: number };

/**
 * A number as text: rounded to `precision` significant figures without trailing zeros
 * ("0.2282", "1e-9"), or to a fixed number of decimals ("0.50"). NaN prints as "NaN" and the
 * infinities as "∞" and "-∞" (which KaTeX also reads as \infty inside math); -0 prints as 0.
 *
 * @param value - any number
 * @param precision - significant figures (default 4, 1 to 100) or `{ decimals }` (0 to 100)
 * @returns the text form
 * @example
 * formatNumber(0.228217409); // "0.2282"
 * formatNumber(0.1 + 0.2, 12); // "0.3"
 * formatNumber(0.5, { decimals: 2 }); // "0.50"
 */
export function formatNumber(value: number, precision: NumberPrecision = 4): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  if (typeof precision === "object") {
    const decimals = Math.min(100, Math.max(0, Math.round(precision.decimals)));
    const text = value.toFixed(decimals);
    // A value that rounds to zero reads as zero, not "-0.00".
    return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
  }
  const digits = Math.min(100, Math.max(1, Math.round(precision)));
  // toPrecision rounds; Number() drops trailing zeros; String(-0) is "0".
  return String(Number(value.toPrecision(digits)));
}

/**
 * A short number for axes, table cells and chart labels: integers whole, magnitudes below 10⁻³
 * or from 10⁶ on in exponent form with four significant figures, others as
 * {@link formatNumber} prints them; NaN (a gap in a line, a missing cell) as a dash.
 *
 * @param value - any number
 * @returns the text form
 * @example
 * formatAxisNumber(1234567); // "1234567"
 * formatAxisNumber(0.000123456); // "1.235e-4"
 * formatAxisNumber(Number.NaN); // "—"
 */
export function formatAxisNumber(value: number): string {
  if (Number.isNaN(value)) return "—";
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return value.toExponential(3);
  return formatNumber(value);
}
