/**
 * Per-student seeds: every student gets their own instance of each exercise, derived from names
 * rather than stored, so an instructor can re-create any student's data offline.
 */

import { sha256 } from "../lab/index";

/** What a seed is derived from. */
export interface SeedInputs {
  /** The course or assignment context, e.g. "mlops-2025-spring". */
  context: string;
  /** The student's id, e.g. an e-mail address or roster id. */
  student: string;
  /** The exercise id. */
  exercise: string;
  /** The variant number (0 for the first; a new variant gives new data). */
  variant: number;
}

/** The version tag of the derivation; changing the recipe must change this tag. */
export const seedDerivationTag = "exercise-seed/v1";

/**
 * Derives an instance seed: the first 8 hex digits of the SHA-256 of
 * `exercise-seed/v1\0${context}\0${student}\0${exercise}\0${variant}` (UTF-8), read as an
 * unsigned 32-bit integer; the one input whose digits are all zero maps to 1, so a seed is never 0.
 * The NUL separators keep ("ab", "c") and ("a", "bc") apart.
 *
 * @param inputs - context, student, exercise id and variant number
 * @returns an integer in [1, 2^32 − 1]
 * @throws {Error} "deriveSeed requires ..." when a name contains a NUL character or the variant is
 *   not a non-negative integer
 * @example
 * deriveSeed({ context: "demo", student: "ada", exercise: "psi-binning", variant: 0 }); // 3436846882
 */
export function deriveSeed(inputs: SeedInputs): number {
  const { context, student, exercise, variant } = inputs;
  for (const [name, value] of Object.entries({ context, student, exercise })) {
    if (typeof value !== "string") throw new Error(`deriveSeed requires ${name} to be text`);
    if (value.includes("\u0000"))
      throw new Error(`deriveSeed requires ${name} without NUL characters`);
  }
  if (!Number.isInteger(variant) || variant < 0) {
    throw new Error(`deriveSeed requires variant to be a non-negative integer, got ${variant}`);
  }
  const digest = sha256(
    `${seedDerivationTag}\u0000${context}\u0000${student}\u0000${exercise}\u0000${variant}`,
  );
  const seed = Number.parseInt(digest.slice(0, 8), 16) >>> 0;
  return seed === 0 ? 1 : seed;
}
