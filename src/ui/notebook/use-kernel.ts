import { useSyncExternalStore } from "react";
import { KernelClient, type KernelStatus } from "../../kernel/client";

const kernels = new Map<string, KernelClient>();

/** One worker per notebook, started on first use and shared by every cell of that notebook. */
export function kernelFor(notebookId: string): KernelClient {
  let kernel = kernels.get(notebookId);
  if (!kernel) {
    kernel = new KernelClient(
      () =>
        new Worker(new URL("../../kernel/worker.ts", import.meta.url), {
          type: "module",
          name: `kernel-${notebookId}`,
        }),
    );
    kernels.set(notebookId, kernel);
  }
  return kernel;
}

/** The kernel's status, for the indicator next to run all / interrupt / restart. */
export function useKernelStatus(kernel: KernelClient): KernelStatus {
  return useSyncExternalStore(
    (onChange) => kernel.subscribe(onChange),
    () => kernel.status,
  );
}
