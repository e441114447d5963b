import { useEffect, useRef } from "react";
import { findScormApi } from "../store/lms/find-scorm-api";

/** What the hook reads of a route: its kind, and the assignment's id and query. */
type LaunchRoute = { kind: string; id?: string; query?: URLSearchParams };

/**
 * Reports to an LMS when one launched the app (a SCORM package): looks for the LMS's API once, at
 * start, and only then loads the session (with the grader it needs). Without an LMS it does
 * nothing else. The launched assignment is the route the app opened on.
 *
 * @param route - the current route (read once, when the session starts)
 * @param lessonIds - the chapter's lesson ids
 */
export function useLms(route: LaunchRoute, lessonIds: readonly string[]): void {
  // The route as it is now. The first render of a prerendered page (hydration) has the file's
  // route without its query (an assignment's id is in the query), so the launched route is read
  // once the session module has loaded, after React has re-rendered with the full address.
  const latestRoute = useRef(route);
  useEffect(() => {
    latestRoute.current = route;
  }, [route]);
  useEffect(() => {
    const found = findScormApi(window);
    if (!found) return;
    let cancelled = false;
    let stop: (() => void) | undefined;
    void import("../ui/lms/launch-lms").then(({ launchLms }) => {
      if (cancelled) return;
      const opened = latestRoute.current;
      const launched =
        opened.kind === "assignment" && opened.id
          ? { id: opened.id, query: opened.query ?? new URLSearchParams() }
          : undefined;
      stop = launchLms(found, launched, lessonIds);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [lessonIds]);
}
