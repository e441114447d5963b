/** How long to wait for a result's page to show it (a lesson may still be loading). */
const waitMs = 5000;
/** How long an element that was already there must stay before it counts as the target. */
const samePageMs = 400;

/**
 * Moves the focus to the element a search result opened, once its page shows it, so keyboard and
 * screen-reader users continue from the result (as from a skip link), not from the search box.
 * An element with the same id on the page being left (two lessons may share an anchor such as
 * "references") is not taken for it: an element present before the navigation counts only if it
 * is still there a moment later, which means the result was on the same page.
 */
export function focusWhenShown(elementId: string): void {
  const before = document.getElementById(elementId);
  const started = performance.now();
  const poll = () => {
    const elapsed = performance.now() - started;
    const element = document.getElementById(elementId);
    const ready = element && (element !== before || elapsed >= samePageMs);
    if (ready) {
      if (!element.matches("a[href], button, input, select, textarea, [tabindex]"))
        element.setAttribute("tabindex", "-1");
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: "start" });
      return;
    }
    if (elapsed < waitMs) window.setTimeout(poll, 50);
  };
  window.setTimeout(poll, 0);
}
