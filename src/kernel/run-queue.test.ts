import { describe, expect, it } from "vitest";
import type { RunRequest } from "./contract";
import type { RunOutcome } from "./run-outcome";
import { RunQueue, type PendingRun } from "./run-queue";

const request = (cellId: string, value = 0): RunRequest => ({
  cellId,
  source: "",
  params: { value },
  seed: 1,
});

function pending(cellId: string, value = 0): PendingRun & { outcomes: RunOutcome[] } {
  const outcomes: RunOutcome[] = [];
  return {
    request: request(cellId, value),
    resolve: (outcome) => outcomes.push(outcome),
    outcomes,
  };
}

describe("RunQueue", () => {
  it("serves requested runs first to last, then runs asked for ahead", () => {
    const queue = new RunQueue();
    queue.setAhead([request("c", 5)]);
    queue.push(pending("a"));
    queue.push(pending("b"));
    expect(queue.next()?.request.cellId).toBe("a");
    expect(queue.next()?.request.cellId).toBe("b");
    const ahead = queue.next();
    expect(ahead?.request.params).toEqual({ value: 5 });
    expect(ahead?.pending).toBeUndefined();
    expect(queue.next()).toBeUndefined();
  });

  it("keeps one waiting run per cell: a newer request replaces and returns the older", () => {
    const queue = new RunQueue();
    const first = pending("a", 1);
    expect(queue.push(first)).toBeUndefined();
    expect(queue.push(pending("a", 2))).toBe(first);
    expect(queue.hasRequestFor("a")).toBe(true);
    expect(queue.next()?.request.params).toEqual({ value: 2 });
    expect(queue.hasRequestFor("a")).toBe(false);
  });

  it("withdraws a cell's waiting run and drains everything for the callers to be told", () => {
    const queue = new RunQueue();
    const a = pending("a");
    queue.push(a);
    queue.push(pending("b"));
    queue.setAhead([request("c")]);
    expect(queue.withdraw("a")).toBe(a);
    expect(queue.withdraw("a")).toBeUndefined();
    expect(queue.drain().map((run) => run.request.cellId)).toEqual(["b"]);
    expect(queue.next()).toBeUndefined();
  });
});
