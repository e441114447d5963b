// The kernel worker: only exposes the cell runner, with the lab in scope. A run's large arrays
// are transferred back to the page, not copied.
import { expose, transfer } from "comlink";
import type { KernelApi, RunRequest } from "./contract";
import { runWithLab } from "./run-with-lab";
import { transferables } from "./transferables";

const api: KernelApi = {
  async run(request: RunRequest) {
    const result = await runWithLab(request);
    return transfer(result, transferables(result.outputs));
  },
  async ping() {
    return "pong";
  },
};

expose(api);
