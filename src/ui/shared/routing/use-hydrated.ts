import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False while the server prerenders and while the client hydrates that HTML, true after: pages
 * whose content depends on what only the browser knows (the query, saved work) render their
 * frame first, so hydration matches the prerendered HTML, and fill in right after.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
