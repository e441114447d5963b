import { proxy, releaseProxy, wrap } from "comlink";
import type {
  GradebookApi,
  GradebookRequest,
  GradebookResponse,
} from "../../kernel/gradebook-contract";

/**
 * Re-grades a batch in a fresh Web Worker (the page never blocks), reporting progress; the
 * worker is ended when the batch is done or cancelled.
 */
export function runGradebook(
  request: GradebookRequest,
  onProgress: (done: number, total: number) => void,
): { result: Promise<GradebookResponse>; cancel: () => void } {
  const worker = new Worker(new URL("../../kernel/gradebook-worker.ts", import.meta.url), {
    type: "module",
    name: "gradebook",
  });
  const api = wrap<GradebookApi>(worker);
  let cancelled: ((reason: Error) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    cancelled = reject;
  });
  const finish = () => {
    api[releaseProxy]();
    worker.terminate();
  };
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener("error", (event) => {
      reject(new Error(event.message || "the grading worker failed to start"));
    });
  });
  const result = Promise.race([api.grade(request, proxy(onProgress)), stopped, failed]).finally(
    finish,
  );
  return {
    result,
    cancel: () => cancelled?.(new Error("cancelled")),
  };
}
