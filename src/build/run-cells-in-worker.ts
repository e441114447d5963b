import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { CellRunAnswer, CellRunner } from "../content/compiler/cell-outputs";

// The build runs every cell once to print its first output. In the page a cell runs in a Web
// Worker that a watchdog ends; at build time a cell run in the build's own thread could not be
// stopped (`while (true) {}` never yields to a timer), so the build would hang. This runner keeps
// one Node worker thread for all the build's cells and ends it when a cell overruns its limit; the
// next cell starts a fresh one.

/** A cell runner in a worker thread, with a way to end the thread. */
export type WorkerCellRunner = CellRunner & {
  /** Ends the worker thread (a later run starts a new one). */
  close(): Promise<void>;
};

/** The worker thread's side: loads the runner's module, then answers one run at a time. */
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const describe = (error) => (error instanceof Error ? error.name + ": " + error.message : String(error));
const loaded = import(workerData.tsxApi)
  .then(({ tsImport }) => tsImport(workerData.module, workerData.module))
  .then((module) => module[workerData.exportName]);
loaded.then(
  (run) => parentPort.postMessage(typeof run === "function"
    ? { ready: true }
    : { failed: workerData.exportName + " is not a function exported by " + workerData.module }),
  (error) => parentPort.postMessage({ failed: describe(error) }),
);
parentPort.on("message", async ({ id, request }) => {
  try {
    const answer = await (await loaded)(request);
    parentPort.postMessage({ id, answer });
  } catch (error) {
    parentPort.postMessage({ id, error: describe(error) });
  }
});
`;

type WorkerMessage =
  | { ready: true }
  | { failed: string }
  | { id: number; answer: CellRunAnswer }
  | { id: number; error: string };

/**
 * The URL of tsx's ES module API, which the worker thread loads TypeScript modules with (Node
 * does not run TypeScript itself). Resolved from its package's exports, as `import` would.
 */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import?: { default?: string } }>;
  };
  const entry = exports["./esm/api"]?.import?.default;
  if (!entry) throw new Error("tsx does not export ./esm/api for import");
  return pathToFileURL(join(dirname(manifest), entry)).href;
}

interface Pending {
  id: number;
  request: Parameters<CellRunner>[0];
  resolve: (answer: CellRunAnswer) => void;
  reject: (error: Error) => void;
}

/**
 * A `CellRunner` that runs each cell with the function `exportName` of `module` (a file URL, for
 * example of the kernel's `run-with-lab.ts`) in one worker thread, one cell at a time. A cell that
 * has not answered `timeLimitMs` after it started is stopped: the thread is ended and the run
 * rejects with "did not finish within N s", so the build reports it instead of hanging.
 */
export function cellRunnerInWorker(options: {
  module: string;
  exportName: string;
  timeLimitMs: number;
}): WorkerCellRunner {
  const queue: Pending[] = [];
  let nextId = 1;
  let worker: Worker | undefined;
  let ready = false;
  let running: { pending: Pending; timer: ReturnType<typeof setTimeout> } | undefined;

  const stop = (): Promise<void> => {
    const ending = worker;
    worker = undefined;
    ready = false;
    return ending ? ending.terminate().then(() => undefined) : Promise.resolve();
  };

  const finish = (): Pending | undefined => {
    const current = running;
    if (!current) return undefined;
    clearTimeout(current.timer);
    running = undefined;
    return current.pending;
  };

  const failAll = (error: Error): void => {
    const current = finish();
    current?.reject(error);
    for (const pending of queue.splice(0)) pending.reject(error);
  };

  const start = (): void => {
    const thread = new Worker(workerSource, {
      eval: true,
      workerData: { tsxApi: tsxApiUrl(), module: options.module, exportName: options.exportName },
    });
    thread.on("message", (message: WorkerMessage) => {
      if (thread !== worker) return;
      if ("ready" in message) {
        ready = true;
        next();
      } else if ("failed" in message) {
        void stop();
        failAll(new Error(`the cell runner could not start: ${message.failed}`));
      } else {
        const current = finish();
        if (current?.id !== message.id) return;
        if ("answer" in message) current.resolve(message.answer);
        else current.reject(new Error(message.error));
        next();
      }
    });
    thread.on("error", (error) => {
      if (thread !== worker) return;
      void stop();
      failAll(error);
    });
    thread.on("exit", (code) => {
      if (thread !== worker) return;
      worker = undefined;
      ready = false;
      failAll(new Error(`the cell runner's thread exited with code ${code}`));
    });
    worker = thread;
  };

  const next = (): void => {
    if (running) return;
    // An idle thread does not keep the process alive: the build ends without closing it.
    if (queue.length === 0) {
      worker?.unref();
      return;
    }
    if (!worker) start();
    worker!.ref();
    if (!ready) return;
    const pending = queue.shift()!;
    const timer = setTimeout(() => {
      if (running?.pending !== pending) return;
      finish();
      void stop();
      pending.reject(
        new Error(`did not finish within ${formatSeconds(options.timeLimitMs)} s and was stopped`),
      );
      next();
    }, options.timeLimitMs);
    running = { pending, timer };
    worker!.postMessage({ id: pending.id, request: pending.request });
  };

  const run = (request: Parameters<CellRunner>[0]): Promise<CellRunAnswer> =>
    new Promise<CellRunAnswer>((resolve, reject) => {
      queue.push({ id: nextId++, request, resolve, reject });
      next();
    });

  return Object.assign(run, {
    close: async () => {
      const error = new Error("the cell runner was closed");
      const ending = stop();
      failAll(error);
      await ending;
    },
  });
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
