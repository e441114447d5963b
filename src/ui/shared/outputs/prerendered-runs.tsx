import type { ParamValues, RunResult } from "../../../kernel/contract";
import type { CellOutput } from "../../../kernel/output-types";
import { decodeRun, sourceHash, type PrerenderedRun } from "../../../content/model/output-codec";

// The cell runs the build made (every cell at its defaults, every figure at its values; see
// src/content/compiler/cell-outputs.ts), so a page shows their outputs before any worker runs.
// In the build's prerender (Node) they come from the build itself, defined as the global below;
// the prerendered page carries each run it shows as JSON in a <script data-cell-run> beside its
// outputs, which the browser reads back here on its first render: the same outputs, hence the
// same markup, so hydration matches, and the worker starts only when the reader changes something.

/** All the build's runs by run key, defined by the build for its prerender only. */
declare const __PRERENDERED_CELL_RUNS__: Record<string, unknown> | undefined;

interface KnownRun {
  run: PrerenderedRun;
  /** The run as JSON text, as it sits in the page. */
  json: string;
  /** The run as the worker would have answered it (the same object every time). */
  result: RunResult;
}

let known: Map<string, KnownRun> | undefined;
/** Which prerendered run a list of outputs came from, to print it beside them. */
const byOutputs = new WeakMap<CellOutput[], { key: string; json: string }>();

function remember(runs: Map<string, KnownRun>, key: string, json: string): void {
  const run = decodeRun(JSON.parse(json));
  const outputs = run.outputs as CellOutput[];
  const result: RunResult = {
    cellId: key,
    outputs,
    logs: [],
    error: undefined,
    durationMs: run.durationMs,
  };
  runs.set(key, { run, json, result });
  byOutputs.set(outputs, { key, json });
}

function knownRuns(): Map<string, KnownRun> {
  if (known) return known;
  const runs = new Map<string, KnownRun>();
  if (typeof __PRERENDERED_CELL_RUNS__ !== "undefined") {
    for (const [key, value] of Object.entries(__PRERENDERED_CELL_RUNS__))
      remember(runs, key, JSON.stringify(value).replace(/</g, "\\u003c"));
  } else if (typeof document !== "undefined") {
    for (const script of document.querySelectorAll<HTMLScriptElement>("script[data-cell-run]")) {
      const key = script.dataset["cellRun"];
      if (!key || runs.has(key)) continue;
      try {
        remember(runs, key, script.textContent ?? "");
      } catch {
        // A damaged copy in the page: that cell runs in the worker instead.
      }
    }
  }
  known = runs;
  return runs;
}

/** The fetch of a navigated-to page's runs, while it is under way (see `fetchPageRuns`). */
let arriving: Promise<void> | undefined;
/** Pages whose runs were fetched (or are being fetched), by file name. */
const fetchedFiles = new Set<string>();

/**
 * Reads the runs of the prerendered page `file` (a file of the site's folder, as `routeFile`
 * names it) into the known runs, so a page reached by in-app navigation shows its build-time
 * outputs too, not only the page first loaded. The file is the one the service worker precached
 * (offline, a cache hit). Cells with no known run wait for it (see `runsArriving`); a failed
 * fetch or a page without runs leaves them to the worker, as before. Fetched once per file.
 */
export function fetchPageRuns(file: string): void {
  if (fetchedFiles.has(file) || typeof document === "undefined") return;
  fetchedFiles.add(file);
  const runs = knownRuns();
  const load = fetch(file)
    .then((response) => (response.ok ? response.text() : ""))
    .then((html) => {
      const page = new DOMParser().parseFromString(html, "text/html");
      for (const script of page.querySelectorAll<HTMLScriptElement>("script[data-cell-run]")) {
        const key = script.dataset["cellRun"];
        if (!key || runs.has(key)) continue;
        try {
          remember(runs, key, script.textContent ?? "");
        } catch {
          // A damaged copy: that cell runs in the worker instead.
        }
      }
    })
    .catch(() => {
      // Offline without a cached copy, or the server failed: the worker computes the outputs.
      fetchedFiles.delete(file);
    });
  const current = load.finally(() => {
    if (arriving === current) arriving = undefined;
  });
  arriving = current;
}

/** The fetch of a navigated-to page's runs while it is under way, for cells to wait for. */
export function runsArriving(): Promise<void> | undefined {
  return arriving;
}

function sameParams(a: ParamValues, b: ParamValues): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

/**
 * The build's result for this run of a cell (`key`: the cell's id, or `<cell>:<figure>` for a
 * figure) when the build made exactly this run: same code, parameter values and seed. Undefined
 * otherwise (edited code, moved sliders, another seed, a run the build did not make).
 */
export function prerenderedResult(
  key: string,
  source: string,
  params: ParamValues,
  seed: number,
): RunResult | undefined {
  const entry = knownRuns().get(key);
  if (!entry || entry.run.seed !== seed || !sameParams(entry.run.params, params)) return undefined;
  return entry.run.source === sourceHash(source) ? entry.result : undefined;
}

/**
 * The JSON of the prerendered run these outputs came from, printed right after them so the
 * browser's first render finds them (nothing for outputs a worker computed). Its `id` marks the
 * point in the page where those outputs are complete: a prerendered page holds its first paint
 * until its first run's data is parsed (see `src/build/prerender-plugin.ts`).
 */
export function PrerenderedRunData({ outputs, id }: { outputs: CellOutput[]; id: string }) {
  const entry = byOutputs.get(outputs);
  if (!entry) return null;
  return (
    <script
      type="application/json"
      id={id}
      data-cell-run={entry.key}
      dangerouslySetInnerHTML={{ __html: entry.json }}
    />
  );
}
