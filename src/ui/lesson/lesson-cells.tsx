import { useLayoutEffect, useMemo, type ReactNode } from "react";
import type { CompiledCodeCell, CompiledNotebook } from "../../content/model/notebook-types";
import type { LessonBlock, LessonModule } from "../../content/model/types";
import { useChapter } from "../shared/chapter/chapter-context";
import { useModule } from "../shared/chapter/use-module";
import { CodeCell } from "../shared/cells/code-cell";
import { LessonBlocks, type EmbedRenderer } from "../shared/prose/lesson-blocks";
import { stackSideCards } from "./side-column-layout";
import { splitAfterElements } from "./split-html";

/** Space between two cards in the side column, in pixels. */
const cardGap = 16;

/**
 * Keeps the cards beside the text from overlapping: each sits beside its heading unless the card
 * above reaches further down, then just below it. Measured again whenever a card or the text
 * changes height (outputs arrive, "Show data" opens, a card is expanded to full width). Cards
 * opened at full width sit in the text's flow and are spaced the same way; the text column grows
 * to hold the last card.
 */
function useStackedSlots(slotsKey: string): void {
  useLayoutEffect(() => {
    const list = [...document.querySelectorAll<HTMLElement>(".lesson-body > .cell-slot")];
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
  }, [slotsKey]);
}

/** The notebook cells that illustrate a lesson, grouped by the section anchor they belong to. */
export function useLessonCells(
  lessonId: string,
): Map<string, { notebook: string; cell: CompiledCodeCell }[]> {
  const { chapter, lessonLoaders } = useChapter();
  // The lesson's own module carries its cells (the page has loaded it already).
  const state = useModule<LessonModule>(lessonId, lessonLoaders[lessonId]);
  const groups = new Map<string, { notebook: string; cell: CompiledCodeCell }[]>();
  if (state.status !== "ready") return groups;
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

type CellGroups = Map<string, { notebook: string; cell: CompiledCodeCell }[]>;

/** A lesson's blocks cut where cards go: runs of blocks, and the anchor of each card's slot. */
type Piece = { kind: "blocks"; blocks: LessonBlock[] } | { kind: "slot"; anchor: string };

/**
 * The blocks with a slot right after the element each group of cells illustrates (its anchor, or
 * the first element of the lesson for cells without one). An HTML block is cut in two there; an
 * anchor that is not a top-level element of an HTML block gets no slot, as before.
 */
function placeSlots(blocks: LessonBlock[], anchors: string[]): Piece[] {
  const pieces: Piece[] = [];
  const pending = new Set(anchors);
  let run: LessonBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== "html") {
      run.push(block);
      continue;
    }
    // Cut after each anchor found in this block, in the order they appear.
    const split = splitAfterElements(block.html, pending);
    split.cuts.forEach((anchor, index) => {
      pending.delete(anchor);
      run.push({ kind: "html", html: split.pieces[index]! });
      pieces.push({ kind: "blocks", blocks: run }, { kind: "slot", anchor });
      run = [];
    });
    const rest = split.pieces[split.cuts.length];
    if (rest) run.push({ kind: "html", html: rest });
  }
  if (run.length > 0) pieces.push({ kind: "blocks", blocks: run });
  return pieces;
}

/**
 * A lesson's blocks with its cells in place: each group right after the heading (or block) it
 * illustrates, beside the text on wide screens (CSS puts the slot in the side column) and inline
 * on narrow ones. Rendered with the page, on the server as in the browser, so the cards and their
 * build-time outputs are in the page's HTML.
 */
export function LessonBlocksWithCells({
  blocks,
  groups,
  renderEmbed,
}: {
  blocks: LessonBlock[];
  groups: CellGroups;
  renderEmbed: EmbedRenderer;
}): ReactNode {
  // The groups are built afresh on every render; their anchors change only with the lesson.
  const anchors = JSON.stringify([...groups.keys()]);
  const pieces = useMemo(
    () => placeSlots(blocks, JSON.parse(anchors) as string[]),
    [blocks, anchors],
  );
  // The slots are found in the page when they change (not kept in state, which would render
  // every card again right after hydration).
  useStackedSlots(pieces.map((piece) => (piece.kind === "slot" ? piece.anchor : "")).join("|"));
  return (
    <>
      {pieces.map((piece, index) =>
        piece.kind === "blocks" ? (
          <LessonBlocks key={`b${index}`} blocks={piece.blocks} renderEmbed={renderEmbed} />
        ) : (
          <div key={`s${piece.anchor}`} className="cell-slot" data-anchor={piece.anchor}>
            {(groups.get(piece.anchor) ?? []).map(({ notebook, cell }) => (
              <CodeCell key={cell.id} cell={cell} notebookId={notebook} placement="lesson" />
            ))}
          </div>
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
