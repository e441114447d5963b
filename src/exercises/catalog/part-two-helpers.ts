/**
 * Shared pieces of the part-two exercises: rounding and formatting for prompts and worked
 * solutions, readable clock times, and the rule that drops a planted mistake when it gives the
 * same answer as the reference (a mistake that scores full marks teaches nothing).
 */
import { withinTolerance } from "../tolerance";
import type { AnswerSpec, KnownMistake, ReferenceAnswer, Tolerance } from "../types";

/** The default numeric tolerance of the exercises (PrairieLearn's `relabs`), and rounding. */
import { defaultTolerance as relabsTolerance } from "../tolerance";
export { relabsTolerance };
export { roundTo } from "./exercise-helpers";

/** Numbers in prompts and worked solutions: the chapter's one formatter (4 significant figures). */
export { formatNumber } from "../../lab/format-number";

/**
 * Start of the day all part-two timestamps refer to: 2024-03-05 00:00 UTC, in epoch seconds.
 * Using one calendar day keeps times readable ("10:05") while staying real epoch seconds.
 */
export const dayStart = Date.UTC(2024, 2, 5) / 1000;

/**
 * The clock time of an epoch-seconds timestamp on or after {@link dayStart}, as "HH:MM"
 * ("HH:MM:SS" when seconds are not zero; "+1d HH:MM" on the next day).
 *
 * @param epochSeconds a timestamp in seconds since the epoch
 * @returns the readable time
 * @throws never
 * @example clockTime(dayStart + 10 * 3600 + 5 * 60); // "10:05"
 *
 * Lesson concept: timestamps shown as readable times, as in a feature table.
 */
export function clockTime(epochSeconds: number): string {
  const offset = epochSeconds - dayStart;
  const days = Math.floor(offset / 86400);
  const within = offset - days * 86400;
  const pad = (n: number) => String(n).padStart(2, "0");
  const hours = Math.floor(within / 3600);
  const minutes = Math.floor((within % 3600) / 60);
  const seconds = within % 60;
  const time = `${pad(hours)}:${pad(minutes)}${seconds === 0 ? "" : `:${pad(seconds)}`}`;
  return days === 0 ? time : `${days > 0 ? "+" : ""}${days}d ${time}`;
}

type MistakeValue = KnownMistake["value"];

function sameCell(a: unknown, b: unknown, tolerance: Tolerance): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "number" && typeof b === "number") return withinTolerance(a, b, tolerance);
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

function sameAnswer(
  kind: AnswerSpec[string]["kind"],
  value: MistakeValue,
  reference: MistakeValue,
  tolerance: Tolerance,
): boolean {
  if (!Array.isArray(value) || !Array.isArray(reference)) {
    return sameCell(value, reference, tolerance);
  }
  if (value.length !== reference.length) return false;
  if (kind === "multiple") {
    const chosen = new Set(value.map(String));
    return reference.every((item) => chosen.has(String(item)));
  }
  return value.every((item, index) => sameCell(item, reference[index], tolerance));
}

/**
 * Keeps the planted mistakes whose value differs from the reference answer (with the part's
 * tolerance) and from every mistake kept before it on the same part.
 *
 * @param answer the exercise's answer spec (gives each part's kind and tolerance)
 * @param reference the reference answer of this instance
 * @param candidates the mistakes as computed for this instance
 * @returns the mistakes a student can actually be told about
 * @throws never
 * @example distinctMistakes(spec, { d: 0.2 }, [{ part: "d", value: 0.2, id: "x", message: "…" }]); // []
 *
 * Lesson concept: targeted feedback only where the mistake gives a different answer.
 */
export function distinctMistakes(
  answer: AnswerSpec,
  reference: ReferenceAnswer,
  candidates: KnownMistake[],
): KnownMistake[] {
  const kept: KnownMistake[] = [];
  for (const mistake of candidates) {
    const part = answer[mistake.part];
    const expected = reference[mistake.part];
    if (!part || expected === undefined) continue;
    // An empty selection is blank, never graded: no message could ever be shown for it.
    if (part.kind === "multiple" && Array.isArray(mistake.value) && mistake.value.length === 0)
      continue;
    const tolerance =
      part.kind === "number"
        ? part.tolerance
        : part.kind === "table"
          ? (part.tolerance ?? relabsTolerance)
          : relabsTolerance;
    const clashes = [expected, ...kept.filter((k) => k.part === mistake.part).map((k) => k.value)];
    if (clashes.some((value) => sameAnswer(part.kind, mistake.value, value, tolerance))) continue;
    kept.push(mistake);
  }
  return kept;
}

/**
 * An epoch-seconds timestamp as "YYYY-MM-DD HH:MM" in UTC ("…:SS" when seconds are not zero).
 *
 * @param epochSeconds a timestamp in seconds since the epoch
 * @returns the readable date and time
 * @throws never
 * @example dateTime(dayStart + 36000); // "2024-03-05 10:00"
 *
 * Lesson concept: event and created timestamps shown as a feature table shows them.
 */
export function dateTime(epochSeconds: number): string {
  const iso = new Date(epochSeconds * 1000).toISOString();
  const seconds = iso.slice(17, 19);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}${seconds === "00" ? "" : `:${seconds}`}`;
}
