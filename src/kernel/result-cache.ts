import type { RunRequest, RunResult } from "./contract";

/**
 * Results of recent runs, for reuse when a slider comes back to a value or reaches one computed
 * ahead. Least recently remembered results go first once the cache is full.
 */
export class ResultCache {
  private readonly results = new Map<string, RunResult>();

  constructor(private readonly capacity: number) {}

  /** The result remembered under `key`, if any. */
  get(key: string | undefined): RunResult | undefined {
    return key === undefined ? undefined : this.results.get(key);
  }

  /** Whether a result is remembered under `key`. */
  has(key: string): boolean {
    return this.results.has(key);
  }

  /** Remembers `result` as the newest entry; a run without a key (it has data) is not kept. */
  remember(key: string | undefined, result: RunResult): void {
    if (key === undefined) return;
    this.results.delete(key);
    this.results.set(key, result);
    if (this.results.size > this.capacity) {
      const oldest = this.results.keys().next().value;
      if (oldest !== undefined) this.results.delete(oldest);
    }
  }

  /** Forgets every result (after a restart, a cell's state in the worker is gone). */
  clear(): void {
    this.results.clear();
  }

  get size(): number {
    return this.results.size;
  }
}

/**
 * Short stand-ins for cell sources in run keys: a source is a few kilobytes, and a slider move
 * makes several keys, which would otherwise each copy and escape the whole text.
 */
const sourceIds = new Map<string, number>();
/** Never reused, so a cleared map can never give a new source the id of a cached one. */
let lastSourceId = 0;

/**
 * A run's identity for reuse: cell, seed, parameters and source. Runs with data (exercise
 * instances) have none and are never reused.
 */
export function runKey(request: RunRequest): string | undefined {
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
