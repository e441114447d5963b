import { memo, Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { CompiledCodeCell } from "../../../content/model/notebook-types";
import { useAppStore } from "../../../store/app-store";
import { loadOutputView, OutputList } from "../outputs/output-list";
import { CellHeader } from "./cell-header";
import { CellMessages, ManualLinkNote } from "./cell-messages";
import { CellSource } from "./cell-source";
import { CellToolbar, type CellPlacement } from "./cell-toolbar";
import { kernelFor } from "./use-kernel";
import { ParamControl } from "./param-control";
import { cellShareHref } from "./share-link";
import { useClippedOutputs } from "./use-clipped-outputs";
import { useCopyLink } from "./use-copy-link";
import { useElapsedSeconds } from "./use-elapsed";
import { useCellRun, type CellRunState } from "./use-cell-run";
import { useRunRequests } from "./use-run-requests";

type Value = number | string | boolean;

/**
 * What a cell shows of its runs: the finished run's result, and the outputs on screen. While a
 * new run is under way the last outputs stay (dimmed); its error and logs do not, and a stopped
 * run shows only why it stopped.
 */
function shownRun(state: CellRunState) {
  return {
    result: state.status === "done" ? state.result : undefined,
    outputs:
      state.status === "done"
        ? state.result.outputs
        : state.status === "running"
          ? state.previous?.outputs
          : undefined,
  };
}

/** The cell's parameter values: the reader's saved ones, else each parameter's default. */
function useParamValues(
  specs: CompiledCodeCell["params"],
  saved: Record<string, Value> | undefined,
): Record<string, Value> {
  return useMemo(() => {
    const values: Record<string, Value> = {};
    for (const [name, param] of Object.entries(specs))
      values[name] = saved?.[name] ?? param.default;
    return values;
  }, [specs, saved]);
}

interface CodeCellProps {
  cell: CompiledCodeCell;
  notebookId: string;
  placement: CellPlacement;
  initialSeed?: number;
  /** Data in scope as `data` (an exercise's instance, for its scratch cell). */
  data?: unknown;
  /** The route "Copy link" shares, when the cell has none of its own (a scratch cell). */
  shareHref?: string;
}

/**
 * A runnable notebook cell: parameter controls, its code (viewable, editable), run / reset /
 * copy-link actions, and its outputs. The same component serves the notebook and the lessons.
 *
 * Each cell is a Suspense boundary of its own, so a prerendered page hydrates its cells after the
 * page around them, in slices the browser interleaves with input and painting (React hydrates a
 * boundary at low priority, yielding every few milliseconds), rather than in one task with the
 * whole page; a cell the reader touches first is hydrated first.
 */
export const CodeCell = memo(function CodeCell(props: CodeCellProps) {
  // Memoised outside the boundary: a page re-rendered before its cells are hydrated (as saved
  // progress is read) passes them equal props, and React leaves them to hydrate later; new props
  // would make React hydrate them at once, in that render's task.
  return (
    <Suspense fallback={null}>
      <CellCard {...props} />
    </Suspense>
  );
});

function CellCard({
  cell,
  notebookId,
  placement,
  initialSeed = 1,
  data,
  shareHref,
}: CodeCellProps) {
  const stored = useAppStore((state) => state.cells[cell.id]);
  const saveSource = useAppStore((state) => state.saveCellSource);
  const saveParam = useAppStore((state) => state.saveCellParam);
  const resetCell = useAppStore((state) => state.resetCell);
  const [editing, setEditing] = useState(false);
  // Code is folded (except in a scratch cell, which is for writing code), so a cell's controls
  // sit right above its output.
  const [showCode, setShowCode] = useState(placement === "scratch");
  const [seed, setSeed] = useState(initialSeed);
  // Beside a lesson's text, a cell can be opened at the full width of the lesson.
  const [expanded, setExpanded] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const kernel = kernelFor(notebookId);
  const link = useCopyLink();

  const source = stored?.source ?? cell.source;
  const params = useParamValues(cell.params, stored?.params);
  const { state, run, engage } = useCellRun(
    kernel,
    cell.id,
    source,
    params,
    seed,
    data,
    cell.params,
  );
  useEffect(() => void loadOutputView(), []);
  const runAfterReset = useRunRequests(notebookId, run);
  const edited = stored?.source !== undefined && stored.source !== cell.source;
  const { result, outputs } = shownRun(state);
  const elapsed = useElapsedSeconds(state.status === "running");
  const clipped = useClippedOutputs(sectionRef, placement === "lesson" && !expanded, outputs);
  const titleId = `${cell.id}-${placement}-title`;

  return (
    <section
      ref={sectionRef}
      className={`code-cell code-cell-${placement}${expanded ? " code-cell-expanded" : ""}`}
      id={placement === "notebook" ? cell.id : undefined}
      aria-labelledby={titleId}
    >
      {/* The card (border, rounded corners, shadow) is drawn by the section, the padding by the
          body; the outputs skip rendering while out of view (notebook.css says why there). */}
      <div className="code-cell-body">
        <CellHeader
          titleId={titleId}
          title={cell.title}
          state={state}
          elapsed={elapsed}
          onStop={() => kernel.stopCell(cell.id)}
        />
        {Object.keys(cell.params).length > 0 && (
          <div className="params" role="group" aria-label={`Parameters of ${cell.title}`}>
            {Object.entries(cell.params).map(([name, param]) => (
              <ParamControl
                key={name}
                name={name}
                param={param}
                value={params[name] ?? param.default}
                onChange={(key, value) => saveParam(cell.id, key, value)}
                onEngage={engage}
              />
            ))}
          </div>
        )}
        <CellToolbar
          cell={cell}
          notebookId={notebookId}
          placement={placement}
          seed={seed}
          onSeed={setSeed}
          onNewSample={() => setSeed((value) => value + 1)}
          onRun={run}
          showCode={showCode}
          onToggleCode={() => setShowCode((value) => !value)}
          editing={editing}
          onToggleEditing={() => {
            setShowCode(true);
            setEditing((value) => !value);
          }}
          canReset={Boolean(stored)}
          onReset={() => {
            resetCell(cell.id);
            setSeed(1);
            setEditing(false);
            runAfterReset();
          }}
          copied={link.copied}
          onCopyLink={() =>
            void link.copy(shareHref ?? cellShareHref(notebookId, cell.id, params, seed))
          }
          expanded={expanded}
          onToggleExpanded={() => setExpanded((value) => !value)}
        />
        {link.manualLink && <ManualLinkNote link={link.manualLink} onClose={link.dismiss} />}
        <CellMessages state={state} result={result} edited={edited} clipped={clipped} />
        {outputs && (
          <OutputList
            id={`${cell.id}-${placement}-outputs`}
            outputs={outputs}
            stale={state.status === "running"}
          />
        )}
        {showCode && (
          <CellSource
            source={source}
            title={cell.title}
            editing={editing}
            edited={edited}
            onChange={(value) => saveSource(cell.id, value)}
            onRun={run}
          />
        )}
      </div>
    </section>
  );
}
