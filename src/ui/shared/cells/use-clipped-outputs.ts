import { useEffect, useState, type RefObject } from "react";

const scrollBoxes = ".table-scroll, .diagram-scroll";

/**
 * Whether any of a cell's scrolling outputs (tables, diagrams) is wider than the room it has, so
 * the cell can say that part of it is out of sight. Checked when the outputs change (`version`),
 * and when the cell changes size or comes near the screen: never while it is far off, where its
 * outputs are not laid out (`content-visibility: auto`) and measuring them would lay them out at
 * once, one cell after another.
 */
export function useClippedOutputs(
  root: RefObject<HTMLElement | null>,
  enabled: boolean,
  version: unknown,
): boolean {
  const [clipped, setClipped] = useState(false);
  useEffect(() => {
    const element = root.current;
    if (!enabled || !element) {
      setClipped(false);
      return;
    }
    let near = false;
    const check = () => {
      if (!near) return;
      setClipped(
        [...element.querySelectorAll<HTMLElement>(scrollBoxes)].some(
          (box) => box.scrollWidth > box.clientWidth + 1,
        ),
      );
    };
    // Both observers report once as they start, at the next frame: the first check waits for it
    // rather than laying the page out in the middle of rendering (or hydrating) it.
    const observer = new ResizeObserver(check);
    observer.observe(element);
    const inView = new IntersectionObserver(
      (entries) => {
        near = entries.at(-1)?.isIntersecting ?? near;
        check();
      },
      { rootMargin: "50% 0px" },
    );
    inView.observe(element);
    return () => {
      observer.disconnect();
      inView.disconnect();
    };
  }, [root, enabled, version]);
  return clipped;
}
