import { useEffect, type RefObject } from "react";

/**
 * Whether a centred display formula and its equation number, drawn at the right edge, would
 * touch: the formula spans (container + formula) / 2 from the left, the number starts at
 * container - number.
 */
export function tagCollides(container: number, formula: number, tag: number, gap = 8): boolean {
  return formula + 2 * (tag + gap) > container;
}

function placeTags(root: HTMLElement): void {
  // Every width is read before any class changes, so the page is laid out once, not once per
  // equation.
  const placements: [HTMLElement, boolean][] = [];
  for (const equation of root.querySelectorAll<HTMLElement>(".equation")) {
    const html = equation.querySelector<HTMLElement>(".katex-display > .katex > .katex-html");
    const tag = html?.querySelector<HTMLElement>(":scope > .katex-tag");
    if (!html || !tag) continue;
    const formula = [...html.querySelectorAll<HTMLElement>(":scope > .katex-base")].reduce(
      (sum, base) => sum + base.getBoundingClientRect().width,
      0,
    );
    const number = Math.max(
      0,
      ...[...tag.children].map((child) => child.getBoundingClientRect().width),
    );
    placements.push([equation, tagCollides(html.clientWidth, formula, number)]);
  }
  for (const [equation, below] of placements) equation.classList.toggle("tag-below", below);
}

/**
 * Puts a display equation's number on its own line, right-aligned under the formula, wherever the
 * two would otherwise overlap (phones always, wide formulas on any screen); measured again when
 * the text column changes width or another page's text arrives (`pageKey`).
 */
export function useEquationTags(
  root: RefObject<HTMLElement | null>,
  ready: boolean,
  pageKey: string,
): void {
  useEffect(() => {
    const element = root.current;
    if (!ready || !element) return;
    let frame = 0;
    // The observer reports the first width as it starts, at the next frame: the first placing
    // waits for it rather than laying the page out in the middle of rendering (or hydrating) it.
    let width: number | undefined;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => placeTags(element));
    };
    // Widths change once KaTeX's fonts replace the fallback font.
    void document.fonts.ready.then(() => {
      if (root.current === element) schedule();
    });
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      schedule();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, ready, pageKey]);
}
