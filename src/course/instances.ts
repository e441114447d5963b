/**
 * A student's instance of an assignment exercise, re-created from the seed: the one place the
 * page, the answer key and the re-grader get instances from.
 */

import { exerciseById } from "../exercises/catalog/index";
import { deriveSeed } from "../exercises/seeds";
import type { SeedInputs } from "../exercises/seeds";
import type { Exercise, Instance, KnownMistake, ReferenceAnswer } from "../exercises/types";
import type { Assignment } from "./assignment-schema";

/** A re-created instance with the exercise it belongs to. */
export interface AssignmentInstance {
  exercise: Exercise;
  seedInputs: SeedInputs;
  seed: number;
  instance: Instance;
}

/**
 * The seed inputs of one exercise for one student: context = assignment id, student = roster id,
 * the exercise id and the entry's variant (0 when not set).
 *
 * @param assignment - the assignment
 * @param rosterId - a checked roster id
 * @param exerciseId - an exercise of the assignment
 * @returns the inputs of `deriveSeed`
 * @throws {Error} "assignmentSeedInputs requires ..." when the exercise is not in the assignment
 * @example
 * assignmentSeedInputs(assignment, "s1", "psi-categorical-shift").context === assignment.id; // true
 */
export function assignmentSeedInputs(
  assignment: Assignment,
  rosterId: string,
  exerciseId: string,
): SeedInputs {
  const entry = assignment.exercises.find((candidate) => candidate.id === exerciseId);
  if (!entry) {
    throw new Error(
      `assignmentSeedInputs requires an exercise of the assignment, got '${exerciseId}'`,
    );
  }
  return {
    context: assignment.id,
    student: rosterId,
    exercise: exerciseId,
    variant: entry.variant ?? 0,
  };
}

/** Instances by exercise id and seed; generation is deterministic, so caching is exact. */
const instanceCache = new Map<string, Instance>();
const maxCachedInstances = 512;

/**
 * The exercise's instance for a seed, generated once and reused (least recently generated is
 * dropped past 512 entries). Callers must not mutate the instance.
 *
 * @param exercise - the exercise
 * @param seed - the seed
 * @returns `exercise.generate(seed)`
 * @throws as `exercise.generate`
 * @example
 * cachedInstance(exercise, 7) === cachedInstance(exercise, 7); // true
 */
export function cachedInstance(exercise: Exercise, seed: number): Instance {
  const key = `${exercise.id}\u0000${seed}`;
  const cached = instanceCache.get(key);
  if (cached) return cached;
  const instance = exercise.generate(seed);
  if (instanceCache.size >= maxCachedInstances) {
    const oldest = instanceCache.keys().next().value;
    if (oldest !== undefined) instanceCache.delete(oldest);
  }
  instanceCache.set(key, instance);
  return instance;
}

/**
 * An exercise whose `solve` and `mistakes` remember their result for the last instance they saw:
 * the grader calls both for every attempt, and they are pure, so several attempts on one
 * instance compute them once. Grading with it gives exactly the grades of the plain exercise.
 */
export function withRememberedAnswers(exercise: Exercise): Exercise {
  let solvedFor: Instance | undefined;
  let solved: ReferenceAnswer | undefined;
  let mistakesFor: Instance | undefined;
  let mistakes: KnownMistake[] | undefined;
  const remembered: Exercise = {
    ...exercise,
    solve(instance) {
      if (solvedFor !== instance || solved === undefined) {
        solved = exercise.solve(instance);
        solvedFor = instance;
      }
      return solved;
    },
    mistakes(instance) {
      if (mistakesFor !== instance || mistakes === undefined) {
        // Called on the remembering exercise, so a `this.solve(instance)` inside is remembered too.
        mistakes = exercise.mistakes.call(remembered, instance);
        mistakesFor = instance;
      }
      return mistakes;
    },
  };
  return remembered;
}

/**
 * A student's instance of one assignment exercise, from the seed derived by `deriveSeed`.
 *
 * @param assignment - the assignment
 * @param rosterId - a checked roster id
 * @param exerciseId - an exercise of the assignment
 * @returns the exercise, the seed inputs, the seed and the instance
 * @throws {Error} when the exercise is not in the assignment or not in the catalogue
 * @example
 * assignmentInstance(assignment, "s1", assignment.exercises[0].id).seed; // a 32-bit seed
 */
export function assignmentInstance(
  assignment: Assignment,
  rosterId: string,
  exerciseId: string,
): AssignmentInstance {
  const seedInputs = assignmentSeedInputs(assignment, rosterId, exerciseId);
  const exercise = exerciseById(exerciseId);
  if (!exercise)
    throw new Error(`assignmentInstance requires a known exercise, got '${exerciseId}'`);
  const seed = deriveSeed(seedInputs);
  return { exercise, seedInputs, seed, instance: cachedInstance(exercise, seed) };
}
