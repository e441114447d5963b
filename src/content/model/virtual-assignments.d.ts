// Types of the `virtual:assignments` module that the assignments plugin generates at build time
// from content/assignments/*.yaml (tsconfig maps the module name here; Vite serves the real one).
import type { Assignment } from "../../course/index";

/** The chapter's assignments, validated at build time, sorted by id. */
export declare const assignments: Assignment[];
