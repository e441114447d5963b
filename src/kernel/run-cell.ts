import type { ParamValues, RunResult } from "./contract";
import { describeError, runtimeErrorLine, syntaxErrorLine } from "./locate-error";
import type { CellOutput } from "./output-types";
import { createShow } from "./show";

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...argumentsAndBody: string[]
) => (...values: unknown[]) => Promise<unknown>;

/** Where the cell's code says it comes from, so stack lines can be told apart. */
const sourceMarker = "notebook-cell.js";

type CellBody = (...values: unknown[]) => Promise<unknown>;

/**
 * Compiled cells by source, most recently used last. A slider rerunning a cell calls the same
 * function again, so the engine keeps what it learned about the cell's code (type feedback,
 * optimised loops) instead of starting cold on every move.
 */
const compiled = new Map<string, CellBody>();
const compiledLimit = 64;

function compileCell(source: string): CellBody {
  const cached = compiled.get(source);
  if (cached) {
    compiled.delete(source);
    compiled.set(source, cached);
    return cached;
  }
  // Strict mode, on the cell's first line so line numbers stay the cell's own.
  const body = new AsyncFunction(
    "lab",
    "params",
    "seed",
    "show",
    "console",
    "data",
    `"use strict";${source}\n//# sourceURL=${sourceMarker}`,
  );
  compiled.set(source, body);
  if (compiled.size > compiledLimit) compiled.delete(compiled.keys().next().value as string);
  return body;
}

function formatLog(values: unknown[]): string {
  return values
    .map((value) =>
      typeof value === "string"
        ? value
        : JSON.stringify(value, (_key, item) =>
            ArrayBuffer.isView(item) ? Array.from(item as Float64Array) : item,
          ),
    )
    .join(" ");
}

/**
 * Runs a cell's JavaScript with `lab`, `params`, `seed`, `show` and a captured `console` in
 * scope. Pure apart from the cell itself: used by the worker, and by Node tests of every cell.
 */
export async function runCell(
  cellId: string,
  source: string,
  scope: { lab: unknown; params: ParamValues; seed: number; data?: unknown },
): Promise<RunResult> {
  const started = performance.now();
  const outputs: CellOutput[] = [];
  const logs: string[] = [];
  const console = {
    log: (...values: unknown[]) => logs.push(formatLog(values)),
    warn: (...values: unknown[]) => logs.push(`warning: ${formatLog(values)}`),
    error: (...values: unknown[]) => logs.push(`error: ${formatLog(values)}`),
  };
  const finish = (error: RunResult["error"]): RunResult => ({
    cellId,
    outputs,
    logs,
    error,
    durationMs: performance.now() - started,
  });
  let body: CellBody;
  try {
    body = compileCell(source);
  } catch (error) {
    return finish(describeError(error, await syntaxErrorLine(source)));
  }
  try {
    await body(
      scope.lab,
      Object.freeze({ ...scope.params }),
      scope.seed,
      createShow(outputs),
      console,
      scope.data,
    );
    return finish(undefined);
  } catch (error) {
    return finish(describeError(error, runtimeErrorLine(error, sourceMarker)));
  }
}
