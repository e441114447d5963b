import { useSyncExternalStore } from "react";
import { parseRoute, type KnownIds, type Route } from "./route";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

const currentHash = () => window.location.hash;

/** The current route, following the location hash. */
export function useRoute(known: KnownIds): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => "");
  return parseRoute(hash, known);
}
