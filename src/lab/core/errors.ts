/**
 * The one error type of the lab and the small input guards every statistic uses.
 *
 * Policy on non-finite values: every function in the lab REJECTS NaN and ±Infinity with a
 * LabError by default, so a silent NaN never turns into a plausible-looking drift score.
 * Evidently drops NaN/inf before its drift tests; the drift layer reproduces that by calling
 * {@link dropNonFinite} first and then the statistic.
 *
 * Every message has one shape: the function name first, then what it requires, e.g.
 * `"psi requires finite values in reference (found NaN at index 3)"`.
 */

/**
 * An error caused by bad input to a lab function (empty sample, NaN, negative count, ...).
 * Its message always starts with the name of the function that rejected the input.
 *
 * @example
 * try { requireNonEmpty("ks2samp", "x", []); } catch (error) { error instanceof LabError; } // true
 */
export class LabError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LabError";
  }
}

/** Text for a value inside an error message: NaN, Infinity, -Infinity or the number itself. */
function describe(value: unknown): string {
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

/**
 * Throws unless `values` holds at least one element.
 *
 * @param fnName name of the public function doing the check (starts the message)
 * @param what name of the argument, e.g. "reference"
 * @throws {LabError} `"<fnName> requires at least one value in <what>"`
 * @example requireNonEmpty("psi", "reference", [1, 2]); // passes
 */
export function requireNonEmpty(fnName: string, what: string, values: ArrayLike<unknown>): void {
  if (values.length === 0) {
    throw new LabError(`${fnName} requires at least one value in ${what}`);
  }
}

/**
 * Throws at the first value that is not a finite number (NaN, ±Infinity or a non-number).
 *
 * @throws {LabError} `"<fnName> requires finite values in <what> (found NaN at index 3)"`
 * @example requireFinite("psi", "reference", [1, NaN]); // throws
 */
export function requireFinite(fnName: string, what: string, values: ArrayLike<unknown>): void {
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    // Number.isFinite is false for non-numbers too, so one test covers both cases.
    if (!Number.isFinite(value)) {
      throw new LabError(
        `${fnName} requires finite values in ${what} (found ${describe(value)} at index ${index})`,
      );
    }
  }
}

/**
 * Throws unless `value` is a probability strictly between 0 and 1 (a confidence level, a
 * quantile of a continuous distribution). Use `inclusive` to also allow 0 and 1.
 *
 * @throws {LabError} `"<fnName> requires <what> in (0, 1) (found 1.5)"`
 * @example requireProbability("wilsonInterval", "confidence", 0.95); // passes
 */
export function requireProbability(
  fnName: string,
  what: string,
  value: number,
  inclusive = false,
): void {
  const ok = inclusive ? value >= 0 && value <= 1 : value > 0 && value < 1;
  if (!ok || !Number.isFinite(value)) {
    const range = inclusive ? "[0, 1]" : "(0, 1)";
    throw new LabError(`${fnName} requires ${what} in ${range} (found ${describe(value)})`);
  }
}

/**
 * Throws unless every entry is a finite number ≥ 0 (counts, weights, shares).
 *
 * @throws {LabError} `"<fnName> requires non-negative finite counts in <what> (found -1 at index 2)"`
 * @example requireNonNegativeCounts("chiSquare", "observed", [3, 0, 5]); // passes
 */
export function requireNonNegativeCounts(
  fnName: string,
  what: string,
  values: ArrayLike<number>,
): void {
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index];
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new LabError(
        `${fnName} requires non-negative finite counts in ${what} (found ${describe(value)} at index ${index})`,
      );
    }
  }
}

/**
 * Throws unless non-negative finite `values` add up to a positive number, so that they can be
 * normalised into a probability distribution.
 *
 * @throws {LabError} `"<fnName> requires <what> to sum to a positive number"`
 * @example requirePositiveSum("jensenShannon", "p", [0, 0]); // throws
 */
export function requirePositiveSum(fnName: string, what: string, values: ArrayLike<number>): void {
  requireNonNegativeCounts(fnName, what, values);
  let total = 0;
  for (let index = 0; index < values.length; index += 1) total += values[index] as number;
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new LabError(`${fnName} requires ${what} to sum to a positive number`);
  }
}

/**
 * Throws unless two arrays have the same length (paired shares, aligned bins).
 *
 * @throws {LabError} `"<fnName> requires <whatA> and <whatB> of equal length (found 3 and 4)"`
 * @example requireSameLength("psiFromShares", "expected", [1], "actual", [1]); // passes
 */
export function requireSameLength(
  fnName: string,
  whatA: string,
  a: ArrayLike<unknown>,
  whatB: string,
  b: ArrayLike<unknown>,
): void {
  if (a.length !== b.length) {
    throw new LabError(
      `${fnName} requires ${whatA} and ${whatB} of equal length (found ${a.length} and ${b.length})`,
    );
  }
}

/**
 * Throws unless `value` is an integer ≥ `minimum` (sample sizes, counts, numbers of trials).
 *
 * @throws {LabError} `"<fnName> requires <what> to be an integer >= 0 (found 2.5)"`
 * @example requireInteger("binomial", "n", 10, 0); // passes
 */
export function requireInteger(fnName: string, what: string, value: number, minimum = 0): void {
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new LabError(
      `${fnName} requires ${what} to be an integer >= ${minimum} (found ${describe(value)})`,
    );
  }
}

/**
 * Returns a copy without NaN and ±Infinity, the way Evidently cleans a column before its drift
 * tests (`dropna` plus replacing infinities). Use it at the drift layer; the statistics
 * themselves reject non-finite input.
 *
 * @param values numbers, possibly with NaN/±Infinity
 * @returns a new Float64Array of the finite values in their original order
 * @example dropNonFinite([1, NaN, Infinity, 2]); // Float64Array [1, 2]
 */
export function dropNonFinite(values: ArrayLike<number>): Float64Array {
  let kept = 0;
  for (let index = 0; index < values.length; index += 1) {
    if (Number.isFinite(values[index])) kept += 1;
  }
  const result = new Float64Array(kept);
  let position = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] as number;
    if (Number.isFinite(value)) result[position++] = value;
  }
  return result;
}
