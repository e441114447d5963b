import type { CompiledCodeCell, CompiledNotebook } from "../model/notebook-types";
import type { CompiledLesson, LessonModule } from "../model/types";

/**
 * The notebook code cells a lesson shows: those that illustrate one of its sections (beside the
 * text), those embedded with `::cell`, and those drawn as its figures, in notebook order. The
 * lesson's module carries them, so a lesson route loads these few cells instead of the whole
 * notebook (its prose, and every other lesson's cells) they come from.
 *
 * @param lesson the compiled lesson.
 * @param notebooks every compiled notebook of the chapter.
 * @returns the cells, each once.
 */
export function cellsShownIn(
  lesson: CompiledLesson,
  notebooks: readonly CompiledNotebook[],
): CompiledCodeCell[] {
  const placed = new Set<string>();
  for (const block of lesson.blocks) {
    if (block.kind === "cell") placed.add(block.id);
    if (block.kind === "figure") placed.add(block.cell);
  }
  return notebooks.flatMap((notebook) =>
    notebook.cells.filter(
      (cell): cell is CompiledCodeCell =>
        cell.kind === "code" && (cell.lesson?.id === lesson.id || placed.has(cell.id)),
    ),
  );
}

/**
 * What `virtual:lesson/<id>` exports: the lesson with the cells it shows.
 *
 * @param lesson the compiled lesson.
 * @param notebooks every compiled notebook of the chapter.
 */
export function lessonModule(
  lesson: CompiledLesson,
  notebooks: readonly CompiledNotebook[],
): LessonModule {
  return { ...lesson, cells: cellsShownIn(lesson, notebooks) };
}
