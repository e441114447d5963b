import type { Assignment } from "../../../course/index";
import { assignments } from "virtual:assignments";

/** The course's assignments (content/assignments/*.yaml), compiled and validated at build time. */
export const courseAssignments: readonly Assignment[] = assignments;
