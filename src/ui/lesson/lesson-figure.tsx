import { lazy, memo, Suspense } from "react";
import type { CompiledCodeCell } from "../../content/model/notebook-types";
import type { CellOutput } from "../../kernel/output-types";
import type { LessonFigure, LessonModule } from "../../content/model/types";
import { useChapter } from "../shared/chapter/chapter-context";
import { Html } from "../shared/chapter/html";
import { useModule } from "../shared/chapter/use-module";
import { useCellRun } from "../shared/cells/use-cell-run";
import { kernelFor } from "../shared/cells/use-kernel";
import { hrefs } from "../../content/model/routes";

const FigureOutputs = lazy(() => import("../shared/outputs/figure-outputs"));

/** Runs the figure's cell once, with the figure's fixed parameters and seed 1, and draws it. */
function FigureRun({
  figure,
  cell,
  notebookId,
}: {
  figure: LessonFigure;
  cell: CompiledCodeCell;
  notebookId: string;
}) {
  // Its own run id, so the interactive copy of the same cell beside the text never supersedes it.
  const { state } = useCellRun(
    kernelFor(notebookId),
    `${cell.id}:${figure.id}`,
    cell.source,
    figure.params,
    1,
  );
  if (state.status === "stopped")
    return (
      <p className="cell-error" role="alert">
        {state.message}
      </p>
    );
  if (state.status !== "done") return <p className="loading">Drawing {figure.label}…</p>;
  if (state.result.error)
    return (
      <p className="cell-error" role="alert">
        {figure.label} could not be drawn: {state.result.error.message}
      </p>
    );
  return (
    <FigureDrawing outputs={state.result.outputs} label={figure.label} runId={`${figure.id}-run`} />
  );
}

/**
 * The figure's drawing, redrawn only when a run delivers new outputs. While the page hydrates,
 * the drawing from the build waits for its chunk inside this boundary; any render that reached
 * the boundary before the chunk arrived would replace that drawing with the fallback.
 */
const FigureDrawing = memo(function FigureDrawing({
  outputs,
  label,
  runId,
}: {
  outputs: CellOutput[];
  label: string;
  runId: string;
}) {
  return (
    <Suspense fallback={<p className="loading">Drawing {label}…</p>}>
      <FigureOutputs outputs={outputs} label={label} runId={runId} />
    </Suspense>
  );
});

/**
 * A numbered figure in a lesson: a notebook cell's outputs drawn with fixed parameters (no
 * controls, no code), its caption with a deep link, a text alternative and the data behind it.
 */
export function LessonFigureView({ figure, lessonId }: { figure: LessonFigure; lessonId: string }) {
  const { chapter, lessonLoaders } = useChapter();
  const notebookId = chapter.cells[figure.cell]?.notebook ?? "";
  // The lesson's own module carries the figure's cell (the page has loaded it already).
  const state = useModule<LessonModule>(lessonId, lessonLoaders[lessonId]);
  const cell =
    state.status === "ready"
      ? state.value.cells.find((item) => item.id === figure.cell)
      : undefined;
  return (
    <figure
      className="lesson-figure"
      id={figure.id}
      aria-labelledby={`${figure.id}-caption`}
      aria-describedby={`${figure.id}-alt`}
    >
      <div className="figure-body">
        {cell ? (
          <FigureRun figure={figure} cell={cell} notebookId={notebookId} />
        ) : state.status === "error" ? (
          <p className="cell-error" role="alert">
            {figure.label} could not be loaded: {state.message}
          </p>
        ) : (
          <p className="loading">Drawing {figure.label}…</p>
        )}
      </div>
      <p className="figure-alt visually-hidden" id={`${figure.id}-alt`}>
        {figure.alt}
      </p>
      <figcaption id={`${figure.id}-caption`}>
        <a className="figure-label" href={hrefs.lesson(lessonId, figure.id)}>
          {figure.label}.
        </a>{" "}
        <Html as="span" html={figure.captionHtml} />
      </figcaption>
    </figure>
  );
}
