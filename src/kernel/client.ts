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

/** The run in the worker: a requested one, or one made ahead that requests may wait for. */
type Current = Pending & {
  key: string | undefined;
  ahead: boolean;
  waiting: ((outcome: RunOutcome) => void)[];
  stop: (reason: "watchdog" | "interrupted" | "restarted") => void;
};

/** Results kept for reuse, and the longest run worth making ahead of time. */
const aheadLimit = 32;
const aheadMaxMs = 200;

/**
 * Short stand-ins for cell sources in request keys: a source is a few kilobytes, and a slider
 * move makes several keys, which would otherwise each copy and escape the whole text.
 */
const sourceIds = new Map<string, number>();
/** Never reused, so a cleared map can never give a new source the id of a cached one. */
let lastSourceId = 0;

/** A run's identity for reuse: runs with data (exercise instances) are never reused. */
function requestKey(request: RunRequest): string | undefined {
  if (request.data !== undefined) return undefined;
  let sourceId = sourceIds.get(request.source);
  if (sourceId === undefined) {
    // Edited sources come and go; forgetting them all now and then keeps the map small.
    if (sourceIds.size >= 256) sourceIds.clear();
    sourceId = ++lastSourceId;
    sourceIds.set(request.source, sourceId);
  }
  return JSON.stringify([request.cellId, request.seed, request.params, sourceId]);
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
  private current: Current | undefined;
  /** Results of recent runs by request key, oldest first (see `run` and `runAhead`). */
  private results = new Map<string, RunResult>();
  private aheadQueue: RunRequest[] = [];
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

  /**
   * Queues a run; resolves when it finishes, is superseded by a newer run of its cell, or is
   * stopped. With `reuse`, a run the kernel has already made with the same cell, source,
   * parameters and seed (a slider moved back, or a value computed ahead) answers at once, and
   * one being made ahead is waited for rather than started again; without it the cell always
   * runs afresh (the Run button).
   */
  run(request: RunRequest, options: { reuse?: boolean } = {}): Promise<RunOutcome> {
    return new Promise((resolve) => {
      const stale = this.queue.find((pending) => pending.request.cellId === request.cellId);
      if (stale) {
        this.queue = this.queue.filter((pending) => pending !== stale);
        stale.resolve({ kind: "superseded" });
      }
      const key = options.reuse ? requestKey(request) : undefined;
      const known = key === undefined ? undefined : this.results.get(key);
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
    this.aheadQueue = requests.filter((request) => {
      const key = requestKey(request);
      return key !== undefined && !this.results.has(key);
    });
    this.pump();
  }

  /** Stops the running cell (the worker is replaced) and drops queued runs. */
  interrupt(): void {
    for (const pending of this.queue)
      pending.resolve({ kind: "stopped", reason: "interrupted", afterMs: 0 });
    this.queue = [];
    this.forgetResults();
    this.current?.stop("interrupted");
  }

  /** Starts a fresh worker: every cell's state is gone, queued runs are dropped. */
  restart(): void {
    for (const pending of this.queue)
      pending.resolve({ kind: "stopped", reason: "restarted", afterMs: 0 });
    this.queue = [];
    this.forgetResults();
    if (this.current) this.current.stop("restarted");
    else this.replaceWorker();
  }

  private forgetResults(): void {
    this.results.clear();
    this.aheadQueue = [];
  }

  private remember(key: string | undefined, result: RunResult): void {
    if (key === undefined) return;
    this.results.delete(key);
    this.results.set(key, result);
    if (this.results.size > aheadLimit)
      this.results.delete(this.results.keys().next().value as string);
  }

  /** Ends the worker for good. */
  dispose(): void {
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

  private pump(): void {
    if (this.current || !this.remote) return;
    const requested = this.queue.shift();
    const aheadRequest = requested ? undefined : this.aheadQueue.shift();
    const next: Pending | undefined =
      requested ?? (aheadRequest && { request: aheadRequest, resolve: () => undefined });
    if (!next) {
      if (this.status === "busy") this.setStatus("idle");
      return;
    }
    const ahead = requested === undefined;
    const key = requestKey(next.request);
    const started = performance.now();
    let settled = false;
    const finish = (outcome: RunOutcome) => {
      if (settled) return;
      settled = true;
      window.clearTimeout(timer);
      const { waiting } = current;
      this.current = undefined;
      next.resolve(outcome);
      for (const resolve of waiting) resolve(outcome);
      this.pump();
    };
    const stop = (reason: "watchdog" | "interrupted" | "restarted") => {
      this.replaceWorker();
      finish({ kind: "stopped", reason, afterMs: performance.now() - started });
    };
    const timer = window.setTimeout(() => stop("watchdog"), this.watchdogMs);
    const current: Current = { ...next, key, ahead, waiting: [], stop };
    this.current = current;
    // A run made ahead is the kernel's own business: the indicator shows only requested work.
    if (!ahead) this.setStatus("busy");
    else if (this.status === "busy") this.setStatus("idle");
    this.remote.run(next.request).then(
      (result) => {
        // A newer request for the same cell is waiting: this result is already stale.
        const newer = this.queue.some((pending) => pending.request.cellId === next.request.cellId);
        this.remember(key, result);
        finish(newer && !ahead ? { kind: "superseded" } : { kind: "done", result });
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
