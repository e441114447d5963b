import { useEffect } from "react";
import { exercises } from "../../exercises/catalog/index";
import { useAppStore } from "../../store/app-store";
import { useChapter } from "../shared/chapter/chapter-context";
import { MasteryMeter } from "../shared/page-parts/mastery-meter";
import { MissingTarget } from "../shared/page-parts/missing-target";
import { Table } from "../shared/table/table";
import { downloadExercisesNotebook } from "../shared/downloads/notebook-downloads";
import { hrefs } from "../../content/model/routes";
import { ExerciseCard, practiceSeed } from "../shared/exercise-card/exercise-card";

/**
 * The exercises notebook (mirrors exercises.ipynb): every exercise in order, a score summary with
 * mastery per learning objective, autosaved drafts and a warning before leaving unsubmitted work.
 */
export default function ExercisesPage({ exerciseId }: { exerciseId: string | undefined }) {
  const { chapter } = useChapter();
  const progress = useAppStore((state) => state.exercises);
  const ensureStudentId = useAppStore((state) => state.ensureStudentId);
  const studentId = useAppStore((state) => state.studentId);

  useEffect(() => {
    ensureStudentId();
    document.title = `Exercises notebook · ${chapter.title}`;
  }, [ensureStudentId, chapter.title]);

  useEffect(() => {
    if (exerciseId) document.getElementById(exerciseId)?.scrollIntoView({ block: "start" });
  }, [exerciseId, studentId]);

  // Leaving with a typed but unsubmitted answer asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const unsubmitted = Object.values(useAppStore.getState().exercises).some(
        (entry) =>
          Object.values(entry.draft).some((value) =>
            Array.isArray(value) ? value.length > 0 : value.trim() !== "",
          ) && JSON.stringify(entry.draft) !== JSON.stringify(entry.submitted ?? {}),
      );
      if (unsubmitted) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  const total = exercises.reduce((sum, exercise) => sum + (progress[exercise.id]?.best ?? 0), 0);
  const known = !exerciseId || exercises.some((exercise) => exercise.id === exerciseId);
  const numbered = exercises.map((exercise, index) => ({ exercise, number: index + 1 }));
  // The index groups the exercises by the lesson they practise, in the notebook's (lesson) order.
  const groups = chapter.lessons
    .map((lesson) => ({
      lesson,
      items: numbered.filter(({ exercise }) => exercise.lesson === lesson.id),
    }))
    .filter((group) => group.items.length > 0);
  const statusOf = (id: string) => {
    const entry = progress[id];
    if (!entry || (entry.attempts === 0 && entry.best === 0)) return "not started";
    if (entry.best >= 1) return "done";
    return entry.attempts > 0 ? "attempted" : "started";
  };
  const mastery = chapter.objectives.map((objective) => {
    const mine = exercises.filter((exercise) => exercise.objectives.includes(objective.id));
    const score = mine.length
      ? mine.reduce((sum, exercise) => sum + (progress[exercise.id]?.best ?? 0), 0) / mine.length
      : 0;
    return { ...objective, count: mine.length, score };
  });

  return (
    <article className="exercises-page" aria-labelledby="exercises-title">
      <header className="lesson-header">
        <p className="eyebrow">Notebook · exercises.ipynb</p>
        <h1 id="exercises-title" tabIndex={-1}>
          Exercises notebook
        </h1>
        <p className="lede">
          Graded practice for feature stores and data contracts. Each exercise draws your own data
          from a seed; answers are graded here, in your browser.
        </p>
        <div className="notebook-toolbar" role="toolbar" aria-label="Exercises notebook">
          <button type="button" onClick={downloadExercisesNotebook}>
            Download exercises.ipynb
          </button>
        </div>
      </header>
      {!known && exerciseId && <MissingTarget what="an exercise" id={exerciseId} />}
      {studentId && (
        <p className="exercise-identity">
          Student id <code>{studentId}</code>: every exercise&apos;s data is drawn from it and the
          exercise&apos;s variant, and its seed is shown below, so you can report an instance and an
          instructor can reproduce it.
        </p>
      )}
      <nav className="exercises-index" aria-label="Exercises index">
        <h2>Exercises</h2>
        {groups.map(({ lesson, items }) => (
          <section key={lesson.id} aria-labelledby={`exercises-index-${lesson.id}`}>
            <h3 id={`exercises-index-${lesson.id}`}>
              Lesson {lesson.number}:{" "}
              <a href={hrefs.lesson(lesson.id)} className="exercises-index-lesson">
                {lesson.title}
              </a>
            </h3>
            <ol>
              {items.map(({ exercise, number }) => {
                const entry = progress[exercise.id];
                const status = statusOf(exercise.id);
                return (
                  <li key={exercise.id} value={number}>
                    <a href={hrefs.exercises(exercise.id)}>{exercise.title}</a>{" "}
                    <span className={`exercise-status exercise-status-${status.replace(" ", "-")}`}>
                      {status}
                      {entry && entry.best > 0 ? ` · best ${(entry.best * 100).toFixed(0)}%` : ""}
                    </span>{" "}
                    {studentId && (
                      <span className="exercise-seed">
                        variant {(entry?.variant ?? 0) + 1}, seed{" "}
                        {practiceSeed(studentId, exercise.id, entry?.variant ?? 0)}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </nav>
      <section className="score-summary" aria-labelledby="score-heading">
        <h2 id="score-heading">Your score</h2>
        <p>
          <strong>{total.toFixed(1)}</strong> of {exercises.length} points (best score per
          exercise). Invalid input never costs an attempt; credit decreases by 10% per earlier
          graded attempt and 5% per hint, to at least 40%.
        </p>
        <Table
          caption="Mastery per learning objective"
          className="mastery"
          scroll={false}
          columns={[
            { header: "Objective", cell: (row) => row.text },
            { header: "Exercises", cell: (row) => row.count },
            {
              header: "Mastery",
              cell: (row) => <MasteryMeter label={row.text} share={row.score} />,
            },
          ]}
          rows={mastery}
          rowKey={(row) => row.id}
        />
      </section>
      {studentId &&
        exercises.map((exercise, index) => (
          <ExerciseCard key={exercise.id} exercise={exercise} number={index + 1} />
        ))}
    </article>
  );
}
