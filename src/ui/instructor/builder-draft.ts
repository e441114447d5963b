import type { Assignment } from "../../course/index";
import type { BuilderDraft } from "../../store/instructor-store";

const pad = (value: number) => String(value).padStart(2, "0");

/** A `datetime-local` value ("2026-03-09T23:59") for a moment, in this browser's time zone. */
export function toLocalInput(epochMs: number): string {
  const date = new Date(epochMs);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * An ISO date-time with this browser's zone offset for a `datetime-local` value, e.g.
 * "2026-03-09T23:59" in New York in March → "2026-03-09T23:59:00-04:00". Unreadable input is
 * returned as it is, so validation names it.
 */
export function localInputToZoned(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(value);
  if (!match) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${match[1]}${match[2] ?? ":00"}${sign}${hours}:${minutes}`;
}

/** A starting form: open now, due in a week at 23:59, immediate feedback, three attempts. */
export function defaultDraft(now: number): BuilderDraft {
  const opens = new Date(now);
  opens.setSeconds(0, 0);
  const due = new Date(now + 7 * 24 * 60 * 60 * 1000);
  due.setHours(23, 59, 0, 0);
  return {
    id: "",
    title: "",
    instructions: "",
    opens: toLocalInput(opens.getTime()),
    due: toLocalInput(due.getTime()),
    late: "none",
    percentPerDay: 10,
    attempts: 3,
    feedback: "immediate",
    hints: true,
    solutions: "after-correct",
    customCredit: false,
    decayPerAttempt: 0.1,
    hintPenalty: 0.05,
    minimumCredit: 0.4,
    exercises: [],
  };
}

/** An id from a title: lower case, words joined by "-", at most 80 characters. */
export function idFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

/** The form as assignment data, ready for `validateAssignment`. */
export function draftToData(draft: BuilderDraft): Record<string, unknown> {
  const data: Record<string, unknown> = {
    version: 1,
    id: draft.id.trim(),
    title: draft.title.trim(),
    instructions: draft.instructions,
    exercises: draft.exercises.map((entry) =>
      entry.variant === undefined || entry.variant === 0
        ? { id: entry.id, points: entry.points }
        : { id: entry.id, points: entry.points, variant: entry.variant },
    ),
    opens: localInputToZoned(draft.opens),
    due: localInputToZoned(draft.due),
    late:
      draft.late === "penalty-per-day"
        ? { kind: "penalty-per-day", percentPerDay: draft.percentPerDay }
        : { kind: draft.late },
    attempts: draft.attempts,
    feedback: draft.feedback,
    hints: draft.hints,
    solutions: draft.solutions,
  };
  if (draft.customCredit) {
    data["credit"] = {
      decayPerAttempt: draft.decayPerAttempt,
      hintPenalty: draft.hintPenalty,
      minimumCredit: draft.minimumCredit,
    };
  }
  return data;
}

/** The form for an existing assignment (loaded from a file or the course), in local time. */
export function assignmentToDraft(assignment: Assignment): BuilderDraft {
  const base = defaultDraft(Date.now());
  return {
    ...base,
    id: assignment.id,
    title: assignment.title,
    instructions: assignment.instructions,
    opens: toLocalInput(Date.parse(assignment.opens)),
    due: toLocalInput(Date.parse(assignment.due)),
    late: assignment.late.kind,
    percentPerDay:
      assignment.late.kind === "penalty-per-day"
        ? assignment.late.percentPerDay
        : base.percentPerDay,
    attempts: assignment.attempts,
    feedback: assignment.feedback,
    hints: assignment.hints,
    solutions: assignment.solutions,
    customCredit: assignment.credit !== undefined,
    ...(assignment.credit ?? {}),
    exercises: assignment.exercises.map((entry) => ({ ...entry })),
  };
}
