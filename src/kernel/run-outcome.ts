import type { RunResult } from "./contract";

/** Why a run stopped without a result. */
export type StopReason = "watchdog" | "interrupted" | "restarted";

/** How a requested run ended: a result, replaced by a newer run of its cell, or stopped. */
export type RunOutcome =
  | { kind: "done"; result: RunResult }
  | { kind: "superseded" }
  | { kind: "stopped"; reason: StopReason; afterMs: number };
