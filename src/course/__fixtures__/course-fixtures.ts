/**
 * Test fixtures of the course layer: a small assignment and students who answer it right, wrong,
 * unreadably or late, as real submission files.
 */
import { exerciseById } from "../../exercises/catalog/index";
import { referenceAsRawAnswer } from "../../exercises/practice";
import type { RawAnswer } from "../../exercises/types";
import type { Assignment } from "../assignment-schema";
import { assignmentInstance } from "../instances";
import { createSubmission, submissionToJson } from "../submission";
import type { AttemptRecord, Submission } from "../submission-types";

/** Two exercises, 10 + 5 points, due 2026-03-08T00:00:00Z, 10 % off per day late. */
export const fixtureAssignment: Assignment = {
  version: 1,
  id: "fixture-set",
  title: "Fixture set",
  instructions: "Answer both. $x^2$",
  exercises: [
    { id: "psi-categorical-shift", points: 10 },
    { id: "release-gate-decision", points: 5 },
  ],
  opens: "2026-03-01T00:00:00Z",
  due: "2026-03-08T00:00:00Z",
  late: { kind: "penalty-per-day", percentPerDay: 10 },
  attempts: 3,
  feedback: "immediate",
  hints: true,
  solutions: "after-correct",
};

/** The reference answer of a student's instance, as typed text. */
export function referenceFor(
  assignment: Assignment,
  rosterId: string,
  exerciseId: string,
): RawAnswer {
  const { exercise, instance } = assignmentInstance(assignment, rosterId, exerciseId);
  return referenceAsRawAnswer(exercise, instance);
}

/** A readable but wrong answer: every number part doubled (plus one), every choice another option. */
export function wrongFor(assignment: Assignment, rosterId: string, exerciseId: string): RawAnswer {
  const exercise = exerciseById(exerciseId);
  const reference = referenceFor(assignment, rosterId, exerciseId);
  const wrong: RawAnswer = {};
  for (const [name, part] of Object.entries(exercise?.answer ?? {})) {
    const value = reference[name];
    if (part.kind === "number") wrong[name] = String(Number(value) * 2 + 1);
    else if (part.kind === "choice" || part.kind === "decision") {
      wrong[name] = part.options.find((option) => option.id !== value)?.id ?? String(value);
    } else wrong[name] = value;
  }
  return wrong;
}

/** A submission where every exercise gets the given attempts (by a function of the exercise). */
export function submissionOf(
  rosterId: string,
  attempts: (exerciseId: string) => AttemptRecord[],
  submittedAt = "2026-03-05T12:00:00Z",
  assignment: Assignment = fixtureAssignment,
): Submission {
  const work = Object.fromEntries(
    assignment.exercises.map((entry) => [entry.id, { attempts: attempts(entry.id), hints: [] }]),
  );
  return createSubmission({ assignment, rosterId, build: "test", submittedAt, work });
}

/** A student who answers every exercise right at the first attempt, on time. */
export function perfectStudent(
  rosterId: string,
  assignment: Assignment = fixtureAssignment,
): Submission {
  return submissionOf(
    rosterId,
    (id) => [
      { answer: referenceFor(assignment, rosterId, id), at: "2026-03-04T10:00:00Z", hintsUsed: 0 },
    ],
    "2026-03-05T12:00:00Z",
    assignment,
  );
}

/** A submission as the text of its file. */
export const fileText = (submission: Submission): string => submissionToJson(submission);
