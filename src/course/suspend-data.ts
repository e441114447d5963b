/**
 * The learner's progress as SCORM `cmi.suspend_data`: what matters (assignment attempts with the
 * answers as typed, hints and submissions; practice scores; lessons read) packed into a short,
 * versioned text that never exceeds the runtime's limit (SCORM 1.2: 4,096 characters; SCORM 2004:
 * 64,000). When everything does not fit, the least important parts are left out, in this order:
 * lessons read, then practice, then other assignments' work than the launched one, then the oldest
 * assignment attempts; each left-out part is named in plain words so the page can tell the student.
 *
 * Format: `1j` + compact JSON, or `1z` + a packed (e.g. deflated, base64url) form of the same JSON
 * when a packer is given and it is shorter. Ids are kept as text, not indices, so data saved by one
 * build of the chapter still reads in the next one after lessons or exercises are added.
 */

/** The characters SCORM 1.2 allows in `cmi.suspend_data` (CMIString4096). */
export const scorm12SuspendLimit = 4096;
/** The characters SCORM 2004 allows in `cmi.suspend_data` (characterstring, SPM 64,000). */
export const scorm2004SuspendLimit = 64000;

type RawAnswer = Record<string, string | string[]>;

/** One graded attempt of an assignment exercise, as the assignment page logs it. */
export interface SuspendAttempt {
  answer: RawAnswer;
  /** ISO 8601 time. */
  at: string;
  hintsUsed: number;
}

/** A student's log on one assignment exercise (drafts are not kept: they are not attempts). */
export interface SuspendExerciseWork {
  attempts: SuspendAttempt[];
  /** When each hint was taken (ISO 8601). */
  hints: string[];
}

/** A student's work on one assignment. */
export interface SuspendAssignmentWork {
  exercises: Record<string, SuspendExerciseWork>;
  /** When the work was submitted (ISO 8601), oldest first. */
  submittedAt: string[];
}

/** Practice progress on one exercise of the chapter. */
export interface SuspendPractice {
  variant: number;
  attempts: number;
  hintsUsed: number;
  /** Best score in [0, 1]. */
  best: number;
  solutionOpen: boolean;
}

/** Everything the codec keeps. */
export interface SuspendProgress {
  /** Ids of the lessons read to the end. */
  lessonsRead: string[];
  practice: Record<string, SuspendPractice>;
  /** Assignment work by assignment id (the learner is the LMS's, so no roster id is stored). */
  assignments: Record<string, SuspendAssignmentWork>;
  /** Graded attempts already sent to the LMS as interactions, per `assignment id/exercise id`. */
  reported: Record<string, number>;
}

/** A reversible packing of text into suspend_data characters (e.g. deflate + base64url). */
export interface SuspendPacker {
  pack(text: string): string;
  /** The original text, or undefined when `packed` is damaged. */
  unpack(packed: string): string | undefined;
}

/** The encoded text, and what had to be left out to fit (plain words, empty when nothing). */
export interface EncodedSuspendData {
  text: string;
  leftOut: string[];
}

/** An empty progress record. */
export const emptySuspendProgress: SuspendProgress = {
  lessonsRead: [],
  practice: {},
  assignments: {},
  reported: {},
};

// Times are kept as base-36 epoch milliseconds (9 characters instead of 24) when that reads back
// to the very same ISO text; anything else is kept as it was, marked with "!".
function packTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isFinite(ms) && ms >= 0 && new Date(ms).toISOString() === iso) return ms.toString(36);
  return `!${iso}`;
}

function unpackTime(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  if (text.startsWith("!")) return text.slice(1);
  const ms = parseInt(text, 36);
  if (!/^[0-9a-z]+$/.test(text) || !Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

type Packed = {
  l?: string[];
  p?: Record<string, [number, number, number, number, number]>;
  w?: Record<
    string,
    { e: Record<string, { a: [RawAnswer, string, number][]; h: string[] }>; s: string[] }
  >;
  r?: Record<string, number>;
};

function toPacked(progress: SuspendProgress): Packed {
  const packed: Packed = {};
  if (progress.lessonsRead.length > 0) packed.l = progress.lessonsRead;
  const practice = Object.entries(progress.practice);
  if (practice.length > 0) {
    packed.p = Object.fromEntries(
      practice.map(([id, entry]) => [
        id,
        [
          entry.variant,
          entry.attempts,
          entry.hintsUsed,
          Math.round(entry.best * 1000),
          entry.solutionOpen ? 1 : 0,
        ],
      ]),
    );
  }
  const work = Object.entries(progress.assignments);
  if (work.length > 0) {
    packed.w = Object.fromEntries(
      work.map(([id, assignment]) => [
        id,
        {
          e: Object.fromEntries(
            Object.entries(assignment.exercises).map(([exerciseId, exercise]) => [
              exerciseId,
              {
                a: exercise.attempts.map((attempt): [RawAnswer, string, number] => [
                  attempt.answer,
                  packTime(attempt.at),
                  attempt.hintsUsed,
                ]),
                h: exercise.hints.map(packTime),
              },
            ]),
          ),
          s: assignment.submittedAt.map(packTime),
        },
      ]),
    );
  }
  if (Object.keys(progress.reported).length > 0) packed.r = progress.reported;
  return packed;
}

function withFormat(json: string, packer: SuspendPacker | undefined): string {
  const plain = `1j${json}`;
  if (!packer) return plain;
  const packed = `1z${packer.pack(json)}`;
  return packed.length < plain.length ? packed : plain;
}

/** Practice scores are kept to 1/1000, as the codec stores them. */
function normalise(progress: SuspendProgress): SuspendProgress {
  return {
    ...progress,
    practice: Object.fromEntries(
      Object.entries(progress.practice).map(([id, entry]) => [
        id,
        { ...entry, best: Math.round(entry.best * 1000) / 1000 },
      ]),
    ),
  };
}

function countAttempts(work: SuspendAssignmentWork): number {
  return Object.values(work.exercises).reduce((sum, exercise) => sum + exercise.attempts.length, 0);
}

/**
 * Encodes progress as suspend_data of at most `limit` characters, leaving out the least important
 * parts when all of it does not fit: lessons read, practice, the work on assignments other than
 * `keepAssignment` (the launched one, if any), and at last the oldest assignment attempts.
 *
 * @param progress - what to keep
 * @param options - `limit` (characters), the launched assignment's id if any, and an optional packer
 * @returns the text (never longer than `limit`) and a plain sentence per left-out part
 * @example
 * encodeSuspendData(emptySuspendProgress, { limit: scorm12SuspendLimit }).text; // "1j{}"
 */
export function encodeSuspendData(
  progress: SuspendProgress,
  options: { limit: number; keepAssignment?: string; packer?: SuspendPacker },
): EncodedSuspendData {
  const { limit, keepAssignment, packer } = options;
  const encode = (value: SuspendProgress) => withFormat(JSON.stringify(toPacked(value)), packer);
  const leftOut: string[] = [];
  let current = normalise(progress);
  let text = encode(current);
  if (text.length <= limit) return { text, leftOut };

  if (current.lessonsRead.length > 0) {
    leftOut.push(`which lessons you have read (${current.lessonsRead.length})`);
    current = { ...current, lessonsRead: [] };
    text = encode(current);
    if (text.length <= limit) return { text, leftOut };
  }
  if (Object.keys(current.practice).length > 0) {
    leftOut.push(`your practice scores (${Object.keys(current.practice).length} exercises)`);
    current = { ...current, practice: {} };
    text = encode(current);
    if (text.length <= limit) return { text, leftOut };
  }
  // With a launched assignment, the others go first; without one (the whole-chapter package)
  // every assignment is kept and trimmed alike below.
  const others = keepAssignment
    ? Object.keys(current.assignments).filter((id) => id !== keepAssignment)
    : [];
  if (others.length > 0 && keepAssignment) {
    leftOut.push(`your work on other assignments (${others.join(", ")})`);
    const kept = current.assignments[keepAssignment];
    current = {
      ...current,
      assignments: kept ? { [keepAssignment]: kept } : {},
      reported: Object.fromEntries(
        Object.entries(current.reported).filter(([key]) => key.startsWith(`${keepAssignment}/`)),
      ),
    };
    text = encode(current);
    if (text.length <= limit) return { text, leftOut };
  }
  // The assignments left are still too long: drop their oldest attempts until they fit. Halving
  // the search keeps this to a few encodings even for thousands of attempts.
  const remaining = current.assignments;
  const all = Object.entries(remaining).flatMap(([assignmentId, work]) =>
    Object.entries(work.exercises).flatMap(([exerciseId, exercise]) =>
      exercise.attempts.map((attempt, index) => ({
        key: JSON.stringify([assignmentId, exerciseId, index]),
        at: Date.parse(attempt.at),
      })),
    ),
  );
  // Oldest first; unreadable times count as oldest.
  all.sort(
    (a, b) =>
      (Number.isFinite(a.at) ? a.at : -Infinity) - (Number.isFinite(b.at) ? b.at : -Infinity),
  );
  const keepNewest = (count: number): SuspendProgress => {
    const kept = new Set(all.slice(all.length - count).map((entry) => entry.key));
    const assignments = Object.fromEntries(
      Object.entries(remaining).map(([assignmentId, work]) => [
        assignmentId,
        {
          ...work,
          exercises: Object.fromEntries(
            Object.entries(work.exercises).map(([exerciseId, exercise]) => [
              exerciseId,
              {
                ...exercise,
                attempts: exercise.attempts.filter((_, index) =>
                  kept.has(JSON.stringify([assignmentId, exerciseId, index])),
                ),
              },
            ]),
          ),
        },
      ]),
    );
    return { ...current, assignments };
  };
  let low = 0;
  let high = all.length - 1;
  let best: SuspendProgress | undefined;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const candidate = keepNewest(middle);
    if (encode(candidate).length <= limit) {
      best = candidate;
      low = middle + 1;
    } else high = middle - 1;
  }
  const where = keepAssignment ? "on this assignment" : "on assignments";
  if (best) {
    const keptCount = Object.values(best.assignments).reduce(
      (sum, work) => sum + countAttempts(work),
      0,
    );
    leftOut.push(
      `the answers of your ${all.length - keptCount} oldest attempts ${where} (your course's storage is full)`,
    );
    return { text: encode(best), leftOut };
  }
  if (Object.keys(remaining).length > 0) {
    leftOut.push(`your work ${where} (your course's storage is full)`);
  }
  text = encode({ ...current, assignments: {}, reported: {} });
  return { text: text.length <= limit ? text : "", leftOut };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isRawAnswer(value: unknown): value is RawAnswer {
  return (
    isRecord(value) &&
    Object.values(value).every(
      (part) =>
        typeof part === "string" ||
        (Array.isArray(part) && part.every((item) => typeof item === "string")),
    )
  );
}

const count = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 0;

/** What `decodeSuspendData` returns: the progress (possibly partial) and what could not be read. */
export interface DecodedSuspendData {
  progress: SuspendProgress;
  problems: string[];
}

/**
 * Reads suspend_data written by `encodeSuspendData`. Empty text is an empty record; damaged or
 * foreign text, or single damaged entries, are named in `problems` and the rest is kept.
 *
 * @param text - the runtime's `cmi.suspend_data`
 * @param packer - the packer used to write it (needed for `1z` texts)
 * @returns the progress read and plain sentences about anything left unread
 * @example
 * decodeSuspendData("1j{}").progress; // emptySuspendProgress
 */
export function decodeSuspendData(text: string, packer?: SuspendPacker): DecodedSuspendData {
  const progress: SuspendProgress = {
    lessonsRead: [],
    practice: {},
    assignments: {},
    reported: {},
  };
  const problems: string[] = [];
  if (text === "") return { progress, problems };
  let json: string | undefined;
  if (text.startsWith("1j")) json = text.slice(2);
  else if (text.startsWith("1z")) {
    json = packer ? packer.unpack(text.slice(2)) : undefined;
    if (json === undefined) {
      return { progress, problems: ["the progress saved in your course could not be unpacked"] };
    }
  } else {
    return {
      progress,
      problems: ["the progress saved in your course is in a format this version does not read"],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { progress, problems: ["the progress saved in your course is damaged"] };
  }
  if (!isRecord(raw))
    return { progress, problems: ["the progress saved in your course is damaged"] };
  if (Array.isArray(raw["l"])) {
    progress.lessonsRead = raw["l"].filter((id): id is string => typeof id === "string");
  }
  if (isRecord(raw["p"])) {
    for (const [id, entry] of Object.entries(raw["p"])) {
      if (
        Array.isArray(entry) &&
        entry.length === 5 &&
        entry.every(count) &&
        (entry[3] as number) <= 1000
      ) {
        const [variant, attempts, hintsUsed, best, solutionOpen] = entry as number[];
        progress.practice[id] = {
          variant: variant ?? 0,
          attempts: attempts ?? 0,
          hintsUsed: hintsUsed ?? 0,
          best: (best ?? 0) / 1000,
          solutionOpen: solutionOpen === 1,
        };
      } else problems.push(`practice on "${id}" could not be read`);
    }
  }
  if (isRecord(raw["w"])) {
    for (const [id, entry] of Object.entries(raw["w"])) {
      const work = readWork(entry);
      if (work) progress.assignments[id] = work;
      else problems.push(`work on assignment "${id}" could not be read`);
    }
  }
  if (isRecord(raw["r"])) {
    for (const [key, value] of Object.entries(raw["r"]))
      if (count(value)) progress.reported[key] = value;
  }
  return { progress, problems };
}

function readWork(entry: unknown): SuspendAssignmentWork | undefined {
  if (!isRecord(entry) || !isRecord(entry["e"]) || !Array.isArray(entry["s"])) return undefined;
  const submittedAt = entry["s"].map(unpackTime);
  if (submittedAt.some((at) => at === undefined)) return undefined;
  const exercises: Record<string, SuspendExerciseWork> = {};
  for (const [exerciseId, exercise] of Object.entries(entry["e"])) {
    if (!isRecord(exercise) || !Array.isArray(exercise["a"]) || !Array.isArray(exercise["h"])) {
      return undefined;
    }
    const attempts: SuspendAttempt[] = [];
    for (const attempt of exercise["a"]) {
      if (!Array.isArray(attempt) || attempt.length !== 3) return undefined;
      const [answer, packedAt, hintsUsed] = attempt as unknown[];
      const at = unpackTime(packedAt);
      if (!isRawAnswer(answer) || at === undefined || !count(hintsUsed)) return undefined;
      attempts.push({ answer, at, hintsUsed });
    }
    const hints = exercise["h"].map(unpackTime);
    if (hints.some((at) => at === undefined)) return undefined;
    exercises[exerciseId] = { attempts, hints: hints as string[] };
  }
  return { exercises, submittedAt: submittedAt as string[] };
}
