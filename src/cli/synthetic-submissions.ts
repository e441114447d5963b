/**
 * Synthetic students for examples, tests and the grading benchmark: each one works through an
 * assignment like a real student would (sometimes an unreadable entry first, sometimes a known
 * mistake or another wrong answer, hints now and then, usually the right answer in the end, some
 * of it late), and downloads a real submission file made by the course layer.
 */
import { exerciseById } from "../exercises/catalog/index";
import { formatReference, referenceAsRawAnswer } from "../exercises/practice";
import type { AnswerPart, RawAnswer } from "../exercises/types";
import { createRng, type Rng } from "../lab/index";
import {
  assignmentInstance,
  createSubmission,
  type Assignment,
  type AttemptRecord,
  type ExerciseWork,
  type Submission,
} from "../course/index";

/** A wrong but readable answer to one part: numbers scaled, another option, items swapped. */
function wrongPart(part: AnswerPart, value: string | string[], rng: Rng): string | string[] {
  if (typeof value === "string") {
    const number = Number(value);
    if (part.kind === "number" && Number.isFinite(number)) {
      return String(number === 0 ? 1 : Number((number * (1.5 + rng.uniform())).toPrecision(6)));
    }
    if (part.kind === "choice" || part.kind === "decision") {
      const others = part.options.filter((option) => option.id !== value);
      return others.length > 0 ? rng.choice(others).id : value;
    }
    return value;
  }
  if (part.kind === "multiple") {
    const ids = part.options.map((option) => option.id);
    const flipped = rng.choice(ids);
    return value.includes(flipped) ? value.filter((id) => id !== flipped) : [...value, flipped];
  }
  if (value.length >= 2) {
    const copy = [...value];
    [copy[0], copy[1]] = [copy[1] as string, copy[0] as string];
    return copy;
  }
  return value;
}

/** An answer with one part unreadable (a number part typed as words), or undefined if none can be. */
function unreadableAnswer(
  reference: RawAnswer,
  spec: Record<string, AnswerPart>,
): RawAnswer | undefined {
  const entry = Object.entries(spec).find(([, part]) => part.kind === "number");
  return entry ? { ...reference, [entry[0]]: "about a third" } : undefined;
}

/** What one synthetic student does on one exercise. */
function workOn(
  assignment: Assignment,
  rosterId: string,
  exerciseId: string,
  rng: Rng,
  clock: { next(): string },
): ExerciseWork {
  const { exercise, instance } = assignmentInstance(assignment, rosterId, exerciseId);
  const reference = referenceAsRawAnswer(exercise, instance);
  const attempts: AttemptRecord[] = [];
  const hints: string[] = [];
  let hintsUsed = 0;
  const attempt = (answer: RawAnswer) => attempts.push({ answer, at: clock.next(), hintsUsed });
  if (rng.uniform() < 0.15) {
    const unreadable = unreadableAnswer(reference, exercise.answer);
    if (unreadable) attempt(unreadable);
  }
  const wrongTries = rng.choice([0, 0, 1, 1, 2, 3]);
  const mistakes = exercise.mistakes(instance);
  for (let index = 0; index < wrongTries; index += 1) {
    if (rng.uniform() < 0.25 && exercise.hints.length > hintsUsed) {
      hints.push(clock.next());
      hintsUsed += 1;
    }
    const mistake = mistakes.length > 0 && rng.uniform() < 0.6 ? rng.choice(mistakes) : undefined;
    const part = mistake ? exercise.answer[mistake.part] : undefined;
    if (mistake && part) {
      attempt({ ...reference, [mistake.part]: formatReference(part, mistake.value as never) });
    } else {
      const wrong: RawAnswer = { ...reference };
      const names = Object.keys(exercise.answer);
      const name = rng.choice(names);
      const value = reference[name];
      const spec = exercise.answer[name];
      if (value !== undefined && spec) wrong[name] = wrongPart(spec, value, rng);
      attempt(wrong);
    }
  }
  if (rng.uniform() < 0.85) attempt(reference);
  return { attempts, hints };
}

/**
 * A synthetic student's submission file content for an assignment: deterministic in
 * (assignment, roster id, seed). About one student in ten works partly after the due time.
 *
 * @param assignment - the assignment
 * @param rosterId - the student's roster id
 * @param seed - what the student's behaviour is drawn from
 * @param informationalScores - whether the file carries the page's (never trusted) scores
 * @returns a real submission (checksum included), as `createSubmission` makes it
 */
export function syntheticSubmission(
  assignment: Assignment,
  rosterId: string,
  seed: number | string,
  informationalScores = true,
): Submission {
  const rng = createRng(`synthetic-student\u0000${seed}\u0000${rosterId}`);
  const opens = Date.parse(assignment.opens);
  const due = Date.parse(assignment.due);
  const lateStudent = rng.uniform() < 0.1;
  let time = opens + rng.uniform() * (due - opens) * 0.6;
  const step = lateStudent ? (due - time) / 20 + 3_600_000 : Math.max(1000, (due - time) / 200);
  const clock = {
    next: () => {
      time += step * (0.5 + rng.uniform());
      return new Date(Math.round(time / 1000) * 1000).toISOString();
    },
  };
  const work: Record<string, ExerciseWork> = {};
  for (const entry of assignment.exercises) {
    if (!exerciseById(entry.id)) continue;
    if (rng.uniform() < 0.03) continue;
    work[entry.id] = workOn(assignment, rosterId, entry.id, rng.fork(entry.id), clock);
  }
  return createSubmission({
    assignment,
    rosterId,
    build: "synthetic",
    submittedAt: clock.next(),
    work,
    informationalScores,
  });
}
