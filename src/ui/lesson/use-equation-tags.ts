import { useEffect, type RefObject } from "react";

/**
 * Whether a centred display formula and its equation number, drawn at the right edge, would
 * touch: the formula spans (container + formula) / 2 from the left, the number starts at
 * container - number.
 */
export function tagCollides(container: number, formula: number, tag: number, gap = 8): boolean {
  return formula + 2 * (tag + gap) > container;
}

/** Sets each equation's `tag-below` class from its widths, reading every width before any change. */
function placeTags(equations: Iterable<HTMLElement>): void {
  // Every width is read before any class changes, so the page is laid out once, not once per
  // equation.
  const placements: [HTMLElement, boolean][] = [];
  for (const equation of equations) {
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
 * the text column changes width, when KaTeX's fonts arrive or another page's text arrives
 * (`pageKey`). Only equations near the screen are measured: equations further away are not laid
 * out (`content-visibility: auto`), and measuring them would lay each one out at once. They are
 * measured as they come near.
 */
export function useEquationTags(
  root: RefObject<HTMLElement | null>,
  ready: boolean,
  pageKey: string,
): void {
  useEffect(() => {
    const element = root.current;
    if (!ready || !element) return;
    const equations = [...element.querySelectorAll<HTMLElement>(".equation")];
    if (equations.length === 0) return;
    let frame = 0;
    const near = new Set<HTMLElement>();
    // Equations whose placement is not measured at the current width and fonts.
    const stale = new Set(equations);
    const place = () => {
      frame = 0;
      const due = equations.filter((equation) => near.has(equation) && stale.has(equation));
      for (const equation of due) stale.delete(equation);
      placeTags(due);
    };
    // Measured at the next frame, not in the middle of rendering (or hydrating) the page.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    const remeasureAll = () => {
      for (const equation of equations) stale.add(equation);
      schedule();
    };
    // Widths change once KaTeX's fonts replace the fallback font.
    void document.fonts.ready.then(() => {
      if (root.current === element) remeasureAll();
    });
    const inView = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const equation = entry.target as HTMLElement;
          if (entry.isIntersecting) near.add(equation);
          else near.delete(equation);
        }
        schedule();
      },
      { rootMargin: "50% 0px" },
    );
    for (const equation of equations) inView.observe(equation);
    // The observer reports the first width as it starts, at the next frame.
    let width: number | undefined;
    const resized = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      remeasureAll();
    });
    resized.observe(element);
    return () => {
      inView.disconnect();
      resized.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [root, ready, pageKey]);
}
