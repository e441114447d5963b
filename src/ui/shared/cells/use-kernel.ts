import { useSyncExternalStore } from "react";
import { KernelClient, type KernelStatus } from "../../../kernel/client";

const kernels = new Map<string, KernelClient>();

/** One worker per notebook, started on first use and shared by every cell of that notebook. */
export function kernelFor(notebookId: string): KernelClient {
  let kernel = kernels.get(notebookId);
  if (!kernel) {
    kernel = new KernelClient(() =>
      typeof Worker === "undefined"
        ? prerenderWorker()
        : new Worker(new URL("../../../kernel/worker.ts", import.meta.url), {
            type: "module",
            name: `kernel-${notebookId}`,
          }),
    );
    kernels.set(notebookId, kernel);
  }
  return kernel;
}

/**
 * The build prerenders pages in Node, which has no Web Workers: there the kernel gets a worker
 * that never answers, so pages render as they do before the browser's worker has started.
 */
function prerenderWorker(): Worker {
  const inert = {
    postMessage() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
    terminate() {},
  };
  return inert as unknown as Worker;
}

/** The kernel's status, for the indicator next to run all / interrupt / restart. */
export function useKernelStatus(kernel: KernelClient): KernelStatus {
  return useSyncExternalStore(
    (onChange) => kernel.subscribe(onChange),
    () => kernel.status,
    () => kernel.status,
  );
}
