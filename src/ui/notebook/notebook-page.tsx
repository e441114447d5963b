import { useEffect, useState } from "react";
import type { CompiledNotebook } from "../../content/model/notebook-types";
import { useAppStore } from "../../store/app-store";
import { useChapter } from "../shared/chapter/chapter-context";
import { Html } from "../shared/chapter/html";
import { useModule } from "../shared/chapter/use-module";
import { MissingTarget } from "../shared/page-parts/missing-target";
import { CodeCell } from "../shared/cells/code-cell";
import { parseSharedParams } from "../shared/cells/share-link";
import { kernelFor, useKernelStatus } from "../shared/cells/use-kernel";

/**
 * The notebook downloads, with the exercise catalog the exercises notebook is written from: loaded
 * when the reader asks for a file, so the catalog is not part of the app's first JavaScript.
 */
const loadDownloads = () => import("../shared/downloads/notebook-downloads");

const statusText = {
  starting: "Starting…",
  idle: "Ready",
  busy: "Running",
  restarting: "Restarting…",
} as const;

/** A notebook (mirrors theory.ipynb): Markdown and runnable code cells on one worker kernel. */
export function NotebookPage({
  id,
  cellId,
  query,
}: {
  id: string;
  cellId: string | undefined;
  query: URLSearchParams;
}) {
  const { chapter, notebookLoaders } = useChapter();
  const state = useModule<CompiledNotebook>(id, notebookLoaders[id]);
  const meta = chapter.notebookPages.find((notebook) => notebook.id === id);
  const setCellParams = useAppStore((store) => store.setCellParams);
  const queryText = query.toString();
  // What the page did with a shared link's values it could not take as they were.
  const [adjusted, setAdjusted] = useState<string[]>([]);
  const missingCell =
    state.status === "ready" &&
    cellId &&
    !state.value.cells.some((item) => item.kind === "code" && item.id === cellId)
      ? cellId
      : undefined;

  useEffect(() => {
    if (meta) document.title = `${meta.title} · ${chapter.title}`;
  }, [meta, chapter.title]);

  // A shared link carries parameter values (never code): apply them, then show the cell.
  useEffect(() => {
    setAdjusted([]);
    if (state.status !== "ready" || !cellId) return;
    const cell = state.value.cells.find((item) => item.kind === "code" && item.id === cellId);
    if (cell?.kind === "code" && queryText) {
      const { params, adjusted: changes } = parseSharedParams(
        new URLSearchParams(queryText),
        cell.params,
      );
      setAdjusted(changes);
      if (Object.keys(params).length > 0)
        setCellParams(cell.id, { ...useAppStore.getState().cells[cell.id]?.params, ...params });
    }
    document.getElementById(cellId)?.scrollIntoView({ block: "start" });
  }, [state, cellId, queryText, setCellParams]);

  const sharedSeed = cellId
    ? parseSharedParams(new URLSearchParams(queryText), {}).seed
    : undefined;
  const runAll = () => window.dispatchEvent(new CustomEvent("notebook:run-all", { detail: id }));
  // Said once a download could not include the build's outputs.
  const [downloadNote, setDownloadNote] = useState<string | undefined>();
  const download = () => {
    if (state.status !== "ready") return;
    const notebook = state.value;
    void loadDownloads()
      .then(({ downloadNotebook }) => downloadNotebook(notebook))
      .then((included) =>
        setDownloadNote(
          included === "outputs"
            ? undefined
            : "The notebook file with its outputs could not be fetched (are you offline?), so this copy has none: run it in Jupyter to make them.",
        ),
      );
  };

  return (
    <article className="notebook" aria-labelledby="notebook-title">
      <header className="lesson-header">
        <p className="eyebrow">Notebook · {meta?.id}.ipynb</p>
        <h1 id="notebook-title" tabIndex={-1}>
          {meta?.title}
        </h1>
        {meta?.summary && <p className="lede">{meta.summary}</p>}
        <div className="notebook-toolbar" role="toolbar" aria-label="Notebook">
          <button type="button" className="primary" onClick={runAll}>
            Run all
          </button>
          <KernelControls notebookId={id} />
          <span className="notebook-downloads">
            <button type="button" onClick={download} disabled={state.status !== "ready"}>
              Download .ipynb
            </button>
            <button
              type="button"
              onClick={() =>
                void loadDownloads().then(({ downloadExercisesNotebook }) =>
                  downloadExercisesNotebook(),
                )
              }
            >
              Download exercises.ipynb
            </button>
          </span>
        </div>
      </header>
      {downloadNote && (
        <p className="callout" role="status">
          {downloadNote}
        </p>
      )}
      {missingCell && <MissingTarget what="a cell" id={missingCell} />}
      {adjusted.length > 0 && (
        <div className="callout" role="status">
          <p>Some values in the link you followed were changed to fit the cell&apos;s controls:</p>
          <ul>
            {adjusted.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </div>
      )}
      {state.status === "loading" && <p className="loading">Loading the notebook…</p>}
      {state.status === "error" && (
        <p className="callout callout-error" role="alert">
          The notebook could not be loaded: {state.message}
        </p>
      )}
      {state.status === "ready" && (
        <div className="notebook-cells">
          {state.value.cells.map((cell, index) =>
            cell.kind === "markdown" ? (
              <Html key={`md-${index}`} className="prose notebook-markdown" html={cell.html} />
            ) : (
              <CodeCell
                key={cell.id}
                cell={cell}
                notebookId={id}
                placement="notebook"
                initialSeed={cell.id === cellId ? sharedSeed : undefined}
              />
            ),
          )}
        </div>
      )}
    </article>
  );
}

/**
 * Interrupt, restart and the kernel's status. Its own component, so status changes on every run
 * re-render these few elements rather than the whole notebook.
 */
function KernelControls({ notebookId }: { notebookId: string }) {
  const kernel = kernelFor(notebookId);
  const status = useKernelStatus(kernel);
  return (
    <>
      <button type="button" onClick={() => kernel.interrupt()} disabled={status !== "busy"}>
        Interrupt
      </button>
      <button type="button" onClick={() => kernel.restart()}>
        Restart kernel
      </button>
      <span className={`kernel-status kernel-${status}`} role="status">
        Kernel: {statusText[status]}
      </span>
    </>
  );
}
