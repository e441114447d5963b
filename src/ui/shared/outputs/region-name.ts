import { createContext, useContext } from "react";

/**
 * What encloses an output's scrollable regions, e.g. "Figure 2.1": a lesson may show the same
 * cell beside its text and as a figure, and two regions of one page must not share a name
 * (axe's landmark-unique).
 */
export const RegionScope = createContext("");

/** A region's accessible name, prefixed by its enclosing scope when there is one. */
export function useRegionName(name: string): string {
  const scope = useContext(RegionScope);
  return scope ? `${scope}: ${name}` : name;
}
