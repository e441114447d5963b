/**
 * Starting the LMS session once an LMS's SCORM API was found: the launched assignment is resolved
 * exactly as the assignment page resolves it, and the chapter's exercises are named for the
 * whole-chapter package's completion. Loaded only inside an LMS (it pulls in the grader).
 */

import { exercises } from "../../exercises/catalog/index";
import type { FoundScormApi } from "../../store/lms/find-scorm-api";
import { startLmsSession } from "../../store/lms/lms-session";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { resolveAssignment } from "../shared/assignments/resolve-assignment";

/**
 * Starts reporting to the LMS.
 *
 * @param found - the LMS's API
 * @param launched - the assignment route the package opened (id and query), if any
 * @param lessonIds - the chapter's lesson ids
 * @returns a function that ends the session
 */
export function launchLms(
  found: FoundScormApi,
  launched: { id: string; query: URLSearchParams } | undefined,
  lessonIds: readonly string[],
): () => void {
  const assignment = launched
    ? resolveAssignment(launched.id, launched.query, courseAssignments).assignment
    : undefined;
  return startLmsSession(found, {
    assignment,
    lessonIds,
    exerciseIds: exercises.map((exercise) => exercise.id),
  });
}
