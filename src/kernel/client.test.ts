import { expose } from "comlink";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KernelClient } from "./client";
import type { KernelApi, RunRequest } from "./contract";

// The client against a kernel on a MessageChannel in this process: the same Comlink protocol as
// the worker, with a run that records what it was asked and answers with its parameters.
let calls: RunRequest[] = [];
let workersStarted = 0;

function createKernel(watchdogMs?: number): KernelClient {
  return new KernelClient(() => {
    workersStarted += 1;
    const { port1, port2 } = new MessageChannel();
    const api: KernelApi = {
      run(request) {
        calls.push(request);
        // A cell named "endless" never finishes, like `while (true) {}`.
        if (request.cellId === "endless") return new Promise(() => undefined);
        return Promise.resolve({
          cellId: request.cellId,
          outputs: [{ kind: "text", markdown: JSON.stringify(request.params) }],
          logs: [],
          error: undefined,
          durationMs: 1,
        });
      },
      ping: () => Promise.resolve("pong" as const),
    };
    expose(api, port2);
    return Object.assign(port1, {
      terminate: () => {
        port1.close();
        port2.close();
      },
    }) as unknown as Worker;
  }, watchdogMs);
}

const request = (value: number): RunRequest => ({
  cellId: "cell",
  source: "show.text(params)",
  params: { value },
  seed: 1,
});

/** Lets queued messages and promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("KernelClient reuse and runs made ahead", () => {
  let kernel: KernelClient;
  beforeEach(() => {
    vi.stubGlobal("window", globalThis);
    calls = [];
    workersStarted = 0;
    kernel = createKernel();
  });
  afterEach(() => {
    kernel.dispose();
    vi.unstubAllGlobals();
  });

  it("answers a repeated request from the last result only when asked to reuse", async () => {
    const first = await kernel.run(request(1), { reuse: true });
    const reused = await kernel.run(request(1), { reuse: true });
    const fresh = await kernel.run(request(1));
    expect(first.kind).toBe("done");
    expect(reused).toEqual(first);
    expect(fresh.kind).toBe("done");
    expect(calls).toHaveLength(2);
  });

  it("reuses a result only for the same source: an edited cell runs afresh", async () => {
    await kernel.run(request(1), { reuse: true });
    await kernel.run({ ...request(1), source: "show.text(params) // edited" }, { reuse: true });
    await kernel.run(request(1), { reuse: true });
    expect(calls.map((call) => call.source)).toEqual([
      "show.text(params)",
      "show.text(params) // edited",
    ]);
  });

  it("computes the values asked for ahead while idle, and then answers them at once", async () => {
    await kernel.run(request(1), { reuse: true });
    kernel.runAhead([request(0), request(2)], 1);
    await settle();
    expect(calls.map((call) => call.params["value"])).toEqual([1, 0, 2]);
    const next = await kernel.run(request(2), { reuse: true });
    expect(next.kind === "done" && next.result.outputs).toEqual([
      { kind: "text", markdown: '{"value":2}' },
    ]);
    expect(calls).toHaveLength(3);
  });

  it("lets a request wait for the same run already under way ahead, instead of repeating it", async () => {
    await kernel.run(request(1), { reuse: true });
    kernel.runAhead([request(2)], 1);
    const next = await kernel.run(request(2), { reuse: true });
    expect(next.kind).toBe("done");
    expect(calls.map((call) => call.params["value"])).toEqual([1, 2]);
  });

  it("makes nothing ahead for a slow cell, and forgets results on restart", async () => {
    await kernel.run(request(1), { reuse: true });
    kernel.runAhead([request(2)], 500);
    await settle();
    expect(calls).toHaveLength(1);
    kernel.restart();
    await kernel.run(request(1), { reuse: true });
    expect(calls).toHaveLength(2);
  });

  it("runs nothing ahead once disposed, so no watchdog restarts its worker", async () => {
    const quick = createKernel(30);
    await quick.run(request(1), { reuse: true });
    quick.dispose();
    quick.runAhead([request(2)], 1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(calls).toHaveLength(1);
    // This test's kernel only: the one made before each test has run nothing, so has no worker.
    expect(workersStarted).toBe(1);
  });

  it("starts its worker with the first run, or when warmed, not when made", async () => {
    expect(workersStarted).toBe(0);
    expect(kernel.status).toBe("idle");
    const other = createKernel();
    other.warm();
    expect(workersStarted).toBe(1);
    await kernel.run(request(1));
    expect(workersStarted).toBe(2);
    other.dispose();
  });

  it("never reuses a run with data (an exercise's instance)", async () => {
    await kernel.run({ ...request(1), data: { rows: [] } }, { reuse: true });
    await kernel.run({ ...request(1), data: { rows: [] } }, { reuse: true });
    expect(calls).toHaveLength(2);
  });
});

describe("KernelClient stopping one cell", () => {
  let kernel: KernelClient;
  beforeEach(() => {
    vi.stubGlobal("window", globalThis);
    calls = [];
    workersStarted = 0;
    kernel = createKernel();
  });
  afterEach(() => {
    kernel.dispose();
    vi.unstubAllGlobals();
  });

  it("stops that cell's run and lets the other cells' waiting runs go on", async () => {
    const endless = kernel.run({ ...request(1), cellId: "endless" });
    const other = kernel.run({ ...request(2), cellId: "other" });
    await settle();
    kernel.stopCell("other-cell-that-is-not-running");
    kernel.stopCell("endless");
    expect(await endless).toMatchObject({ kind: "stopped", reason: "interrupted" });
    expect(await other).toMatchObject({ kind: "done" });
    expect(workersStarted).toBe(2);
  });
});
