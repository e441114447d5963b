import { useEffect, useState } from "react";

/**
 * Once a page's content is in the document, scrolls to the deep-linked anchor (and marks it), or
 * to the top with focus on the title when the page itself changed. Returns the anchor when the
 * page has no such element, so the page can say so.
 */
export function useAnchorScroll(
  ready: boolean,
  pageKey: string,
  anchor: string | undefined,
): string | undefined {
  const [missing, setMissing] = useState<string | undefined>();
  useEffect(() => {
    setMissing(undefined);
    if (!ready) return;
    if (anchor) {
      const target = document.getElementById(anchor);
      if (target) {
        target.scrollIntoView({ block: "start" });
        target.classList.add("is-target");
        const clear = window.setTimeout(() => target.classList.remove("is-target"), 2500);
        return () => window.clearTimeout(clear);
      }
      setMissing(anchor);
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>("main h1")?.focus({ preventScroll: true });
    return undefined;
  }, [ready, pageKey, anchor]);
  return missing;
}
