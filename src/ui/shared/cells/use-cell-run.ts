import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { CellParam } from "../../../content/model/notebook-types";
import type { KernelClient } from "../../../kernel/client";
import type { ParamValues, RunResult } from "../../../kernel/contract";
import { useSavedStateRead } from "../../../store/app-store";
import { prerenderedResult, runsArriving } from "../outputs/prerendered-runs";
import { neighbourParams, stepsAround } from "./neighbour-params";

/** What the page shows about a cell's latest run. */
export type CellRunState =
  | { status: "waiting" }
  | { status: "running"; previous: RunResult | undefined }
  | { status: "done"; result: RunResult }
  | { status: "stopped"; message: string; previous: RunResult | undefined };

/** How long the page may stay idle before a cell shown from the build starts its worker anyway. */
const warmTimeoutMs = 3000;

/**
 * Runs a cell on the notebook's kernel when it appears and whenever its parameter values, seed or
 * data change (newer runs supersede older ones), and on demand with `run`: an edited source runs
 * only then (Run, Run all, or a reset), never at each keystroke. A run the build already made
 * (the cell's defaults, a figure's values; see `prerenderedResult`) is shown from the build
 * without the worker, which starts when the browser is idle or the reader engages a control.
 * Keeps the last outputs on screen while a new run is under way. After a control moves, the kernel computes the values one step
 * either side of it ahead (`specs` are the cell's declared parameters), so the next step is drawn
 * without waiting.
 */
export function useCellRun(
  kernel: KernelClient,
  cellId: string,
  source: string,
  params: ParamValues,
  seed: number,
  data?: unknown,
  specs?: Record<string, CellParam>,
) {
  const paramsKey = JSON.stringify(params);
  // Counts arrivals of a navigated-to page's build-time runs (see `fetchPageRuns`), so the cell
  // looks for its run again once they are in.
  const [runsArrived, setRunsArrived] = useState(0);
  // Only a run without data can have been made by the build (data is an exercise's instance).
  const prerendered = useMemo(
    () => (data === undefined ? prerenderedResult(cellId, source, params, seed) : undefined),
    // `paramsKey` stands for the values of `params`; `runsArrived` for the known runs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cellId, source, paramsKey, seed, data, runsArrived],
  );
  // Saved work (edited code, moved sliders) is read right after the page hydrates: the cell then
  // shows what the saved values give, running them if the build did not.
  const savedRead = useSavedStateRead();
  const [state, setState] = useState<CellRunState>(() =>
    prerendered ? { status: "done", result: prerendered } : { status: "waiting" },
  );
  const lastResult = useRef<RunResult | undefined>(prerendered);
  const lastParams = useRef<ParamValues | undefined>(undefined);
  const generation = useRef(0);

  /** Asks the kernel to compute these values of the cell ahead (see `KernelClient.runAhead`). */
  const runAhead = useCallback(
    (values: ParamValues[], lastDurationMs: number) =>
      kernel.runAhead(
        values.map((params) => ({ cellId, source, params, seed, data })),
        lastDurationMs,
      ),
    [kernel, cellId, source, seed, data],
  );

  /** `reuse`: a result the kernel already has for these values will do (not for Run). */
  const execute = useCallback(
    (reuse: boolean) => {
      const mine = ++generation.current;
      const previousParams = lastParams.current;
      lastParams.current = params;
      setState({ status: "running", previous: lastResult.current });
      void kernel.run({ cellId, source, params, seed, data }, { reuse }).then((outcome) => {
        if (mine !== generation.current) return;
        if (outcome.kind === "done") {
          lastResult.current = outcome.result;
          // Drawn at once, effects included: charts move new data into their own store in an
          // effect, so a deferred render would paint the old chart first and the new one a frame
          // or two later.
          flushSync(() => setState({ status: "done", result: outcome.result }));
          // The next steps are computed once this frame is painted, so the worker does not
          // compete with drawing it for the processor.
          const ahead = specs ? neighbourParams(specs, previousParams, params) : [];
          if (ahead.length > 0)
            requestAnimationFrame(() =>
              setTimeout(() => {
                if (mine === generation.current) runAhead(ahead, outcome.result.durationMs);
              }),
            );
        } else if (outcome.kind === "stopped") {
          const message =
            outcome.reason === "watchdog"
              ? `Stopped after ${(outcome.afterMs / 1000).toFixed(1)} s: the cell ran longer than the ${kernel.watchdogMs / 1000} s limit. The kernel was restarted; other cells still run.`
              : outcome.reason === "interrupted"
                ? `Stopped${outcome.afterMs > 0 ? ` after ${(outcome.afterMs / 1000).toFixed(1)} s` : ""}, as asked. The kernel was restarted; other cells still run.`
                : "The kernel was restarted before this run finished.";
          setState({ status: "stopped", message, previous: lastResult.current });
        }
      });
    },
    [kernel, cellId, source, params, seed, data, specs, runAhead],
  );
  const run = useCallback(() => execute(false), [execute]);

  /**
   * The reader is about to move control `name` (the pointer rests on it, or it has focus): the
   * kernel computes its steps either side now, which also warms up the cell's code.
   */
  const engage = useCallback(
    (name: string) => {
      const last = lastResult.current;
      if (specs && last) runAhead(stepsAround(specs, params, name), last.durationMs);
    },
    [specs, params, runAhead],
  );

  useEffect(() => {
    if (prerendered) {
      // The build's result for these values: shown as it is (also when a slider returns to
      // them), superseding any run still under way; the worker is started once the page is idle.
      generation.current += 1;
      lastParams.current = params;
      lastResult.current = prerendered;
      // Unchanged when it shows that result already (as it does from its first render): no
      // render for nothing while the page hydrates.
      setState((current) =>
        current.status === "done" && current.result === prerendered
          ? current
          : { status: "done", result: prerendered },
      );
      const warm = () => kernel.warm();
      if (typeof window.requestIdleCallback === "function") {
        const handle = window.requestIdleCallback(warm, { timeout: warmTimeoutMs });
        return () => window.cancelIdleCallback(handle);
      }
      const handle = setTimeout(warm, warmTimeoutMs);
      return () => clearTimeout(handle);
    }
    // A page reached by navigation may be fetching its build-time runs: wait for them rather
    // than start the worker for a run the build made.
    const arriving = data === undefined ? runsArriving() : undefined;
    if (arriving) {
      let current = true;
      void arriving.then(() => {
        if (current) setRunsArrived((count) => count + 1);
      });
      return () => {
        current = false;
      };
    }
    execute(true);
    return undefined;
    // Re-run when the values change (or saved ones are read), not when a new but equal object
    // arrives, nor when the code is edited: edited code runs on Run only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [paramsKey, seed, kernel, cellId, data, savedRead, runsArrived]);

  return { state, run, engage };
}
