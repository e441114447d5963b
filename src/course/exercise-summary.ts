/**
 * What an instructor needs to pick an exercise for an assignment: its objectives, the kinds of
 * answer it asks for, and a rough time estimate.
 */

import type { AnswerPart, Exercise } from "../exercises/types";

/** An exercise as the assignment builder lists it. */
export interface ExerciseSummary {
  id: string;
  title: string;
  objectives: string[];
  /** The distinct answer-part kinds, in the order the parts are asked. */
  answerKinds: AnswerPart["kind"][];
  /** Answer parts to fill in. */
  parts: number;
  difficulty: 1 | 2 | 3;
  /** A rough estimate of the minutes a prepared student needs (see `estimatedMinutes`). */
  minutes: number;
}

/**
 * A rough time estimate for an exercise: 5 minutes per difficulty level (reading the prompt and
 * data, choosing the method) plus 2 minutes per answer part (computing and typing it). A planning
 * aid for instructors, not a measurement.
 *
 * @param exercise - the exercise
 * @returns whole minutes, at least 7
 * @example
 * estimatedMinutes({ difficulty: 2, answer: { psi: part, decision: part } }); // 14
 */
export function estimatedMinutes(exercise: Pick<Exercise, "difficulty" | "answer">): number {
  return 5 * exercise.difficulty + 2 * Object.keys(exercise.answer).length;
}

/**
 * The builder's summary of an exercise: id, title, objectives, answer kinds, parts, difficulty
 * and estimated minutes.
 *
 * @param exercise - the exercise
 * @returns its summary
 * @example
 * summarizeExercise(exercise).answerKinds; // ["number", "decision"]
 */
export function summarizeExercise(exercise: Exercise): ExerciseSummary {
  const kinds: AnswerPart["kind"][] = [];
  for (const part of Object.values(exercise.answer)) {
    if (!kinds.includes(part.kind)) kinds.push(part.kind);
  }
  return {
    id: exercise.id,
    title: exercise.title,
    objectives: [...exercise.objectives],
    answerKinds: kinds,
    parts: Object.keys(exercise.answer).length,
    difficulty: exercise.difficulty,
    minutes: estimatedMinutes(exercise),
  };
}
