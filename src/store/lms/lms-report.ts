/**
 * What a SCORM launch reports, read from the stores: the launched assignment's score and its graded
 * attempts not yet sent, or the whole chapter's completion.
 */

import type { Assignment } from "../../course/assignment-schema";
import { regradeExercise } from "../../course/regrade";
import {
  assignmentScoreValues,
  chapterCompletionValues,
  type GradedAttemptReport,
  type ScormValue,
  type ScormVersion,
} from "../../course/scorm-report";
import { useAppStore } from "../app-store";
import { workKey } from "../assignment-schema";
import { useAssignmentStore } from "../assignment-store";

/** What the app tells the session about the launch. */
export interface LmsLaunch {
  /** The assignment the package launches, if it is an assignment package. */
  assignment?: Assignment | undefined;
  /** The chapter's lesson ids (for the whole-chapter package's completion). */
  lessonIds: readonly string[];
  /** The chapter's exercise ids (for the whole-chapter package's completion). */
  exerciseIds: readonly string[];
}

/** The score values of a launch, the graded attempts not yet reported and the new counts. */
export interface ScoreReport {
  values: ScormValue[];
  fresh: GradedAttemptReport[];
  counts: Record<string, number>;
}

/**
 * The score of a launch: an assignment package reports the assignment's points and status and
 * its graded attempts not yet reported; the whole-chapter package reports lessons read and
 * exercises tried.
 */
export function scoreReport(
  version: ScormVersion,
  launch: LmsLaunch,
  learnerId: string,
  reported: Record<string, number>,
  session: { start: number; passingScaled: number | undefined },
): ScoreReport {
  const { assignment } = launch;
  if (assignment) {
    const report = assignmentReport(assignment, learnerId, reported, session.start);
    return {
      values: assignmentScoreValues(version, {
        ...report.standing,
        passingScaled: session.passingScaled,
      }),
      fresh: report.fresh,
      counts: { ...reported, ...report.counts },
    };
  }
  const app = useAppStore.getState();
  const lessonsRead = launch.lessonIds.filter((id) => app.lessons[id]?.readAt !== undefined).length;
  const exercisesDone = launch.exerciseIds.filter(
    (id) => (app.exercises[id]?.attempts ?? 0) > 0,
  ).length;
  return {
    values: chapterCompletionValues(version, {
      lessonsRead,
      lessons: launch.lessonIds.length,
      exercisesDone,
      exercises: launch.exerciseIds.length,
    }),
    fresh: [],
    counts: reported,
  };
}

/** The report of the launched assignment: score values and the graded attempts not yet sent. */
function assignmentReport(
  assignment: Assignment,
  learnerId: string,
  reported: Record<string, number>,
  sessionStart: number,
): {
  standing: { points: number; maxPoints: number; done: boolean };
  fresh: GradedAttemptReport[];
  counts: Record<string, number>;
} {
  const work = useAssignmentStore.getState().work[workKey(assignment.id, learnerId)];
  let points = 0;
  let maxPoints = 0;
  let done = true;
  const fresh: GradedAttemptReport[] = [];
  const counts: Record<string, number> = {};
  for (const entry of assignment.exercises) {
    const record = work?.exercises[entry.id];
    const regraded = regradeExercise(assignment, learnerId, entry, record);
    points += regraded.points;
    maxPoints += entry.points;
    if (!regraded.solved && regraded.attemptsLeft > 0) done = false;
    const key = `${assignment.id}/${entry.id}`;
    const already = reported[key] ?? 0;
    let graded = 0;
    let previousAt = sessionStart;
    regraded.attempts.forEach((attempt, index) => {
      const at = Date.parse(attempt.at);
      if (attempt.countsAsAttempt) {
        graded += 1;
        if (graded > already) {
          fresh.push({
            exerciseId: entry.id,
            attemptNumber: graded,
            answer: record?.attempts[index]?.answer ?? {},
            rawScore: attempt.correct ? 1 : Math.min(attempt.rawScore, 0.999),
            points: entry.points,
            latencyMs: Number.isFinite(at) ? Math.max(0, at - previousAt) : 0,
            at: attempt.at,
          });
        }
      }
      if (Number.isFinite(at)) previousAt = Math.max(previousAt, at);
    });
    counts[key] = graded;
  }
  return { standing: { points, maxPoints, done }, fresh, counts };
}

/** Counted assignment attempts and practice attempts: a change means a graded attempt happened. */
export function gradedCount(learnerId: string): number {
  const practice = Object.values(useAppStore.getState().exercises).reduce(
    (sum, entry) => sum + entry.attempts,
    0,
  );
  const assignment = Object.values(useAssignmentStore.getState().work)
    .filter((work) => work.rosterId === learnerId)
    .reduce(
      (sum, work) =>
        sum +
        Object.values(work.exercises).reduce(
          (inner, exercise) => inner + exercise.attempts.length,
          0,
        ),
      0,
    );
  return practice + assignment;
}
