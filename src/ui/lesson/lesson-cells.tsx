import { useEffect, useLayoutEffect, useState } from "react";
import { createPortal } from "react-dom";
import type { CompiledCodeCell, CompiledNotebook } from "../../content/notebook-types";
import type { LessonModule } from "../../content/types";
import { useChapter } from "../content/chapter-context";
import { useModule } from "../content/use-module";
import { CodeCell } from "../notebook/code-cell";
import { stackSideCards } from "./side-column-layout";

/** Space between two cards in the side column, in pixels. */
const cardGap = 16;

/**
 * Keeps the cards beside the text from overlapping: each sits beside its heading unless the card
 * above reaches further down, then just below it. Measured again whenever a card or the text
 * changes height (outputs arrive, "Show data" opens, a card is expanded to full width). Cards
 * opened at full width sit in the text's flow and are spaced the same way; the text column grows
 * to hold the last card.
 */
function useStackedSlots(slots: Map<string, HTMLElement>): void {
  useLayoutEffect(() => {
    const list = [...slots.values()];
    const body = list[0]?.closest<HTMLElement>(".lesson-body");
    const grid = body?.parentElement;
    if (!body || !grid) return;
    let frame = 0;
    const layout = () => {
      body.style.setProperty("--lesson-grid-width", `${grid.clientWidth}px`);
      const beside = list.filter(
        (slot) => slot.isConnected && getComputedStyle(slot).position === "absolute",
      );
      const expanded = list.filter(
        (slot) => slot.isConnected && slot.querySelector(".code-cell-expanded") !== null,
      );
      // Only when the cards sit beside the text (wide screens) is there anything to stack.
      const placed = beside.length > 0 ? [...beside, ...expanded] : [];
      placed.sort((a, b) =>
        a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
      for (const slot of list) if (!placed.includes(slot)) slot.style.marginTop = "";
      const cards = placed.map((slot) => ({
        natural: slot.offsetTop - (Number.parseFloat(slot.style.marginTop) || 0),
        height: slot.offsetHeight,
      }));
      const shifts = stackSideCards(cards, cardGap);
      placed.forEach((slot, index) => {
        const shift = shifts[index] ?? 0;
        slot.style.marginTop = shift > 0 ? `${shift}px` : "";
      });
      const last = cards.at(-1);
      body.style.minHeight = last
        ? `${last.natural + (shifts.at(-1) ?? 0) + last.height + cardGap}px`
        : "";
    };
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layout);
    };
    layout();
    const observer = new ResizeObserver(schedule);
    for (const slot of list) observer.observe(slot);
    observer.observe(body);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      for (const slot of list) slot.style.marginTop = "";
      body.style.minHeight = "";
    };
  }, [slots]);
}

/** The notebook cells that illustrate a lesson, grouped by the section anchor they belong to. */
export function useLessonCells(
  lessonId: string,
  textShown: boolean,
): Map<string, { notebook: string; cell: CompiledCodeCell }[]> {
  const { chapter, lessonLoaders } = useChapter();
  // Simulations start once the lesson text is on screen and the browser is idle: reading comes first.
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!textShown) return;
    const handle = window.setTimeout(() => {
      if ("requestIdleCallback" in window)
        window.requestIdleCallback(() => setIdle(true), { timeout: 500 });
      else setIdle(true);
    }, 0);
    return () => window.clearTimeout(handle);
  }, [textShown, lessonId]);
  // The lesson's own module carries its cells (the page has loaded it already).
  const state = useModule<LessonModule>(lessonId, lessonLoaders[lessonId]);
  const groups = new Map<string, { notebook: string; cell: CompiledCodeCell }[]>();
  if (state.status !== "ready" || !idle) return groups;
  for (const cell of state.value.cells) {
    if (cell.lesson?.id !== lessonId) continue;
    // A cell that draws a figure (linked to its `fig-` anchor) is shown as that figure.
    if (cell.lesson.anchor?.startsWith("fig-")) continue;
    const notebook = chapter.cells[cell.id]?.notebook ?? "";
    const anchor = cell.lesson.anchor ?? "";
    groups.set(anchor, [...(groups.get(anchor) ?? []), { notebook, cell }]);
  }
  return groups;
}

/**
 * Places each group of cells right after the heading (or block) it illustrates: beside the text on
 * wide screens (CSS puts the slot in the side column), inline on narrow ones.
 */
export function LessonCellSlots({
  ready,
  groups,
}: {
  ready: boolean;
  groups: Map<string, { notebook: string; cell: CompiledCodeCell }[]>;
}) {
  const [slots, setSlots] = useState<Map<string, HTMLElement>>(new Map());
  const key = [...groups.keys()].join("|");
  useLayoutEffect(() => {
    if (!ready) return;
    const created = new Map<string, HTMLElement>();
    for (const anchor of groups.keys()) {
      const target = anchor
        ? document.getElementById(anchor)
        : document.querySelector(".lesson-body .block-html > :first-child");
      if (!target?.parentElement) continue;
      const slot = document.createElement("div");
      slot.className = "cell-slot";
      target.after(slot);
      created.set(anchor, slot);
    }
    setSlots(created);
    return () => created.forEach((slot) => slot.remove());
    // `key` stands for the set of anchors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, key]);
  useStackedSlots(slots);
  return (
    <>
      {[...slots].map(([anchor, slot]) =>
        createPortal(
          (groups.get(anchor) ?? []).map(({ notebook, cell }) => (
            <CodeCell key={cell.id} cell={cell} notebookId={notebook} placement="lesson" />
          )),
          slot,
          anchor,
        ),
      )}
    </>
  );
}

/** A cell placed in a lesson with `::cell{#id}`, rendered where the author put it. */
export function EmbeddedCell({ id }: { id: string }) {
  const { chapter, notebookLoaders } = useChapter();
  const notebookId = chapter.cells[id]?.notebook ?? "";
  const state = useModule<CompiledNotebook>(`embedded-${notebookId}`, notebookLoaders[notebookId]);
  if (state.status !== "ready") return null;
  const cell = state.value.cells.find((item) => item.kind === "code" && item.id === id);
  return cell?.kind === "code" ? (
    <div className="cell-embed">
      <CodeCell cell={cell} notebookId={notebookId} placement="lesson" />
    </div>
  ) : null;
}
