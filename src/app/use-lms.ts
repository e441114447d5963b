import { useEffect, useRef } from "react";
import { findScormApi } from "../store/lms/find-scorm-api";

/** What the hook reads of a route: its kind, and the assignment's id and query. */
type LaunchRoute = { kind: string; id?: string; query?: URLSearchParams };

/**
 * Reports to an LMS when one launched the app (a SCORM package): looks for the LMS's API once, at
 * start, and only then loads the session (with the grader it needs). Without an LMS it does
 * nothing else. The launched assignment is the route the app opened on.
 *
 * @param route - the current route (only the first one is used)
 * @param lessonIds - the chapter's lesson ids
 */
export function useLms(route: LaunchRoute, lessonIds: readonly string[]): void {
  const firstRoute = useRef(route);
  useEffect(() => {
    const found = findScormApi(window);
    if (!found) return;
    const opened = firstRoute.current;
    const launched =
      opened.kind === "assignment" && opened.id !== undefined
        ? { id: opened.id, query: opened.query ?? new URLSearchParams() }
        : undefined;
    let cancelled = false;
    let stop: (() => void) | undefined;
    void import("../ui/lms/launch-lms").then(({ launchLms }) => {
      if (!cancelled) stop = launchLms(found, launched, lessonIds);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [lessonIds]);
}
