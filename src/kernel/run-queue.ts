import type { RunRequest } from "./contract";
import type { RunOutcome } from "./run-outcome";

/** A requested run waiting for the kernel, with the promise it settles. */
export interface PendingRun {
  request: RunRequest;
  resolve: (outcome: RunOutcome) => void;
}

/**
 * What waits for the kernel: requested runs first, in order, at most one per cell (a newer
 * request for a cell replaces the one still waiting, so a slider drag runs only its latest
 * values); then runs asked for ahead, made only when nothing is requested.
 */
export class RunQueue {
  private requested: PendingRun[] = [];
  private ahead: RunRequest[] = [];

  /** Queues a requested run; returns the run of the same cell it replaced, if one was waiting. */
  push(pending: PendingRun): PendingRun | undefined {
    const stale = this.withdraw(pending.request.cellId);
    this.requested.push(pending);
    return stale;
  }

  /** Takes a cell's waiting requested run out of the queue, if there is one, and returns it. */
  withdraw(cellId: string): PendingRun | undefined {
    const stale = this.requested.find((queued) => queued.request.cellId === cellId);
    if (stale) this.requested = this.requested.filter((queued) => queued !== stale);
    return stale;
  }

  /** Replaces the runs asked for ahead. */
  setAhead(requests: RunRequest[]): void {
    this.ahead = requests;
  }

  /** The next run: the oldest requested one, else the next one ahead. */
  next(): { request: RunRequest; pending: PendingRun | undefined } | undefined {
    const pending = this.requested.shift();
    if (pending) return { request: pending.request, pending };
    const request = this.ahead.shift();
    return request ? { request, pending: undefined } : undefined;
  }

  /** Whether a requested run of this cell is waiting. */
  hasRequestFor(cellId: string): boolean {
    return this.requested.some((pending) => pending.request.cellId === cellId);
  }

  /** Removes every waiting run; returns the requested ones, for their callers to be told. */
  drain(): PendingRun[] {
    const drained = this.requested;
    this.requested = [];
    this.ahead = [];
    return drained;
  }
}
