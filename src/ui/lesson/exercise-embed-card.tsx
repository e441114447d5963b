import { useEffect } from "react";
import { exerciseById } from "../../exercises/catalog/index";
import { useAppStore } from "../../store/app-store";
import { ExerciseCard } from "../shared/exercise-card/exercise-card";

/**
 * The card of an exercise placed in a lesson: with the exercise catalog it brings (generators,
 * graders, tables), loaded by `ExerciseEmbed` only when the reader comes near it.
 */
export default function ExerciseEmbedCard({ id }: { id: string }) {
  const ensureStudentId = useAppStore((state) => state.ensureStudentId);
  const studentId = useAppStore((state) => state.studentId);
  useEffect(() => {
    ensureStudentId();
  }, [ensureStudentId]);
  const exercise = exerciseById(id);
  if (!exercise || !studentId) return null;
  return (
    <div className="exercise-embed">
      <ExerciseCard exercise={exercise} number={0} />
    </div>
  );
}
