import { useMemo, useSyncExternalStore } from "react";
import {
  parseLocation,
  siteLocation,
  type KnownIds,
  type Route,
  type SiteLocation,
} from "../../../content/model/routes";

/** Fired on `window` after `navigate` changed the address (the History API fires nothing). */
const navigated = "app:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener("hashchange", onChange);
  window.addEventListener(navigated, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener(navigated, onChange);
  };
}

const currentAddress = () => {
  const { pathname, search, hash } = window.location;
  return `${pathname.slice(pathname.lastIndexOf("/") + 1)}${search}${hash}`;
};

/** Splits `file?query#hash` back into its parts. */
function locationOf(address: string): SiteLocation {
  const url = new URL(address, "https://site.invalid/");
  return siteLocation(url.pathname, url.search, url.hash);
}

/**
 * The current route, following the address. `prerenderedFile` is the file the page was built
 * as: the server renders it, and the first client render (hydration) uses it too, without the
 * query and anchor the build could not know, so both produce the same HTML; React re-renders
 * with the full address right after.
 */
export function useRoute(known: KnownIds, prerenderedFile: string): Route {
  const address = useSyncExternalStore(subscribe, currentAddress, () => prerenderedFile);
  // The same route object while the address stays, so what is rendered from it is not redone
  // on every render of the app (a theme change, saved progress read).
  return useMemo(() => parseLocation(locationOf(address), known), [address, known]);
}

/**
 * Calls `onChange` with the new route each time the address changes (a navigation in the app, the
 * browser's back and forward, another anchor), before React renders that route. Returns the
 * clean-up.
 */
export function onRouteChange(known: KnownIds, onChange: (route: Route) => void): () => void {
  return subscribe(() => onChange(parseLocation(locationOf(currentAddress()), known)));
}

/**
 * Goes to a page of the site without reloading (the app stays loaded): a new history entry, or
 * a replaced one. `href` is relative to the site's folder, as `hrefs` builds it.
 */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(navigated));
}

/**
 * Follows clicks on links to the site's own pages with `navigate`, so the app is not reloaded;
 * leaves to the browser links elsewhere, downloads, new-tab clicks and same-page anchors (the
 * browser scrolls and fires `hashchange`). Returns the clean-up.
 */
export function followSiteLinks(known: KnownIds): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    if (link.hasAttribute("download") || (link.target && link.target !== "_self")) return;
    const url = new URL(link.href);
    const here = new URL(window.location.href);
    const folder = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
    if (url.origin !== here.origin || folder(url.pathname) !== folder(here.pathname)) return;
    const route = parseLocation(siteLocation(url.pathname, url.search, url.hash), known);
    if (route.kind === "not-found") return;
    const samePage = url.pathname === here.pathname && url.search === here.search;
    if (samePage && url.hash !== "") return;
    event.preventDefault();
    navigate(url.href);
  };
  document.addEventListener("click", onClick);
  return () => document.removeEventListener("click", onClick);
}
