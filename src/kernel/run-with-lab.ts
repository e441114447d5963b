import * as lab from "../lab/index";
import type { RunRequest, RunResult } from "./contract";
import { runCell } from "./run-cell";

/**
 * Runs one cell with the lab in scope, as the worker does for the page. The build runs every
 * cell's first output through this same function, in Node, so the page's printed outputs and the
 * worker's live ones come from one code path.
 */
export function runWithLab(request: RunRequest): Promise<RunResult> {
  return runCell(request.cellId, request.source, {
    lab,
    params: request.params,
    seed: request.seed,
    data: request.data,
  });
}
