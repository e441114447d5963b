import { useEffect, useState, type RefObject } from "react";

/**
 * Follows how far the reader has scrolled through an element (0..1) and reports increases.
 * Work happens at most once per animation frame; nothing is measured until `enabled`.
 */
export function useReadingProgress(
  target: RefObject<HTMLElement | null>,
  onProgress: (fraction: number) => void,
  enabled: boolean,
): number {
  const [fraction, setFraction] = useState(0);
  useEffect(() => {
    // While the lesson text is still loading the article is short: measuring it would mark it read.
    if (!enabled) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const element = target.current;
      if (!element) return;
      const box = element.getBoundingClientRect();
      const travelled = window.innerHeight - box.top;
      const value = Math.min(1, Math.max(0, travelled / Math.max(box.height, 1)));
      setFraction(value);
      onProgress(value);
    };
    const schedule = () => {
      if (frame === 0) frame = window.requestAnimationFrame(measure);
    };
    schedule();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [target, onProgress, enabled]);
  return fraction;
}
