import type { ParamValues, RunResult } from "./contract";
import { describeError, runtimeErrorLine, syntaxErrorLine } from "./locate-error";
import type { CellOutput } from "./output-types";
import { createShow } from "./show";

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...argumentsAndBody: string[]
) => (...values: unknown[]) => Promise<unknown>;

/** Where the cell's code says it comes from, so stack lines can be told apart. */
const sourceMarker = "notebook-cell.js";

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
  let body: (...values: unknown[]) => Promise<unknown>;
  // Strict mode, on the cell's first line so line numbers stay the cell's own.
  try {
    body = new AsyncFunction(
      "lab",
      "params",
      "seed",
      "show",
      "console",
      "data",
      `"use strict";${source}\n//# sourceURL=${sourceMarker}`,
    );
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
