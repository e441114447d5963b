import { useEffect } from "react";
import { exerciseById } from "../../exercises/catalog/index";
import { useAppStore } from "../../store/app-store";
import { ExerciseCard } from "./exercise-card";

/** An exercise placed in a lesson with `::exercise{#id}` (loaded with the exercises on demand). */
export default function ExerciseEmbed({ id }: { id: string }) {
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
