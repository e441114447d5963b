import { wrap, type Remote } from "comlink";
import type { KernelApi, RunRequest, RunResult } from "./contract";

/** Default time a cell may run before the watchdog stops it. */
export const defaultWatchdogMs = 10_000;

export type KernelStatus = "starting" | "idle" | "busy" | "restarting";

/** Why a run produced no result. */
export type RunOutcome =
  | { kind: "done"; result: RunResult }
  | { kind: "superseded" }
  | { kind: "stopped"; reason: "watchdog" | "interrupted" | "restarted"; afterMs: number };

interface Pending {
  request: RunRequest;
  resolve: (outcome: RunOutcome) => void;
}

/**
 * The page's handle on one notebook's worker. Runs are queued per kernel; a newer request for a
 * cell replaces an older one still waiting (a slider drag runs only the latest values). A run
 * that exceeds the watchdog, or that the user interrupts, terminates the worker, which restarts.
 */
export class KernelClient {
  private worker: Worker | undefined;
  private remote: Remote<KernelApi> | undefined;
  private queue: Pending[] = [];
  private current:
    (Pending & { stop: (reason: "watchdog" | "interrupted" | "restarted") => void }) | undefined;
  private listeners = new Set<(status: KernelStatus) => void>();
  status: KernelStatus = "starting";

  constructor(
    private readonly createWorker: () => Worker,
    public watchdogMs = defaultWatchdogMs,
  ) {
    this.start();
  }

  /** Follows status changes (for the kernel indicator). Returns an unsubscribe function. */
  subscribe(listener: (status: KernelStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a run; resolves when it finishes, is superseded by a newer run of its cell, or is stopped. */
  run(request: RunRequest): Promise<RunOutcome> {
    return new Promise((resolve) => {
      const stale = this.queue.find((pending) => pending.request.cellId === request.cellId);
      if (stale) {
        this.queue = this.queue.filter((pending) => pending !== stale);
        stale.resolve({ kind: "superseded" });
      }
      this.queue.push({ request, resolve });
      this.pump();
    });
  }

  /** Stops the running cell (the worker is replaced) and drops queued runs. */
  interrupt(): void {
    for (const pending of this.queue)
      pending.resolve({ kind: "stopped", reason: "interrupted", afterMs: 0 });
    this.queue = [];
    this.current?.stop("interrupted");
  }

  /** Starts a fresh worker: every cell's state is gone, queued runs are dropped. */
  restart(): void {
    for (const pending of this.queue)
      pending.resolve({ kind: "stopped", reason: "restarted", afterMs: 0 });
    this.queue = [];
    if (this.current) this.current.stop("restarted");
    else this.replaceWorker();
  }

  /** Ends the worker for good. */
  dispose(): void {
    this.interrupt();
    this.worker?.terminate();
    this.listeners.clear();
  }

  private setStatus(status: KernelStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  private start(): void {
    this.worker = this.createWorker();
    this.remote = wrap<KernelApi>(this.worker);
    this.setStatus("starting");
    void this.remote.ping().then(() => {
      if (this.status === "starting") this.setStatus(this.current ? "busy" : "idle");
    });
  }

  private replaceWorker(): void {
    this.worker?.terminate();
    this.setStatus("restarting");
    this.start();
  }

  private pump(): void {
    if (this.current || !this.remote) return;
    const next = this.queue.shift();
    if (!next) {
      if (this.status === "busy") this.setStatus("idle");
      return;
    }
    const started = performance.now();
    let settled = false;
    const finish = (outcome: RunOutcome) => {
      if (settled) return;
      settled = true;
      window.clearTimeout(timer);
      this.current = undefined;
      next.resolve(outcome);
      this.pump();
    };
    const stop = (reason: "watchdog" | "interrupted" | "restarted") => {
      this.replaceWorker();
      finish({ kind: "stopped", reason, afterMs: performance.now() - started });
    };
    const timer = window.setTimeout(() => stop("watchdog"), this.watchdogMs);
    this.current = { ...next, stop };
    this.setStatus("busy");
    this.remote.run(next.request).then(
      (result) => {
        // A newer request for the same cell is waiting: this result is already stale.
        const newer = this.queue.some((pending) => pending.request.cellId === next.request.cellId);
        finish(newer ? { kind: "superseded" } : { kind: "done", result });
      },
      (error: unknown) =>
        finish({
          kind: "done",
          result: {
            cellId: next.request.cellId,
            outputs: [],
            logs: [],
            error: {
              name: "KernelError",
              message: error instanceof Error ? error.message : String(error),
              line: undefined,
            },
            durationMs: performance.now() - started,
          },
        }),
    );
  }
}
