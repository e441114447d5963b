import type { CellParam } from "../model/notebook-types";
import { encodeRun, sourceHash } from "../model/output-codec";
import type { ChapterSources, CompiledChapter } from "./compile-chapter";
import { ContentError, ProblemList } from "./content-error";
import { parseNotebooks } from "./compile-notebooks";
import { defaultParams } from "./notebook-cells";

// Every cell's first output, computed when the site is built: each notebook code cell with its
// declared defaults, and each lesson figure with its fixed parameters, all with seed 1 (the seed a
// cell starts with on the page). The build runs them through the same runner as the worker (the
// caller passes it in: this compiler does not import the kernel), so the outputs printed in the
// page are exactly what the worker would answer, and the worker is needed only once the reader
// changes something. A cell that cannot give its first output fails the build at `file:line:column`.

/** What a cell runner answers: the worker's `RunResult`, as far as the build needs it. */
export interface CellRunAnswer {
  outputs: unknown[];
  error: { name: string; message: string; line: number | undefined } | undefined;
  durationMs: number;
}

/** Runs one cell: the kernel's `runCell` with the lab in scope, or a test double. */
export type CellRunner = (request: {
  cellId: string;
  source: string;
  params: Record<string, number | string | boolean>;
  seed: number;
}) => Promise<CellRunAnswer>;

/** One run the build makes, and where its source sits (for messages). */
export interface CellRun {
  /**
   * The run's id, as the page asks for it: a cell's id, or `<cell>:<figure id>` for a figure
   * (the id the figure's own run uses on the page).
   */
  key: string;
  cellId: string;
  source: string;
  params: Record<string, number | string | boolean>;
  seed: number;
  /** The file and line a problem is reported at (a cell's first code line, a figure's line). */
  file: string;
  line: number;
  /** The file line of the cell's first code line, to place an error inside the cell's code. */
  codeFile: string;
  codeLine: number;
}

/** The seed every cell starts with on the page (see `CodeCell`'s `initialSeed`). */
export const initialSeed = 1;

/** Longest a cell may take at build time, as long as the page's watchdog lets it run. */
export const defaultTimeLimitMs = 10_000;

/** A notebook code cell as the build needs it: its id, code, declared parameters and line. */
export interface BuildCell {
  id: string;
  source: string;
  params: Record<string, CellParam>;
  /** File line of the cell's first code line. */
  line: number;
}

/** The runs of a notebook's code cells at their defaults. */
export function notebookRuns(cells: readonly BuildCell[], file: string): CellRun[] {
  return cells.map((cell) => ({
    key: cell.id,
    cellId: cell.id,
    source: cell.source,
    params: defaultParams(cell.params),
    seed: initialSeed,
    file,
    line: cell.line,
    codeFile: file,
    codeLine: cell.line,
  }));
}

/** The line of `::figure[…]{#id …}` in a lesson or page file, if it is there. */
function figureLine(text: string, id: string): number | undefined {
  const lines = text.split("\n");
  const index = lines.findIndex(
    (line) => line.startsWith("::figure") && new RegExp(`\\{#${id}[\\s}]`).test(line),
  );
  return index < 0 ? undefined : index + 1;
}

/**
 * Every run the chapter needs at build time: each code cell of each notebook, and each figure of
 * each lesson and page (its cell with its defaults, overridden by the figure's `params`).
 */
export function chapterRuns(sources: ChapterSources, chapter: CompiledChapter): CellRun[] {
  const problems = new ProblemList();
  const parsed = parseNotebooks(sources.notebooks ?? [], problems);
  const runs: CellRun[] = [];
  const cells = new Map<string, { cell: BuildCell; file: string }>();
  for (const notebook of parsed) {
    const code = notebook.pieces.flatMap((piece) => (piece.kind === "code" ? [piece.cell] : []));
    for (const cell of code) cells.set(cell.id, { cell, file: notebook.file });
    runs.push(...notebookRuns(code, notebook.file));
  }
  const texts = [...sources.lessons.values(), ...sources.pages];
  for (const block of [...chapter.lessons, ...chapter.pages].flatMap((page) => page.blocks)) {
    if (block.kind !== "figure") continue;
    const found = cells.get(block.cell);
    // The compiler has already reported a figure whose cell does not exist.
    if (!found) continue;
    const source = texts.find((text) => figureLine(text.text, block.id) !== undefined);
    runs.push({
      key: figureRunKey(block.cell, block.id),
      cellId: block.cell,
      source: found.cell.source,
      params: { ...defaultParams(found.cell.params), ...block.params },
      seed: initialSeed,
      file: source?.file ?? found.file,
      line: source ? (figureLine(source.text, block.id) ?? 1) : found.cell.line,
      codeFile: found.file,
      codeLine: found.cell.line,
    });
  }
  return runs;
}

/** The run id of figure `figureId` drawn by cell `cellId` (the page uses the same). */
export function figureRunKey(cellId: string, figureId: string): string {
  return `${cellId}:${figureId}`;
}

/** The computed outputs, as JSON text per run key, and how long the runs took. */
export interface ComputedOutputs {
  /** Each run written by `encodeRun` (its inputs, duration and outputs), by run key. */
  encoded: Map<string, string>;
  /** Each run's outputs as the runner gave them, by run key (for rendering them in Node). */
  outputs: Map<string, unknown[]>;
  /** Each run's duration in milliseconds, by run key. */
  durations: Map<string, number>;
  /** Wall-clock time of all runs together, in milliseconds. */
  totalMs: number;
}

function withTimeLimit<T>(promise: Promise<T>, limitMs: number): Promise<T | "timeout"> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), limitMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs every run with `run`, one after another, and returns each one's outputs (also as JSON
 * text). Throws a ContentError listing, as `file:line:column: message [rule]`, every run that threw, took longer
 * than `timeLimitMs`, or gave outputs that cannot be written as data. A cell whose code runs in
 * one synchronous stretch cannot be interrupted in-process: its time is checked when it returns.
 */
export async function computeCellOutputs(
  runs: readonly CellRun[],
  options: { run: CellRunner; timeLimitMs?: number },
): Promise<ComputedOutputs> {
  const limit = options.timeLimitMs ?? defaultTimeLimitMs;
  const problems = new ProblemList();
  const encoded = new Map<string, string>();
  const outputs = new Map<string, unknown[]>();
  const durations = new Map<string, number>();
  const started = performance.now();
  for (const request of runs) {
    const what =
      request.key === request.cellId
        ? `cell "${request.cellId}"`
        : `figure's cell "${request.cellId}"`;
    const runStarted = performance.now();
    let answer: CellRunAnswer | "timeout";
    try {
      answer = await withTimeLimit(
        options.run({
          cellId: request.key,
          source: request.source,
          params: request.params,
          seed: request.seed,
        }),
        limit,
      );
    } catch (error) {
      problems.add(
        request.file,
        request.line,
        "cell-run",
        `${what} could not run at build time: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    const elapsed = performance.now() - runStarted;
    if (answer === "timeout" || elapsed > limit) {
      problems.add(
        request.file,
        request.line,
        "cell-timeout",
        `${what} took longer than ${limit / 1000} s at build time with ${describeParams(request.params)}`,
      );
      continue;
    }
    if (answer.error) {
      // Inside the cell's own code when the runner located it: point at that line.
      const inCode = answer.error.line !== undefined;
      const file = inCode ? request.codeFile : request.file;
      const line = inCode ? request.codeLine + (answer.error.line ?? 1) - 1 : request.line;
      const figure =
        request.key === request.cellId
          ? ""
          : ` (drawing the figure at ${request.file}:${request.line})`;
      problems.add(
        file,
        line,
        "cell-error",
        `${what} fails at build time with ${describeParams(request.params)}${figure}: ${answer.error.name}: ${answer.error.message}`,
      );
      continue;
    }
    try {
      encoded.set(
        request.key,
        encodeRun({
          params: request.params,
          seed: request.seed,
          source: sourceHash(request.source),
          durationMs: answer.durationMs,
          outputs: answer.outputs,
        }),
      );
    } catch (error) {
      problems.add(
        request.file,
        request.line,
        "cell-outputs",
        `${what} gives outputs that cannot be saved with the page: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    outputs.set(request.key, answer.outputs);
    durations.set(request.key, answer.durationMs);
  }
  if (problems.problems.length > 0) throw new ContentError(problems.problems);
  return { encoded, outputs, durations, totalMs: performance.now() - started };
}

function describeParams(params: Record<string, unknown>): string {
  const entries = Object.entries(params);
  return entries.length === 0
    ? "no parameters"
    : `its parameters at ${entries.map(([name, value]) => `${name}=${String(value)}`).join(", ")}`;
}
