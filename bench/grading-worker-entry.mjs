// Entry of the grading benchmark's worker threads: registers tsx in the thread, then runs the
// TypeScript worker (Node 20 does not pass the main thread's loader to workers).
import { register } from "tsx/esm/api";

register();
await import("./grading-worker.ts");
