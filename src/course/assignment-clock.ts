/**
 * Time rules of an assignment: open or not, late by how many days, what the late policy leaves,
 * and when feedback and solutions may be shown. Every function takes the time as an argument, so
 * the page, the gradebook and tests agree (tests set the clock).
 */

import type { Assignment } from "./assignment-schema";

const dayMs = 24 * 60 * 60 * 1000;

/** Where an assignment stands at a moment. */
export type AssignmentPhase = "not-open" | "open" | "past-due" | "closed";

/** Reads an ISO date-time (or epoch milliseconds) as epoch milliseconds; NaN when unreadable. */
export function toEpoch(time: string | number): number {
  return typeof time === "number" ? time : Date.parse(time);
}

/**
 * The phase of the assignment at `now`: not open yet, open, past due (late work still earns what
 * the late policy leaves), or closed (past due with the closed policy).
 *
 * @param assignment - the assignment
 * @param now - ISO date-time or epoch milliseconds
 * @returns the phase
 * @example
 * assignmentPhase(assignment, assignment.due); // "open": due is inclusive
 */
export function assignmentPhase(assignment: Assignment, now: string | number): AssignmentPhase {
  const time = toEpoch(now);
  if (time < Date.parse(assignment.opens)) return "not-open";
  if (time <= Date.parse(assignment.due)) return "open";
  return assignment.late.kind === "closed" ? "closed" : "past-due";
}

/**
 * Started days after the due time (1 ms late is 1 day late); 0 on time. An unreadable time
 * counts as on time here; the submission check reports it.
 *
 * @param assignment - the assignment
 * @param at - ISO date-time or epoch milliseconds
 * @returns a non-negative integer
 * @example
 * daysLate(assignment, Date.parse(assignment.due) + 1); // 1
 */
export function daysLate(assignment: Assignment, at: string | number): number {
  const late = toEpoch(at) - Date.parse(assignment.due);
  return Number.isFinite(late) && late > 0 ? Math.ceil(late / dayMs) : 0;
}

/**
 * What the late policy leaves of a score earned at `at`: 1 on time or with policy none; 0 when
 * late under closed; 1 − percentPerDay/100 × days late (at least 0) under penalty-per-day.
 *
 * @param assignment - the assignment
 * @param at - when the attempt was made
 * @returns a factor in [0, 1]
 * @example
 * lateFactor({ ...assignment, late: { kind: "penalty-per-day", percentPerDay: 10 } }, twoDaysLate); // 0.8
 */
export function lateFactor(assignment: Assignment, at: string | number): number {
  const days = daysLate(assignment, at);
  if (days === 0) return 1;
  switch (assignment.late.kind) {
    case "none":
      return 1;
    case "closed":
      return 0;
    case "penalty-per-day":
      return Math.max(0, 1 - (assignment.late.percentPerDay / 100) * days);
  }
}

/**
 * Whether correctness, score and feedback may be shown: always in `immediate` mode; after the
 * student has submitted the assignment in `on-submit` mode; from the due time on in `after-due`
 * mode (inputs are still validated before: invalid is not wrong).
 *
 * @param assignment - the assignment
 * @param state - the time now, and whether the student has pressed Submit
 * @returns true when the page may show correctness
 * @example
 * feedbackVisible({ ...assignment, feedback: "after-due" }, { now: assignment.opens, submitted: true }); // false
 */
export function feedbackVisible(
  assignment: Assignment,
  state: { now: string | number; submitted: boolean },
): boolean {
  switch (assignment.feedback) {
    case "immediate":
      return true;
    case "on-submit":
      return state.submitted;
    case "after-due":
      return toEpoch(state.now) > Date.parse(assignment.due);
  }
}

/**
 * Whether the worked solution may be shown: never; after the due time; or once the exercise is
 * solved and feedback is visible (so an after-due assignment never leaks a solution early).
 *
 * @param assignment - the assignment
 * @param state - the time now, whether the student has pressed Submit, whether this exercise is solved
 * @returns true when the page may show the solution
 * @example
 * solutionVisible({ ...assignment, solutions: "never" }, { now: 0, submitted: true, solved: true }); // false
 */
export function solutionVisible(
  assignment: Assignment,
  state: { now: string | number; submitted: boolean; solved: boolean },
): boolean {
  switch (assignment.solutions) {
    case "never":
      return false;
    case "after-due":
      return toEpoch(state.now) > Date.parse(assignment.due);
    case "after-correct":
      return state.solved && feedbackVisible(assignment, state);
  }
}
