import { lazy, memo, Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { CompiledCodeCell } from "../../../content/model/notebook-types";
import { useAppStore } from "../../../store/app-store";
import { hrefs } from "../../../content/model/routes";
import { loadOutputView, OutputList } from "../outputs/output-list";
import { kernelFor } from "./use-kernel";
import { ParamControl } from "./param-control";
import { cellShareHref } from "./share-link";
import { useClippedOutputs } from "./use-clipped-outputs";
import { useElapsedSeconds } from "./use-elapsed";
import { useCellRun } from "./use-cell-run";

const CodeEditor = lazy(() => import("./code-editor"));

/**
 * The seed of a cell's random draws, shown and settable: the same seed gives the same sample, so
 * a conclusion can be checked on other samples and a sample can be named to someone else.
 */
function SeedControl({
  seed,
  onChange,
  label,
}: {
  seed: number;
  onChange: (seed: number) => void;
  label: string;
}) {
  const [text, setText] = useState(String(seed));
  const [shown, setShown] = useState(seed);
  // "New sample", Reset or a shared link changed the seed: show it.
  if (shown !== seed) {
    setShown(seed);
    setText(String(seed));
  }
  return (
    <label className="cell-seed" title="The seed of this cell's random draws">
      Seed{" "}
      <input
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        value={text}
        aria-label={label}
        onChange={(event) => {
          setText(event.target.value);
          const value = Number(event.target.value);
          if (Number.isInteger(value) && value >= 1) onChange(value);
        }}
        onBlur={() => setText(String(seed))}
      />
    </label>
  );
}

type Value = number | string | boolean;

/**
 * A runnable notebook cell: parameter controls, its code (viewable, editable), run / reset /
 * copy-link actions, and its outputs. The same component serves the notebook and the lessons.
 */
export const CodeCell = memo(function CodeCell({
  cell,
  notebookId,
  placement,
  initialSeed = 1,
  data,
  shareHref,
}: {
  cell: CompiledCodeCell;
  notebookId: string;
  placement: "notebook" | "lesson" | "scratch";
  initialSeed?: number;
  /** Data in scope as `data` (an exercise's instance, for its scratch cell). */
  data?: unknown;
  /** The route "Copy link" shares, when the cell has none of its own (a scratch cell). */
  shareHref?: string;
}) {
  const stored = useAppStore((state) => state.cells[cell.id]);
  const saveSource = useAppStore((state) => state.saveCellSource);
  const saveParam = useAppStore((state) => state.saveCellParam);
  const resetCell = useAppStore((state) => state.resetCell);
  const [editing, setEditing] = useState(false);
  // Code is folded (except in a scratch cell, which is for writing code), so a cell's controls
  // sit right above its output.
  const [showCode, setShowCode] = useState(placement === "scratch");
  // After Reset, run the original code once it is back.
  const [runAfterReset, setRunAfterReset] = useState(false);
  // The link to copy by hand when the clipboard is refused.
  const [manualLink, setManualLink] = useState<string | undefined>();
  const [seed, setSeed] = useState(initialSeed);
  const [copied, setCopied] = useState(false);
  // Beside a lesson's text, a cell can be opened at the full width of the lesson.
  const [expanded, setExpanded] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const kernel = kernelFor(notebookId);

  const source = stored?.source ?? cell.source;
  const params = useMemo(() => {
    const values: Record<string, Value> = {};
    for (const [name, param] of Object.entries(cell.params))
      values[name] = stored?.params?.[name] ?? param.default;
    return values;
  }, [cell.params, stored?.params]);
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
  useEffect(() => {
    const onRunAll = (event: Event) => {
      if ((event as CustomEvent<string>).detail === notebookId) run();
    };
    window.addEventListener("notebook:run-all", onRunAll);
    return () => window.removeEventListener("notebook:run-all", onRunAll);
  }, [notebookId, run]);
  useEffect(() => {
    if (!runAfterReset) return;
    setRunAfterReset(false);
    run();
  }, [runAfterReset, run]);
  const edited = stored?.source !== undefined && stored.source !== cell.source;
  // While a new run is under way the last outputs stay (dimmed); its error and logs do not, and a
  // stopped run shows only why it stopped.
  const result = state.status === "done" ? state.result : undefined;
  const outputs =
    state.status === "done"
      ? state.result.outputs
      : state.status === "running"
        ? state.previous?.outputs
        : undefined;
  const elapsed = useElapsedSeconds(state.status === "running");

  const clipped = useClippedOutputs(sectionRef, placement === "lesson" && !expanded, outputs);

  const copyLink = async () => {
    const href = shareHref ?? cellShareHref(notebookId, cell.id, params, seed);
    const url = new URL(href, window.location.href).href;
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setManualLink(undefined);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      // Refused (permissions, an insecure page) or unavailable: show the link to copy by hand.
      setManualLink(url);
    }
  };

  return (
    <section
      ref={sectionRef}
      className={`code-cell code-cell-${placement}${expanded ? " code-cell-expanded" : ""}`}
      id={placement === "notebook" ? cell.id : undefined}
      aria-labelledby={`${cell.id}-${placement}-title`}
    >
      {/* The card (border, rounded corners, shadow) is drawn by the section; the body skips
          rendering while out of view. Kept apart because a rounded, paint-contained box around a
          scrolling code view makes software-composited browsers redraw the whole window on every
          frame (~17 ms per frame at 1440 × 900 in headless Chromium). */}
      <div className="code-cell-body">
        <header className="code-cell-header">
          <h3 id={`${cell.id}-${placement}-title`} className="code-cell-title">
            {cell.title}
          </h3>
          <span className={`cell-status cell-status-${state.status}`} role="status">
            {state.status === "running"
              ? elapsed > 0
                ? `Running… ${elapsed} s`
                : "Running…"
              : state.status === "done"
                ? `${state.result.durationMs.toFixed(0)} ms`
                : state.status === "stopped"
                  ? "Stopped"
                  : ""}
          </span>
          {state.status === "running" && elapsed > 0 && (
            <button
              type="button"
              className="cell-stop"
              onClick={() => kernel.stopCell(cell.id)}
              title="Stop this cell's run (the kernel restarts; other cells' runs go on)"
            >
              Stop this cell
            </button>
          )}
        </header>
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
        <div className="cell-toolbar">
          <button type="button" className="primary" onClick={run} title="Run (Shift+Enter)">
            Run
          </button>
          <SeedControl seed={seed} onChange={setSeed} label={`Seed of ${cell.title}`} />
          <button
            type="button"
            onClick={() => setSeed((value) => value + 1)}
            title="Run again with a fresh random sample (the next seed)"
          >
            New sample
          </button>
          <button
            type="button"
            aria-expanded={showCode}
            onClick={() => setShowCode((value) => !value)}
          >
            {showCode ? "Hide code" : "Show code"}
          </button>
          <button
            type="button"
            aria-pressed={editing}
            onClick={() => {
              setShowCode(true);
              setEditing((value) => !value);
            }}
          >
            {editing ? "Done editing" : "Edit code"}
          </button>
          <button
            type="button"
            disabled={!stored}
            onClick={() => {
              resetCell(cell.id);
              setSeed(1);
              setEditing(false);
              setRunAfterReset(true);
            }}
            title="Back to the original code and default parameters"
          >
            Reset
          </button>
          <button
            type="button"
            onClick={() => void copyLink()}
            title="Copy a link that opens this cell with these parameter values"
          >
            {copied ? "Link copied" : "Copy link"}
          </button>
          {placement === "lesson" && (
            <button
              type="button"
              className="cell-expand"
              onClick={() => setExpanded((value) => !value)}
              title={
                expanded ? "Back beside the text" : "Open this cell at the full width of the lesson"
              }
            >
              {expanded ? "Collapse" : "Expand"}
            </button>
          )}
          {placement === "lesson" ? (
            <a className="cell-link" href={hrefs.notebook(notebookId, cell.id)}>
              Open in the notebook
            </a>
          ) : (
            cell.lesson && (
              <a className="cell-link" href={hrefs.lesson(cell.lesson.id, cell.lesson.anchor)}>
                Read the lesson section
              </a>
            )
          )}
        </div>
        {manualLink && (
          <p className="cell-manual-link">
            <label>
              The browser did not allow copying. Copy this link by hand:{" "}
              <input
                type="text"
                readOnly
                value={manualLink}
                aria-label="Link to this cell"
                onFocus={(event) => event.currentTarget.select()}
                ref={(input) => input?.select()}
              />
            </label>{" "}
            <button type="button" className="quiet" onClick={() => setManualLink(undefined)}>
              Close
            </button>
          </p>
        )}
        {edited && (
          <p className="cell-note">You edited this cell. Reset brings back the original.</p>
        )}
        {state.status === "stopped" && (
          <p className="cell-error" role="alert">
            {state.message}
          </p>
        )}
        {result?.error && (
          <p className="cell-error" role="alert">
            <strong>{result.error.name}</strong>
            {result.error.line !== undefined ? ` on line ${result.error.line}` : ""}:{" "}
            {result.error.message}
          </p>
        )}
        {result && result.logs.length > 0 && (
          <pre className="cell-logs">{result.logs.join("\n")}</pre>
        )}
        {clipped && (
          <p className="output-clipped-cue">
            Part of this output is wider than the column: scroll it sideways, or choose Expand to
            open the cell at full width.
          </p>
        )}
        {outputs && <OutputList outputs={outputs} stale={state.status === "running"} />}
        {showCode &&
          (editing ? (
            <Suspense fallback={<pre className="cell-source">{source}</pre>}>
              <CodeEditor
                value={source}
                label={`Code of ${cell.title}`}
                onChange={(value) => saveSource(cell.id, value)}
                onRun={run}
              />
            </Suspense>
          ) : (
            <pre
              className="cell-source"
              tabIndex={0}
              aria-label={`Code of ${cell.title}${edited ? " (edited)" : ""}`}
              onKeyDown={(event) => {
                if (event.key === "Enter" && event.shiftKey) {
                  event.preventDefault();
                  run();
                }
              }}
            >
              <code>{source}</code>
            </pre>
          ))}
      </div>
    </section>
  );
});
