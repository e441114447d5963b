/**
 * The hash of an assignment's spec: a submission names the exact assignment it was made for.
 */

import { contentHash } from "../lab/index";
import type { Assignment } from "./assignment-schema";

/**
 * The SHA-256 (hex) of the assignment's canonical JSON (keys sorted, no whitespace), so the same
 * assignment hashes the same whether it came from YAML, a link or the builder.
 *
 * @param assignment - a validated assignment
 * @returns 64 lower-case hex characters
 * @example
 * assignmentHash(assignment).length; // 64
 */
export function assignmentHash(assignment: Assignment): string {
  return contentHash(assignment);
}
