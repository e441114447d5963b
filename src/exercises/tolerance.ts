/**
 * Numeric tolerance rules, as PrairieLearn's `pl-number-input` defines them:
 * - `relabs`: |s − t| ≤ atol + rtol·|t| (default rtol 1e-2, atol 1e-8);
 * - `sigfig`: |s − t| ≤ 0.5·10^(floor(log10|t|) − digits + 1), i.e. s rounds to t's first
 *   `digits` significant figures (for t = 0 the unit is 10^(1 − digits));
 * - `decimals`: |s − t| ≤ 0.5·10^(−digits);
 * - `absolute`: |s − t| ≤ atol.
 * Bounds are inclusive, with a relative slack of 1e-9 of the half-width so that an answer rounded
 * exactly at a half (0.2285 → 0.229) is not lost to binary floating point.
 */

import { formatNumber } from "../lab/index";
import type { Tolerance } from "./types";

/** Relative slack on the half-width, against floating-point error in the bound itself. */
const boundSlack = 1e-9;

/** The default tolerance: PrairieLearn's relabs with rtol 1e-2 and atol 1e-8. */
export const defaultTolerance: Tolerance = { rule: "relabs", rtol: 1e-2, atol: 1e-8 };

/**
 * Half the width of the accepted interval around `reference`, in the reference's unit.
 *
 * @param reference - the correct value t (finite)
 * @param tolerance - the rule
 * @returns the half-width h ≥ 0, so that |s − t| ≤ h is accepted
 * @throws {Error} "halfWidth requires ..." for a non-finite reference or a bad rule parameter
 * @example
 * halfWidth(0.228, { rule: "sigfig", digits: 3 }); // 0.0005
 */
export function halfWidth(reference: number, tolerance: Tolerance): number {
  if (!Number.isFinite(reference)) throw new Error("halfWidth requires a finite reference value");
  switch (tolerance.rule) {
    case "relabs":
      if (!(tolerance.rtol >= 0) || !(tolerance.atol >= 0)) {
        throw new Error("halfWidth requires non-negative rtol and atol");
      }
      return tolerance.atol + tolerance.rtol * Math.abs(reference);
    case "sigfig": {
      if (!Number.isInteger(tolerance.digits) || tolerance.digits < 1) {
        throw new Error("halfWidth requires a positive integer number of significant figures");
      }
      const magnitude = reference === 0 ? 0 : Math.floor(Math.log10(Math.abs(reference)));
      return 0.5 * 10 ** (magnitude - tolerance.digits + 1);
    }
    case "decimals":
      if (!Number.isInteger(tolerance.digits) || tolerance.digits < 0) {
        throw new Error("halfWidth requires a non-negative integer number of decimals");
      }
      return 0.5 * 10 ** -tolerance.digits;
    case "absolute":
      if (!(tolerance.atol >= 0)) throw new Error("halfWidth requires a non-negative atol");
      return tolerance.atol;
  }
}

/**
 * Whether a submitted value is close enough to the reference under a tolerance rule.
 *
 * @param value - the submitted number s
 * @param reference - the correct number t
 * @param tolerance - the rule
 * @returns true when |s − t| is within the rule's half-width (inclusive); false for non-finite s
 * @throws {Error} as `halfWidth`, for a non-finite reference or bad parameters
 * @example
 * withinTolerance(0.2301, 0.228, { rule: "relabs", rtol: 1e-2, atol: 1e-8 }); // true
 */
export function withinTolerance(value: number, reference: number, tolerance: Tolerance): boolean {
  const width = halfWidth(reference, tolerance);
  if (!Number.isFinite(value)) return false;
  return Math.abs(value - reference) <= width * (1 + boundSlack);
}

/**
 * The accepted interval [lo, hi] around the reference (before the floating-point slack).
 *
 * @param reference - the correct number t
 * @param tolerance - the rule
 * @returns [t − h, t + h]
 * @throws {Error} as `halfWidth`
 * @example
 * acceptedRange(0.228, { rule: "relabs", rtol: 1e-2, atol: 0 }); // [0.22572, 0.23028]
 */
export function acceptedRange(reference: number, tolerance: Tolerance): [number, number] {
  const width = halfWidth(reference, tolerance);
  return [reference - width, reference + width];
}

/**
 * A bound with just enough decimals to show the interval's width; four significant figures where
 * fixed decimals would print 16 digits or more, or hide a tiny value.
 */
function formatBound(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15 || (value !== 0 && magnitude < 1e-6)) return formatNumber(value);
  return formatNumber(value, { decimals });
}

/**
 * A one-line description of what was accepted, for feedback after grading.
 *
 * @param reference - the correct number t
 * @param tolerance - the rule
 * @returns e.g. "accepted: 0.2257 to 0.2303", or "accepted: exactly 5"
 * @throws {Error} as `halfWidth`
 * @example
 * describeAcceptance(0.228, { rule: "relabs", rtol: 1e-2, atol: 1e-8 }); // "accepted: 0.2257 to 0.2303"
 */
export function describeAcceptance(reference: number, tolerance: Tolerance): string {
  const width = halfWidth(reference, tolerance);
  if (width === 0) return `accepted: exactly ${formatNumber(reference, 12)}`;
  const decimals = Math.min(20, Math.max(0, 1 - Math.floor(Math.log10(width))));
  const [lo, hi] = acceptedRange(reference, tolerance);
  const range = `accepted: ${formatBound(lo, decimals)} to ${formatBound(hi, decimals)}`;
  if (tolerance.rule === "sigfig") {
    return `${range} (${formatNumber(reference, tolerance.digits)} to ${tolerance.digits} significant figures)`;
  }
  if (tolerance.rule === "decimals") {
    const places = tolerance.digits === 1 ? "decimal place" : "decimal places";
    return `${range} (${formatNumber(reference, { decimals: tolerance.digits })} to ${tolerance.digits} ${places})`;
  }
  return range;
}
