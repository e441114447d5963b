/**
 * The one way to write an exercise: `defineExercise` keeps each exercise typed by its own
 * parameters while the registry holds them all as plain `Exercise`s, with no cast anywhere.
 */
import type { Exercise } from "./types";

/**
 * Defines an exercise typed by its parameters `P`: `generate` must return an `Instance<P>`, and
 * `prompt`, `solve`, `mistakes` and `solution` receive one, so their arguments need no annotation
 * and no cast (and `this` inside them is the typed exercise). The result goes into the registry
 * as a plain `Exercise`. Give `P` explicitly when a method uses `this`; otherwise it is inferred
 * from `generate`.
 *
 * @param definition - the exercise
 * @returns the same object, typed by its parameters
 * @example
 * const double = defineExercise<{ base: number }>({
 *   generate: (seed: number): Instance<{ base: number }> => ({ seed, params: { base: seed }, tables: [] }),
 *   solve: ({ params }) => ({ doubled: 2 * params.base }), // params: { base: number }
 *   // …id, title, objectives, topic, difficulty, prompt, answer, mistakes, hints, solution
 * });
 */
export function defineExercise<P>(definition: Exercise<P>): Exercise<P> {
  return definition;
}
