// The kernel worker: only exposes the cell runner, with the lab in scope. A run's large arrays
// are transferred back to the page, not copied.
import { expose, transfer } from "comlink";
import * as lab from "../lab/index";
import type { KernelApi, RunRequest } from "./contract";
import { runCell } from "./run-cell";
import { transferables } from "./transferables";

const api: KernelApi = {
  async run(request: RunRequest) {
    const result = await runCell(request.cellId, request.source, {
      lab,
      params: request.params,
      seed: request.seed,
      data: request.data,
    });
    return transfer(result, transferables(result.outputs));
  },
  async ping() {
    return "pong";
  },
};

expose(api);
