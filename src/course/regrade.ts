/**
 * The re-grader: re-creates every instance from its seed and re-grades every logged attempt with
 * the grader the page uses (`gradeInstance`), then applies the assignment's attempts limit,
 * credit multiplier, opening time and late policy. Scores written in a file are never read.
 */

import { gradeInstance } from "../exercises/grade";
import type { GradeResult } from "../exercises/grade";
import type { Assignment, AssignmentExercise } from "./assignment-schema";
import { daysLate, lateFactor, toEpoch } from "./assignment-clock";
import { assignmentInstance, withRememberedAnswers } from "./instances";
import type { RegradeResult, RegradedAttempt, RegradedExercise } from "./regrade-types";
import { checkRosterId } from "./roster-id";
import type { AttemptRecord, SubmissionContent, SubmittedExercise } from "./submission-types";

/** The grader's options for an assignment: its credit policy, or the grader's defaults. */
function gradingOptions(assignment: Assignment) {
  return assignment.credit ? { ...assignment.credit } : {};
}

function emptyExercise(
  entry: AssignmentExercise,
  seed: number,
  problems: string[],
): RegradedExercise {
  return {
    id: entry.id,
    seed,
    maxPoints: entry.points,
    points: 0,
    score: 0,
    attemptsCounted: 0,
    attemptsLeft: 0,
    firstAttemptCorrect: false,
    solved: false,
    hintsUsed: 0,
    late: false,
    attempts: [],
    problems,
  };
}

/**
 * Re-grades one exercise of one student from the attempt log: attempts are graded in log order
 * with the history the page had (counted attempts before, hints used), blank or invalid answers
 * never count, counted attempts past the limit or before the opening earn nothing, and the late
 * policy scales each attempt by when it was made. The exercise earns its best attempt.
 *
 * @param assignment - the assignment
 * @param rosterId - the student's roster id (the seed's student)
 * @param entry - the exercise's entry in the assignment
 * @param record - the exercise's record from the submission (or the page's log); undefined when
 *   the student never opened it
 * @returns the exercise's re-grade; problems name anything odd in the record
 * @example
 * regradeExercise(assignment, "s1", assignment.exercises[0], undefined).points; // 0
 */
export function regradeExercise(
  assignment: Assignment,
  rosterId: string,
  entry: AssignmentExercise,
  record:
    | (Pick<SubmittedExercise, "attempts" | "hints"> &
        Partial<Pick<SubmittedExercise, "seed" | "seedInputs">>)
    | undefined,
): RegradedExercise {
  const problems: string[] = [];
  let made;
  try {
    made = assignmentInstance(assignment, rosterId, entry.id);
  } catch (error) {
    return emptyExercise(entry, 0, [
      `${entry.id}: cannot re-create the instance (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  const { exercise, seed, instance, seedInputs } = made;
  if (record?.seed !== undefined && record.seed !== seed) {
    problems.push(
      `${entry.id}: the file's seed ${record.seed} is not the seed of its inputs (${seed}); re-graded with ${seed}`,
    );
  }
  if (
    record?.seedInputs !== undefined &&
    (record.seedInputs.context !== seedInputs.context ||
      record.seedInputs.student !== seedInputs.student ||
      record.seedInputs.exercise !== seedInputs.exercise ||
      record.seedInputs.variant !== seedInputs.variant)
  ) {
    problems.push(
      `${entry.id}: the file's seed inputs differ from the assignment's; re-graded with the assignment's`,
    );
  }
  const result = emptyExercise(entry, seed, problems);
  result.attemptsLeft = assignment.attempts;
  if (!record) return result;
  result.hintsUsed = record.hints.length;
  const grader = withRememberedAnswers(exercise);
  const mistakeIdByMessage = new Map<string, string>();
  const options = gradingOptions(assignment);
  const opens = Date.parse(assignment.opens);
  let counted = 0;
  let best = 0;
  record.attempts.forEach((attempt: AttemptRecord, index) => {
    const at = toEpoch(attempt.at);
    let grade: GradeResult;
    try {
      grade = gradeInstance(
        grader,
        instance,
        attempt.answer,
        { attempts: counted, hintsUsed: attempt.hintsUsed },
        options,
      );
    } catch (error) {
      problems.push(
        `${entry.id}: attempt ${index + 1} could not be graded (${error instanceof Error ? error.message : String(error)})`,
      );
      return;
    }
    const correct =
      grade.countsAsAttempt &&
      Object.values(grade.parts).every((part) => part.status === "correct");
    if (grade.countsAsAttempt) counted += 1;
    const overLimit = grade.countsAsAttempt && counted > assignment.attempts;
    const timeKnown = Number.isFinite(at);
    if (!timeKnown)
      problems.push(`${entry.id}: attempt ${index + 1} has no readable time; it earns nothing`);
    const early = timeKnown && at < opens;
    const factor = timeKnown ? lateFactor(assignment, at) : 0;
    const days = timeKnown ? daysLate(assignment, at) : 0;
    const score =
      grade.countsAsAttempt && !overLimit && !early && timeKnown ? grade.score * factor : 0;
    // The known mistakes are looked up only for a wrong answer (the grader computed them then).
    if (grade.countsAsAttempt && !correct && mistakeIdByMessage.size === 0) {
      for (const mistake of grader.mistakes(instance)) {
        mistakeIdByMessage.set(mistake.message, mistake.id);
      }
    }
    const seen = new Set<string>();
    const mistakes = grade.feedback.flatMap((message) => {
      const id = mistakeIdByMessage.get(message);
      if (id === undefined || seen.has(id)) return [];
      seen.add(id);
      return [{ id, message }];
    });
    const regraded: RegradedAttempt = {
      at: attempt.at,
      countsAsAttempt: grade.countsAsAttempt,
      overLimit,
      early,
      daysLate: days,
      rawScore: grade.rawScore,
      creditMultiplier: grade.creditMultiplier,
      lateFactor: factor,
      score,
      correct,
      mistakes,
      feedback: grade.feedback,
    };
    result.attempts.push(regraded);
    if (grade.countsAsAttempt) {
      if (counted === 1) result.firstAttemptCorrect = correct;
      if (correct && !overLimit) result.solved = true;
      if (days > 0 && !overLimit) result.late = true;
    }
    best = Math.max(best, score);
  });
  result.attemptsCounted = counted;
  result.attemptsLeft = Math.max(0, assignment.attempts - counted);
  result.score = best;
  result.points = best * entry.points;
  return result;
}

/**
 * Re-grades a whole submission: every exercise of the assignment (those missing from the file
 * earn 0), with the roster id of the file as the seed's student. Exercises in the file that the
 * assignment does not have are reported and ignored.
 *
 * @param assignment - the assignment the submission is for
 * @param submission - the submission's content (checksum not needed)
 * @returns points, per-exercise results and problems
 * @example
 * regradeSubmission(assignment, submission).points <= regradeSubmission(assignment, submission).maxPoints; // true
 */
export function regradeSubmission(
  assignment: Assignment,
  submission: Pick<SubmissionContent, "rosterId" | "submittedAt" | "exercises">,
): RegradeResult {
  const problems: string[] = [];
  const maxPoints = assignment.exercises.reduce((sum, entry) => sum + entry.points, 0);
  const checked = checkRosterId(submission.rosterId);
  const submittedAt = toEpoch(submission.submittedAt);
  const late = Number.isFinite(submittedAt) && submittedAt > Date.parse(assignment.due);
  if ("problem" in checked) {
    return {
      rosterId: submission.rosterId,
      submittedAt: submission.submittedAt,
      points: 0,
      maxPoints,
      exercises: assignment.exercises.map((entry) => emptyExercise(entry, 0, [])),
      late,
      problems: [
        `roster id ${JSON.stringify(submission.rosterId)} is not usable: ${checked.problem}`,
      ],
    };
  }
  const byId = new Map(submission.exercises.map((record) => [record.id, record]));
  for (const record of submission.exercises) {
    if (!assignment.exercises.some((entry) => entry.id === record.id)) {
      problems.push(`exercise "${record.id}" is not part of this assignment; ignored`);
    }
  }
  if (byId.size !== submission.exercises.length) {
    problems.push("an exercise appears more than once in the file; its first record was graded");
  }
  const firstById = new Map<string, (typeof submission.exercises)[number]>();
  for (const record of submission.exercises) {
    if (!firstById.has(record.id)) firstById.set(record.id, record);
  }
  const exercises = assignment.exercises.map((entry) => {
    const graded = regradeExercise(assignment, checked.id, entry, firstById.get(entry.id));
    problems.push(...graded.problems);
    return graded;
  });
  // Sum in assignment order so the total is the same wherever it is computed.
  const points = exercises.reduce((sum, exercise) => sum + exercise.points, 0);
  return {
    rosterId: checked.id,
    submittedAt: submission.submittedAt,
    points,
    maxPoints,
    exercises,
    late,
    problems,
  };
}
