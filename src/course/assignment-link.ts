/**
 * A compact, shareable encoding of an ad-hoc assignment for a link: data only (never code),
 * validated in full when opened exactly as a file would be.
 */

import type { Assignment } from "./assignment-schema";
import { validateAssignment } from "./assignment-validate";
import type { AssignmentValidation } from "./assignment-validate";
import { decodeBase64Url, encodeBase64Url } from "./base64url";

/** The prefix of a version-1 link payload. */
const prefix = "a1.";

const feedbackCodes = { immediate: "i", "on-submit": "s", "after-due": "d" } as const;
const solutionCodes = { "after-correct": "c", "after-due": "d", never: "n" } as const;

function invert<K extends string, V extends string>(record: Record<K, V>): Map<string, K> {
  return new Map(Object.entries(record).map(([key, value]) => [value as string, key as K]));
}

/**
 * Encodes an assignment as a URL-safe payload: "a1." then base64url of a positional JSON array
 * (short codes for the policies). Decoding gives back an equal assignment.
 *
 * @param assignment - a validated assignment
 * @returns the payload, safe in a URL path or fragment without escaping
 * @example
 * encodeAssignmentLink(assignment).startsWith("a1."); // true
 */
export function encodeAssignmentLink(assignment: Assignment): string {
  const late =
    assignment.late.kind === "none"
      ? "n"
      : assignment.late.kind === "closed"
        ? "c"
        : ["p", assignment.late.percentPerDay];
  const compact: unknown[] = [
    assignment.id,
    assignment.title,
    assignment.instructions,
    assignment.opens,
    assignment.due,
    late,
    assignment.attempts,
    feedbackCodes[assignment.feedback],
    assignment.hints ? 1 : 0,
    solutionCodes[assignment.solutions],
    assignment.exercises.map((entry) =>
      entry.variant === undefined
        ? [entry.id, entry.points]
        : [entry.id, entry.points, entry.variant],
    ),
  ];
  if (assignment.credit) {
    const { decayPerAttempt, hintPenalty, minimumCredit } = assignment.credit;
    compact.push([decayPerAttempt, hintPenalty, minimumCredit]);
  }
  return prefix + encodeBase64Url(JSON.stringify(compact));
}

/**
 * Decodes a link payload made by `encodeAssignmentLink` and validates the assignment.
 *
 * @param payload - the part of the link after the route
 * @returns the assignment, or problems (file "link", line 1) saying why the link cannot be used
 * @example
 * decodeAssignmentLink("a1.e30").problems.length; // 1: not an assignment
 */
export function decodeAssignmentLink(payload: string): AssignmentValidation {
  const fail = (message: string): AssignmentValidation => ({
    problems: [{ file: "link", line: 1, message }],
  });
  if (!payload.startsWith(prefix)) {
    return fail(
      "this assignment link is not in a format this build reads (it should start with a1.)",
    );
  }
  const text = decodeBase64Url(payload.slice(prefix.length));
  if (text === undefined)
    return fail("this assignment link is damaged (it is not valid base64url)");
  let compact: unknown;
  try {
    compact = JSON.parse(text);
  } catch {
    return fail("this assignment link is damaged (its content is not JSON)");
  }
  if (!Array.isArray(compact) || compact.length < 11 || compact.length > 12) {
    return fail("this assignment link is damaged (it does not hold an assignment)");
  }
  const [
    id,
    title,
    instructions,
    opens,
    due,
    late,
    attempts,
    feedback,
    hints,
    solutions,
    list,
    credit,
  ] = compact as unknown[];
  const data: Record<string, unknown> = {
    version: 1,
    id,
    title,
    instructions,
    opens,
    due,
    late:
      late === "n"
        ? { kind: "none" }
        : late === "c"
          ? { kind: "closed" }
          : Array.isArray(late) && late[0] === "p"
            ? { kind: "penalty-per-day", percentPerDay: late[1] }
            : late,
    attempts,
    feedback: invert(feedbackCodes).get(String(feedback)) ?? feedback,
    hints: hints === 1 ? true : hints === 0 ? false : hints,
    solutions: invert(solutionCodes).get(String(solutions)) ?? solutions,
    exercises: Array.isArray(list)
      ? list.map((entry: unknown) =>
          Array.isArray(entry)
            ? entry.length === 3
              ? { id: entry[0], points: entry[1], variant: entry[2] }
              : { id: entry[0], points: entry[1] }
            : entry,
        )
      : list,
  };
  if (credit !== undefined) {
    data.credit = Array.isArray(credit)
      ? { decayPerAttempt: credit[0], hintPenalty: credit[1], minimumCredit: credit[2] }
      : credit;
  }
  return validateAssignment(data, { file: "link" });
}
