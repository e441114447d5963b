import type { Assignment } from "../../course/assignment-schema";

/** The course's assignments (content/assignments/*.yaml), compiled and validated at build time. */
export const courseAssignments: readonly Assignment[] = [];
