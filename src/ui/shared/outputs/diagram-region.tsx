import type { ReactNode } from "react";
import { useRegionName } from "./region-name";
import { scrollsSidewaysName, useRenamedScrollRegionRef } from "./scroll-region";

/**
 * The scrolling region around a drawing wider than a narrow column (a dependency graph, a
 * timeline): it scrolls sideways and takes keyboard focus to do so, and its name says so, only
 * while it does once the app runs (scroll-region.ts).
 *
 * @param name what the region holds, e.g. the diagram's title.
 */
export function DiagramRegion({ name, children }: { name: string; children: ReactNode }) {
  const regionName = useRegionName(name);
  const regionRef = useRenamedScrollRegionRef(regionName);
  return (
    <div
      ref={regionRef}
      className="diagram-scroll"
      tabIndex={0}
      role="region"
      aria-label={scrollsSidewaysName(regionName)}
    >
      {children}
    </div>
  );
}
