import { wrap, type Remote } from "comlink";
import type { KernelApi, RunRequest, RunResult } from "./contract";
import { ResultCache, runKey } from "./result-cache";
import type { RunOutcome, StopReason } from "./run-outcome";
import { RunQueue } from "./run-queue";
import { pageClock, startWatchdog, type WatchdogClock } from "./watchdog";

export type { RunOutcome } from "./run-outcome";

/** Default time a cell may run before the watchdog stops it. */
export const defaultWatchdogMs = 10_000;

export type KernelStatus = "starting" | "idle" | "busy" | "restarting";

/** The run in the worker: a requested one, or one made ahead that requests may wait for. */
interface CurrentRun {
  cellId: string;
  key: string | undefined;
  ahead: boolean;
  waiting: ((outcome: RunOutcome) => void)[];
  stop: (reason: StopReason) => void;
}

/** Results kept for reuse, and the longest run worth making ahead of time. */
const aheadLimit = 32;
const aheadMaxMs = 200;

/**
 * The page's handle on one notebook's worker. Runs are queued per kernel; a newer request for a
 * cell replaces an older one still waiting (a slider drag runs only the latest values). A run
 * that exceeds the watchdog, or that the user interrupts, terminates the worker, which restarts.
 */
export class KernelClient {
  private worker: Worker | undefined;
  private remote: Remote<KernelApi> | undefined;
  private readonly queue = new RunQueue();
  private current: CurrentRun | undefined;
  /** Results of recent runs (see `run` and `runAhead`). */
  private readonly results = new ResultCache(aheadLimit);
  private listeners = new Set<(status: KernelStatus) => void>();
  private disposed = false;
  /** "idle" until the worker is first needed: it starts with the first run (or `warm`). */
  status: KernelStatus = "idle";

  constructor(
    private readonly createWorker: () => Worker,
    public watchdogMs = defaultWatchdogMs,
    private readonly clock: WatchdogClock = pageClock,
  ) {}

  /**
   * Starts the worker if it has not started yet, so that the first run does not wait for it (a
   * page whose outputs came with its HTML calls this once the browser is idle).
   */
  warm(): void {
    if (!this.worker) this.start();
  }

  /** Follows status changes (for the kernel indicator). Returns an unsubscribe function. */
  subscribe(listener: (status: KernelStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Queues a run; resolves when it finishes, is superseded by a newer run of its cell, or is
   * stopped. With `reuse`, a run the kernel has already made with the same cell, source,
   * parameters and seed (a slider moved back, or a value computed ahead) answers at once, and
   * one being made ahead is waited for rather than started again; without it the cell always
   * runs afresh (the Run button).
   */
  run(request: RunRequest, options: { reuse?: boolean } = {}): Promise<RunOutcome> {
    return new Promise((resolve) => {
      // A run of this cell still waiting is stale, whether or not this one needs the kernel.
      this.queue.withdraw(request.cellId)?.resolve({ kind: "superseded" });
      const key = options.reuse ? runKey(request) : undefined;
      const known = this.results.get(key);
      if (known) {
        resolve({ kind: "done", result: known });
        return;
      }
      if (key !== undefined && this.current?.ahead && this.current.key === key) {
        this.current.waiting.push(resolve);
        return;
      }
      this.queue.push({ request, resolve });
      this.pump();
    });
  }

  /**
   * Makes these runs while the kernel has nothing else to do, keeping their results for `run`
   * with `reuse`: the values a slider reaches next, so its next step draws at once. Replaces the
   * runs asked for ahead before; a requested run waits for at most the one already started.
   * Only for cells whose last run took under 0.2 s.
   */
  runAhead(requests: RunRequest[], lastDurationMs: number): void {
    if (lastDurationMs >= aheadMaxMs) return;
    this.queue.setAhead(
      requests.filter((request) => {
        const key = runKey(request);
        return key !== undefined && !this.results.has(key);
      }),
    );
    this.pump();
  }

  /** Stops the running cell (the worker is replaced) and drops queued runs. */
  interrupt(): void {
    this.dropQueued("interrupted");
    this.current?.stop("interrupted");
  }

  /**
   * Stops one cell's run: its waiting run is dropped, and if it is the one running, the worker is
   * replaced. Other cells' waiting runs go on.
   */
  stopCell(cellId: string): void {
    this.queue.withdraw(cellId)?.resolve({ kind: "stopped", reason: "interrupted", afterMs: 0 });
    if (this.current && !this.current.ahead && this.current.cellId === cellId)
      this.current.stop("interrupted");
  }

  /** Starts a fresh worker: every cell's state is gone, queued runs are dropped. */
  restart(): void {
    this.dropQueued("restarted");
    if (this.current) this.current.stop("restarted");
    else this.replaceWorker();
  }

  /** Tells every waiting run it was stopped, and forgets results and runs asked for ahead. */
  private dropQueued(reason: StopReason): void {
    for (const pending of this.queue.drain())
      pending.resolve({ kind: "stopped", reason, afterMs: 0 });
    this.results.clear();
  }

  /** Ends the worker for good. */
  dispose(): void {
    this.disposed = true;
    this.interrupt();
    this.worker?.terminate();
    // Nothing runs any more, not even a run asked for ahead by a cell still on screen.
    this.worker = undefined;
    this.remote = undefined;
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
      if (this.status === "starting")
        this.setStatus(this.current && !this.current.ahead ? "busy" : "idle");
    });
  }

  private replaceWorker(): void {
    this.worker?.terminate();
    this.setStatus("restarting");
    this.start();
  }

  /** Starts the next waiting run when the worker is free. */
  private pump(): void {
    if (this.current || this.disposed) return;
    const next = this.queue.next();
    if (!next) {
      if (this.status === "busy") this.setStatus("idle");
      return;
    }
    const { request, pending } = next;
    // The worker starts with the first run it is needed for.
    if (!this.remote) this.start();
    const remote = this.remote as Remote<KernelApi>;
    const ahead = pending === undefined;
    const key = runKey(request);
    let settled = false;
    const finish = (outcome: RunOutcome) => {
      if (settled) return;
      settled = true;
      watchdog.disarm();
      this.current = undefined;
      pending?.resolve(outcome);
      for (const resolve of current.waiting) resolve(outcome);
      this.pump();
    };
    const current: CurrentRun = {
      cellId: request.cellId,
      key,
      ahead,
      waiting: [],
      stop: (reason) => {
        this.replaceWorker();
        finish({ kind: "stopped", reason, afterMs: watchdog.elapsedMs() });
      },
    };
    const watchdog = startWatchdog(this.watchdogMs, () => current.stop("watchdog"), this.clock);
    this.current = current;
    // A run made ahead is the kernel's own business: the indicator shows only requested work.
    if (!ahead) this.setStatus("busy");
    else if (this.status === "busy") this.setStatus("idle");
    remote.run(request).then(
      (result) => {
        // A newer request for the same cell is waiting: this result is already stale.
        const newer = this.queue.hasRequestFor(request.cellId);
        this.results.remember(key, result);
        finish(newer && !ahead ? { kind: "superseded" } : { kind: "done", result });
      },
      (error: unknown) => finish({ kind: "done", result: kernelError(request, error, watchdog) }),
    );
  }
}

/** A result for a run the worker could not make (it threw outside the cell's own code). */
function kernelError(
  request: RunRequest,
  error: unknown,
  watchdog: { elapsedMs(): number },
): RunResult {
  return {
    cellId: request.cellId,
    outputs: [],
    logs: [],
    error: {
      name: "KernelError",
      message: error instanceof Error ? error.message : String(error),
      line: undefined,
    },
    durationMs: watchdog.elapsedMs(),
  };
}
