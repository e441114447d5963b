/**
 * Formatting a reference number the way PrairieLearn shows a correct answer: 12 significant
 * figures, without trailing zeros.
 */

/**
 * A number as text with at most 12 significant figures ("0.228034070853", "1234.5", "1e-9").
 *
 * Lesson concept: answer checking (showing the reference without float noise like 0.30000000000000004).
 *
 * @param value - any number
 * @returns its text form; "NaN", "Infinity" and "-Infinity" pass through unchanged
 * @throws never
 * @example
 * formatNumber(0.1 + 0.2); // "0.3"
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // toPrecision rounds to 12 significant figures; Number() then drops trailing zeros.
  const text = String(Number(value.toPrecision(12)));
  return text === "-0" ? "0" : text;
}
