import { useCallback } from "react";

// The tab stop of a region that scrolls when what it holds is wider than its column (a table, a
// dependency graph, a timeline), or taller than the height it is cut to (an exercise's table).
// The page is prerendered with the stop, which a reader without JavaScript needs to scroll such a
// region with the keys. Once the app runs, a region keeps the stop only while it does scroll, so
// the tables of a notebook that fit their column are not one tab stop each, and gets it back when
// it comes to scroll (a narrower window, a larger output). Measured when the region or what it
// holds changes size, by one ResizeObserver that sets the attributes itself (no re-render), and
// never while the region is skipped by `content-visibility: auto`, where measuring it would lay
// it out.

/** A region's name that says it scrolls sideways, from its name when it fits. */
export function scrollsSidewaysName(name: string): string {
  return `${name} (scrolls sideways)`;
}

let observer: ResizeObserver | undefined;
/** Each observed element's region: the region itself, and what it holds. */
const regionOf = new WeakMap<Element, HTMLElement>();
/** The name, when it fits, of a region whose name says that it scrolls. */
const fitNames = new WeakMap<HTMLElement, string>();

/**
 * Gives `region` a tab stop while it scrolls and takes it away while it fits. Any overflow counts,
 * as it does for the browser and for axe: a region that scrolls sideways can scroll down as well
 * (an exercise's long instance table is cut to a height and scrolls down only). A region whose
 * name says that it scrolls sideways is renamed to match. A region that has the focus keeps its
 * stop.
 */
function fitStop(region: HTMLElement): void {
  if (!region.isConnected || !region.checkVisibility({ contentVisibilityAuto: true })) return;
  const sideways = region.scrollWidth > region.clientWidth;
  if (sideways || region.scrollHeight > region.clientHeight) region.setAttribute("tabindex", "0");
  else if (document.activeElement !== region) region.removeAttribute("tabindex");
  const fitName = fitNames.get(region);
  if (fitName !== undefined)
    region.setAttribute("aria-label", sideways ? scrollsSidewaysName(fitName) : fitName);
}

/**
 * A ref callback for a scrolling region (React 19: it returns its cleanup). Its first child is
 * watched too: what a region holds can grow wider while the region keeps its size.
 *
 * @param region the region's element, rendered with `tabIndex={0}`.
 * @param fitName for a region rendered with a name that says it scrolls (`scrollsSidewaysName`),
 *   its name when it fits.
 */
export function scrollRegionRef(
  region: HTMLElement | null,
  fitName?: string,
): (() => void) | undefined {
  if (!region || typeof ResizeObserver === "undefined") return undefined;
  if (fitName !== undefined) fitNames.set(region, fitName);
  observer ??= new ResizeObserver((entries) => {
    const regions = new Set<HTMLElement>();
    for (const entry of entries) {
      const owner = regionOf.get(entry.target);
      if (owner) regions.add(owner);
    }
    for (const owner of regions) fitStop(owner);
  });
  const watched = [region, region.firstElementChild].filter(
    (element): element is Element => element !== null,
  );
  for (const element of watched) {
    regionOf.set(element, region);
    observer.observe(element);
  }
  return () => {
    for (const element of watched) observer?.unobserve(element);
  };
}

/**
 * The ref of a region rendered with a name that says it scrolls (`scrollsSidewaysName(name)`): a
 * new ref whenever its name changes, so that the region is measured again when React renames it.
 *
 * @param name the region's name when it fits.
 */
export function useRenamedScrollRegionRef(name: string) {
  return useCallback((region: HTMLElement | null) => scrollRegionRef(region, name), [name]);
}
