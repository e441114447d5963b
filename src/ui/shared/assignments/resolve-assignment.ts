import type { Assignment } from "../../../course/assignment-schema";
import { decodeAssignmentLink } from "../../../course/assignment-link";

/** An assignment found for a route, or why none could be used. */
export type ResolvedAssignment =
  | { assignment: Assignment; shared: boolean; problems?: undefined }
  | { assignment?: undefined; shared: boolean; problems: string[] };

/**
 * The assignment a route names: the one carried by the link (`?a=…`, validated in full like a
 * file; its id must be the route's) or else the course's compiled assignment with that id.
 */
export function resolveAssignment(
  id: string,
  query: URLSearchParams,
  compiled: readonly Assignment[],
): ResolvedAssignment {
  const payload = query.get("a");
  if (payload !== null) {
    const decoded = decodeAssignmentLink(payload);
    if (!decoded.assignment) {
      return { shared: true, problems: decoded.problems.map((problem) => problem.message) };
    }
    if (decoded.assignment.id !== id) {
      return {
        shared: true,
        problems: [
          `this link is damaged: it names assignment "${id}" but carries "${decoded.assignment.id}"`,
        ],
      };
    }
    return { assignment: decoded.assignment, shared: true };
  }
  const found = compiled.find((assignment) => assignment.id === id);
  if (found) return { assignment: found, shared: false };
  return {
    shared: false,
    problems: [
      `there is no assignment "${id}" in this course. If your instructor sent you a link, open the whole link (it ends with a long code after "?a=").`,
    ],
  };
}
