import { useEffect } from "react";
import type { Route } from "../../content/model/routes";

/** Which page a route shows (its deep-link target aside). */
function pageKey(route: Route): string {
  if (route.kind === "not-found") return `not-found:${route.path}`;
  return "id" in route ? `${route.kind}:${route.id}` : route.kind;
}

/** The deep-link target inside the page, if the route names one. */
function target(route: Route): string | undefined {
  if (route.kind === "notebook") return route.cellId;
  if (route.kind === "exercises") return route.exerciseId;
  return undefined;
}

/**
 * A navigation to another page starts at its top with focus on its heading, like a page load:
 * the browser would otherwise keep the previous page's scroll offset and leave focus on the link
 * followed. Lessons and reference pages do this themselves once their text has arrived, and pages
 * with a deep-link target scroll to it.
 */
export function usePageTop(route: Route): void {
  const key = pageKey(route);
  const deepLink = target(route);
  const handledByPage = route.kind === "lesson" || route.kind === "page";
  useEffect(() => {
    if (handledByPage || deepLink) return;
    window.scrollTo(0, 0);
    // A page loaded on demand has no heading yet: try again for a moment.
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>("main h1");
      // A heading Suspense keeps hidden while the next page loads is not the page's heading.
      if (heading && heading.getClientRects().length > 0) {
        heading.focus({ preventScroll: true });
        window.scrollTo(0, 0);
      } else if (tries++ < 300) frame = requestAnimationFrame(focusHeading);
    };
    focusHeading();
    return () => cancelAnimationFrame(frame);
    // The page, not the route object (new on every hash change), decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}
