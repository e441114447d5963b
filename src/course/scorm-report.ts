/**
 * What the app reports to an LMS through the SCORM run-time API, as element/value pairs for
 * SCORM 1.2 (`cmi.core.*`) and SCORM 2004 4th edition (`cmi.*`): the assignment's score and
 * status, the chapter's completion, session time and one interaction per graded attempt. Pure:
 * the store's LMS session sends these pairs; tests check them against the specifications' types.
 */

/** The two SCORM run-time versions. */
export type ScormVersion = "1.2" | "2004";

/** One `SetValue` call: the data model element and its value. */
export type ScormValue = readonly [element: string, value: string];

/** A number with at most `digits` decimals and no trailing zeros (SCORM reals and decimals). */
function decimal(value: number, digits = 4): string {
  return String(Number(value.toFixed(digits)));
}

function pad(value: number, width: number): string {
  return String(Math.floor(value)).padStart(width, "0");
}

/**
 * A duration as SCORM wants it: 1.2 CMITimespan `HHHH:MM:SS.SS`, 2004 ISO 8601 `PT#H#M#S`.
 *
 * @param version - the SCORM version
 * @param ms - the duration in milliseconds (negative or unreadable counts as 0)
 * @returns the timespan text
 * @example
 * scormDuration("1.2", 3723450); // "0001:02:03.45"
 * scormDuration("2004", 3723450); // "PT1H2M3.45S"
 */
export function scormDuration(version: ScormVersion, ms: number): string {
  const centis = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  if (version === "1.2") {
    // CMITimespan allows 2 to 4 hour digits; longer sessions are capped at 9999 hours.
    if (hours > 9999) return "9999:59:59.99";
    return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(Math.floor(seconds), 2)}.${pad(centis % 100, 2)}`;
  }
  return `PT${hours}H${minutes}M${decimal(seconds, 2)}S`;
}

/** Where an assignment stands, as the LMS is told. */
export interface AssignmentStanding {
  points: number;
  maxPoints: number;
  /** Every exercise is solved or has no attempts left. */
  done: boolean;
  /** The LMS's passing score in [0, 1] (1.2 mastery score / 100, 2004 scaled passing score). */
  passingScaled?: number | undefined;
}

/**
 * The score and status elements of an assignment. SCORM 1.2: raw, min, max (0 to 100, as
 * CMIDecimal in the range the 1.2 data model allows) and `lesson_status` (passed/failed when done
 * and the LMS set a mastery score, completed when done without one, incomplete before);
 * SCORM 2004: scaled, raw, min, max, `completion_status` and `success_status`. In both versions
 * raw is a percentage on 0..100: Moodle and Blackboard grade from raw against a maximum that
 * defaults to 100, so a percentage grades the same in every LMS whatever the assignment's points.
 *
 * @param version - the SCORM version
 * @param standing - points, maximum, whether the work is done, and the passing score if any
 * @returns the values to set, in order
 * @example
 * assignmentScoreValues("1.2", { points: 30, maxPoints: 60, done: false });
 * // [["cmi.core.score.raw", "50"], ["cmi.core.score.min", "0"], ["cmi.core.score.max", "100"], ["cmi.core.lesson_status", "incomplete"]]
 */
export function assignmentScoreValues(
  version: ScormVersion,
  standing: AssignmentStanding,
): ScormValue[] {
  const scaled =
    standing.maxPoints > 0 ? Math.min(1, Math.max(0, standing.points / standing.maxPoints)) : 0;
  const passing = standing.passingScaled;
  const success =
    standing.done && passing !== undefined ? (scaled >= passing ? "passed" : "failed") : undefined;
  if (version === "1.2") {
    return [
      ["cmi.core.score.raw", decimal(scaled * 100, 2)],
      ["cmi.core.score.min", "0"],
      ["cmi.core.score.max", "100"],
      ["cmi.core.lesson_status", success ?? (standing.done ? "completed" : "incomplete")],
    ];
  }
  return [
    ["cmi.score.scaled", decimal(scaled)],
    ["cmi.score.raw", decimal(scaled * 100, 2)],
    ["cmi.score.min", "0"],
    ["cmi.score.max", "100"],
    ["cmi.completion_status", standing.done ? "completed" : "incomplete"],
    ["cmi.success_status", success ?? "unknown"],
  ];
}

/** How far the learner is through the whole chapter. */
export interface ChapterStanding {
  lessonsRead: number;
  lessons: number;
  /** Exercises with at least one graded practice attempt. */
  exercisesDone: number;
  exercises: number;
}

/**
 * The completion elements of the whole-chapter package: completed when every lesson is read and
 * every exercise has been attempted; 2004 also gets the share done as `progress_measure`.
 *
 * @param version - the SCORM version
 * @param standing - lessons read and exercises done, with their totals
 * @returns the values to set
 * @example
 * chapterCompletionValues("2004", { lessonsRead: 5, lessons: 10, exercisesDone: 0, exercises: 10 });
 * // [["cmi.completion_status", "incomplete"], ["cmi.progress_measure", "0.25"]]
 */
export function chapterCompletionValues(
  version: ScormVersion,
  standing: ChapterStanding,
): ScormValue[] {
  const total = standing.lessons + standing.exercises;
  const done = Math.min(total, standing.lessonsRead + standing.exercisesDone);
  const complete = done >= total;
  if (version === "1.2") return [["cmi.core.lesson_status", complete ? "completed" : "incomplete"]];
  return [
    ["cmi.completion_status", complete ? "completed" : "incomplete"],
    ["cmi.progress_measure", decimal(total > 0 ? done / total : 1)],
  ];
}

/**
 * The session time element (`cmi.core.session_time` / `cmi.session_time`).
 *
 * @param version - the SCORM version
 * @param ms - milliseconds since Initialize
 * @returns the value to set
 * @example
 * sessionTimeValue("2004", 90000); // ["cmi.session_time", "PT0H1M30S"]
 */
export function sessionTimeValue(version: ScormVersion, ms: number): ScormValue {
  return [
    version === "1.2" ? "cmi.core.session_time" : "cmi.session_time",
    scormDuration(version, ms),
  ];
}

/** One graded attempt, as reported to the LMS. */
export interface GradedAttemptReport {
  exerciseId: string;
  /** 1 for the first graded attempt on the exercise. */
  attemptNumber: number;
  answer: Record<string, string | string[]>;
  /** rawScore in [0, 1]: 1 all parts correct, 0 none, in between partly. */
  rawScore: number;
  /** The exercise's points (the interaction's weighting). */
  points: number;
  /** Time spent before answering, in milliseconds. */
  latencyMs: number;
  /** When the attempt was made (ISO 8601). */
  at: string;
}

const plainNumber = /^-?\d+(\.\d+)?$/;

// SCORM identifiers allow no spaces; the exercise ids are kebab-case already.
function identifier(text: string): string {
  return text.replace(/[^A-Za-z0-9_.:/-]/g, "_").slice(0, 250);
}

function responseParts(answer: Record<string, string | string[]>): string[] {
  return Object.keys(answer)
    .sort()
    .map((part) => {
      const value = answer[part] ?? "";
      return Array.isArray(value) ? value.join(", ") : value;
    });
}

/**
 * The `cmi.interactions.n.*` elements of one graded attempt. The type is `numeric` when the answer
 * is one plain number and `fill-in` otherwise; the learner response is the answer as typed (parts
 * in part order; 1.2 caps it at 255 characters, 2004 joins parts with `[,]` and caps each at 250);
 * the result is `correct`, `wrong` (1.2) / `incorrect` (2004), or `neutral` for partly correct
 * answers, which both vocabularies allow. 1.2 records `time` (HH:MM:SS, UTC) and 2004 `timestamp`
 * (time(second,10,0): the zone designator may only follow the fraction of a second, hence `.ssZ`).
 *
 * @param version - the SCORM version
 * @param index - the interaction's index n (the runtime's `_count` before it)
 * @param attempt - the attempt
 * @returns the values to set, id and type first (as the specifications require)
 * @example
 * interactionValues("2004", 0, { exerciseId: "psi", attemptNumber: 1, answer: { psi: "0.12" }, rawScore: 1, points: 10, latencyMs: 5000, at: "2026-12-01T10:00:00.000Z" })[1];
 * // ["cmi.interactions.0.type", "numeric"]
 */
export function interactionValues(
  version: ScormVersion,
  index: number,
  attempt: GradedAttemptReport,
): ScormValue[] {
  const prefix = `cmi.interactions.${index}`;
  const parts = responseParts(attempt.answer);
  const numeric = parts.length === 1 && plainNumber.test((parts[0] ?? "").trim());
  const result =
    attempt.rawScore >= 1
      ? "correct"
      : attempt.rawScore <= 0
        ? version === "1.2"
          ? "wrong"
          : "incorrect"
        : "neutral";
  const id = identifier(`${attempt.exerciseId}-attempt-${attempt.attemptNumber}`);
  const time = new Date(Date.parse(attempt.at));
  const valid = !Number.isNaN(time.getTime());
  if (version === "1.2") {
    const response = numeric ? (parts[0] ?? "").trim() : parts.join("; ").slice(0, 255);
    return [
      [`${prefix}.id`, id],
      [`${prefix}.type`, numeric ? "numeric" : "fill-in"],
      [`${prefix}.student_response`, response],
      [`${prefix}.result`, result],
      [`${prefix}.weighting`, decimal(attempt.points, 2)],
      [`${prefix}.latency`, scormDuration("1.2", attempt.latencyMs)],
      ...(valid ? ([[`${prefix}.time`, time.toISOString().slice(11, 19)]] as ScormValue[]) : []),
    ];
  }
  const response = numeric
    ? (parts[0] ?? "").trim()
    : parts.map((part) => part.replace(/\[,\]/g, ",").slice(0, 250)).join("[,]");
  return [
    [`${prefix}.id`, id],
    [`${prefix}.type`, numeric ? "numeric" : "fill-in"],
    [`${prefix}.learner_response`, response],
    [`${prefix}.result`, result],
    [`${prefix}.weighting`, decimal(attempt.points, 2)],
    [`${prefix}.latency`, scormDuration("2004", attempt.latencyMs)],
    ...(valid
      ? ([[`${prefix}.timestamp`, `${time.toISOString().slice(0, 22)}Z`]] as ScormValue[])
      : []),
  ];
}
