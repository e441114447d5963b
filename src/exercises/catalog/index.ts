/**
 * The exercise registry: every exercise of the exercises notebook, looked up by id.
 */

import type { Exercise } from "../types";
import { partOne } from "./part-one";
import { partTwo } from "./part-two";

/**
 * All exercises, part one then part two, in notebook order.
 *
 * Lesson concept: graded practice (one registry for the page, the CLI and re-grading).
 *
 * @example
 * exercises.map((exercise) => exercise.id);
 */
export const exercises: Exercise[] = [...partOne, ...partTwo];

const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));

/**
 * The exercise with this id, if there is one.
 *
 * Lesson concept: graded practice (deep links and submissions name exercises by stable id).
 *
 * @param id - a kebab-case exercise id
 * @returns the exercise, or undefined for an unknown id
 * @throws never
 * @example
 * exerciseById("no-such-exercise"); // undefined
 */
export function exerciseById(id: string): Exercise | undefined {
  return byId.get(id);
}

/**
 * Problems with a list of exercises as a registry: duplicate or non-kebab-case ids, objectives
 * that are not the chapter's, and chapter objectives with fewer than `minimumPerObjective`
 * exercises.
 *
 * Lesson concept: graded practice (every learning objective is practised at least twice).
 *
 * @param list - the exercises
 * @param objectiveIds - the chapter's objective ids (content/chapter.yaml)
 * @param minimumPerObjective - exercises each objective needs (2 by default)
 * @returns one plain sentence per problem; empty when the registry is sound
 * @throws never
 * @example
 * catalogProblems(exercises, ["define-artifacts"]); // [] once two exercises cover it
 */
export function catalogProblems(
  list: readonly Exercise[],
  objectiveIds: readonly string[],
  minimumPerObjective = 2,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const exercise of list) {
    if (seen.has(exercise.id)) problems.push(`exercise id '${exercise.id}' is used more than once`);
    seen.add(exercise.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(exercise.id)) {
      problems.push(`exercise id '${exercise.id}' is not kebab-case`);
    }
    for (const objective of exercise.objectives) {
      if (!objectiveIds.includes(objective)) {
        problems.push(`exercise '${exercise.id}' names unknown objective '${objective}'`);
      }
    }
  }
  for (const objective of objectiveIds) {
    const count = list.filter((exercise) => exercise.objectives.includes(objective)).length;
    if (count < minimumPerObjective) {
      problems.push(
        `objective '${objective}' has ${count} exercise(s); it needs at least ${minimumPerObjective}`,
      );
    }
  }
  return problems;
}
