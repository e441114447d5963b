import type { Assignment } from "../../course/assignment-schema";
import type { RegradedExercise } from "../../course/regrade-types";
import { useChapter } from "../shared/chapter/chapter-context";
import { points } from "./score-text";
import type { AssignmentExerciseState } from "./use-assignment-exercise";

/**
 * An assignment exercise's heading: its number, points and difficulty, title, learning
 * objectives, and the attempts, hints and points used so far (points only once visible).
 */
export function AssignmentExerciseHeader({
  assignment,
  exerciseId,
  number,
  status,
  state: { exercise, attemptsCounted, hintsUsed, visible },
}: {
  assignment: Assignment;
  exerciseId: string;
  number: number;
  status: RegradedExercise | undefined;
  state: AssignmentExerciseState;
}) {
  const { chapter } = useChapter();
  const entry = assignment.exercises.find((candidate) => candidate.id === exerciseId);
  const objectiveText = (id: string) =>
    chapter.objectives.find((objective) => objective.id === id)?.text ?? id;
  return (
    <header className="exercise-header">
      <p className="eyebrow">
        Exercise {number} · {entry ? `${points(entry.points)} points` : ""} · difficulty{" "}
        {exercise.difficulty} of 3
      </p>
      <h2 id={`${exerciseId}-title`}>{exercise.title}</h2>
      <ul className="objective-chips" aria-label="Learning objectives">
        {exercise.objectives.map((id) => (
          <li key={id}>{objectiveText(id)}</li>
        ))}
      </ul>
      <p className="exercise-progress" data-testid="exercise-status">
        {attemptsCounted} of {assignment.attempts} attempt{assignment.attempts === 1 ? "" : "s"}{" "}
        used
        {assignment.hints && ` · ${hintsUsed} hint${hintsUsed === 1 ? "" : "s"}`}
        {status && visible && entry
          ? ` · ${points(status.points)} of ${points(entry.points)} points`
          : ""}
        {status && !visible && attemptsCounted > 0 ? " · answer recorded" : ""}
      </p>
    </header>
  );
}
