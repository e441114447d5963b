import type { CellOutput } from "./output-types";

/** Parameter values a cell receives as `params`. */
export type ParamValues = Record<string, number | string | boolean>;

/** One run of one cell. */
export interface RunRequest {
  cellId: string;
  source: string;
  params: ParamValues;
  seed: number;
  /** Data the cell sees as `data` (an exercise's instance in its scratch cell). */
  data?: unknown;
}

/** An error located in the cell's own lines (1-based), when the location is known. */
export interface CellError {
  name: string;
  message: string;
  line: number | undefined;
}

/** What a run returns: outputs as plain data, console lines, and an error if it threw. */
export interface RunResult {
  cellId: string;
  outputs: CellOutput[];
  logs: string[];
  error: CellError | undefined;
  durationMs: number;
}

/** The worker's API, exposed with Comlink. */
export interface KernelApi {
  run(request: RunRequest): Promise<RunResult>;
  ping(): Promise<"pong">;
}
