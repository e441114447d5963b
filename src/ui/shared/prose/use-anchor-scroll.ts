import { useEffect, useState } from "react";

/** How long a deep-linked element is held where it was scrolled to, in milliseconds. */
const holdMs = 2000;
/** What the reader does to scroll the page themselves. */
const readerInput = ["wheel", "touchstart", "keydown", "pointerdown"] as const;

/**
 * Keeps an element that was just scrolled to at the top of the window while the page settles:
 * blocks above it are laid out only as they come near (`content-visibility: auto`), with
 * estimated heights until then, and KaTeX's fonts may still arrive, so the element can move after
 * the scroll. Until the reader scrolls or `holdMs` pass, each frame puts it back. Returns a
 * function that stops holding.
 */
function holdInPlace(target: HTMLElement): () => void {
  const wanted = target.getBoundingClientRect().top;
  const until = performance.now() + holdMs;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of readerInput) window.removeEventListener(type, stop);
  };
  const check = () => {
    if (Math.abs(target.getBoundingClientRect().top - wanted) > 1) {
      target.scrollIntoView({ block: "start" });
    }
    if (performance.now() < until) frame = requestAnimationFrame(check);
    else stop();
  };
  for (const type of readerInput) window.addEventListener(type, stop, { passive: true });
  frame = requestAnimationFrame(check);
  return stop;
}

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
        const release = holdInPlace(target);
        target.classList.add("is-target");
        const clear = window.setTimeout(() => target.classList.remove("is-target"), 2500);
        return () => {
          window.clearTimeout(clear);
          release();
        };
      }
      setMissing(anchor);
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>("main h1")?.focus({ preventScroll: true });
    return undefined;
  }, [ready, pageKey, anchor]);
  return missing;
}
