/**
 * Item analysis and mastery: how each exercise and each learning objective went across a class.
 */

import { exerciseById } from "../exercises/catalog/index";
import type { Assignment } from "./assignment-schema";
import type {
  GradebookRow,
  ItemAnalysis,
  ObjectiveMastery,
  WrongAnswerGroup,
} from "./gradebook-types";
import type { RegradedExercise } from "./regrade-types";

/** The median of a non-empty list (mean of the middle two for an even count); 0 when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function exerciseResults(rows: readonly GradebookRow[], exerciseId: string): RegradedExercise[] {
  return rows.flatMap((row) => {
    const found = row.result?.exercises.find((exercise) => exercise.id === exerciseId);
    return found ? [found] : [];
  });
}

/**
 * Per exercise across the graded students: mean score (share of points), share correct at the
 * first counted attempt, median counted attempts (among students who attempted it), hints, and
 * the wrong answers grouped by the grader's targeted mistake ("other" when none explains one).
 *
 * @param assignment - the assignment
 * @param rows - gradebook rows (rows without a result are skipped)
 * @returns one entry per exercise, in assignment order
 * @example
 * itemAnalysis(assignment, []).every((item) => item.students === 0); // true
 */
export function itemAnalysis(
  assignment: Assignment,
  rows: readonly GradebookRow[],
): ItemAnalysis[] {
  return assignment.exercises.map((entry) => {
    const results = exerciseResults(rows, entry.id);
    const students = results.length;
    const attempted = results.filter((result) => result.attemptsCounted > 0);
    const groups = new Map<string, WrongAnswerGroup & { seen: Set<number> }>();
    results.forEach((result, student) => {
      for (const attempt of result.attempts) {
        if (!attempt.countsAsAttempt || attempt.correct) continue;
        const matched =
          attempt.mistakes.length > 0
            ? attempt.mistakes
            : [{ id: "other", message: "a wrong answer no targeted message explains" }];
        for (const mistake of matched) {
          const group = groups.get(mistake.id) ?? {
            mistakeId: mistake.id,
            message: mistake.message,
            count: 0,
            students: 0,
            seen: new Set<number>(),
          };
          group.count += 1;
          group.seen.add(student);
          group.students = group.seen.size;
          groups.set(mistake.id, group);
        }
      }
    });
    const wrongAnswers = [...groups.values()]
      .map(({ seen: _seen, ...group }) => group)
      .sort((a, b) => b.count - a.count || (a.mistakeId < b.mistakeId ? -1 : 1));
    const mean = (values: number[]) =>
      values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
    return {
      exerciseId: entry.id,
      title: exerciseById(entry.id)?.title ?? entry.id,
      maxPoints: entry.points,
      students,
      meanScore: mean(results.map((result) => result.score)),
      firstAttemptCorrect:
        students === 0 ? 0 : results.filter((r) => r.firstAttemptCorrect).length / students,
      medianAttempts: median(attempted.map((result) => result.attemptsCounted)),
      meanHints: mean(results.map((result) => result.hintsUsed)),
      studentsUsingHints: results.filter((result) => result.hintsUsed > 0).length,
      wrongAnswers,
    };
  });
}

/**
 * Mastery per learning objective: points earned over points available on the assignment's
 * exercises that practise it, pooled over the graded students, and how many students earned at
 * least 80 % of those points.
 *
 * @param assignment - the assignment
 * @param rows - gradebook rows (rows without a result are skipped)
 * @returns one entry per objective, in order of first appearance in the assignment
 * @example
 * objectiveMastery(assignment, []).every((entry) => entry.mastery === 0); // true
 */
export function objectiveMastery(
  assignment: Assignment,
  rows: readonly GradebookRow[],
): ObjectiveMastery[] {
  const objectives = new Map<string, string[]>();
  for (const entry of assignment.exercises) {
    for (const objective of exerciseById(entry.id)?.objectives ?? []) {
      objectives.set(objective, [...(objectives.get(objective) ?? []), entry.id]);
    }
  }
  const graded = rows.filter((row) => row.result !== undefined);
  return [...objectives].map(([objectiveId, exerciseIds]) => {
    let earned = 0;
    let available = 0;
    let studentsMastered = 0;
    for (const row of graded) {
      let mine = 0;
      let possible = 0;
      for (const exercise of row.result?.exercises ?? []) {
        if (!exerciseIds.includes(exercise.id)) continue;
        mine += exercise.points;
        possible += exercise.maxPoints;
      }
      earned += mine;
      available += possible;
      if (possible > 0 && mine >= 0.8 * possible - 1e-9) studentsMastered += 1;
    }
    return {
      objectiveId,
      exerciseIds,
      mastery: available === 0 ? 0 : earned / available,
      studentsMastered,
      students: graded.length,
    };
  });
}
