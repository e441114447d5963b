import { memo, useMemo, useState } from "react";
import type { CompiledCodeCell } from "../../../content/model/notebook-types";
import { grade, type GradeResult } from "../../../exercises/grade";
import { toCsv } from "../../../exercises/practice";
import { deriveSeed } from "../../../exercises/seeds";
import type { Exercise } from "../../../exercises/types";
import { useAppStore } from "../../../store/app-store";
import { useChapter } from "../chapter/chapter-context";
import { CodeCell } from "../cells/code-cell";
import { hrefs } from "../../../content/model/routes";
import { TextView } from "../outputs/text-view";
import { useDetailsOpen } from "../outputs/use-details-open";
import { AnswerPartInput } from "./answer-part";
import { HintButton, HintList } from "./hints";
import { InstanceTables } from "./instance-tables";
import { PartFeedback } from "./part-feedback";
import { resultTone, toneView } from "./result-tone";

const scratchSource = `// \`data\` is this exercise's instance (data.params, data.tables); \`lab\` is the statistics library.
const [table] = data.tables;
show.table(table);
// For example: const column = table.rows.map((row) => row[1]);`;

/** The seed of this browser's current variant of an exercise (documented in src/exercises/seeds.ts). */
export function practiceSeed(studentId: string, exerciseId: string, variant: number): number {
  return deriveSeed({ context: "practice", student: studentId, exercise: exerciseId, variant });
}

/**
 * One exercise: prompt, data (with downloads), a scratch cell on the notebook kernel with the
 * instance as `data`, the answer widgets, hints, feedback with accepted ranges, and the solution.
 */
export const ExerciseCard = memo(function ExerciseCard({
  exercise,
  number,
}: {
  exercise: Exercise;
  number: number;
}) {
  const { chapter } = useChapter();
  const progress = useAppStore((state) => state.exercises[exercise.id]);
  const studentId = useAppStore((state) => state.studentId);
  const saveDraft = useAppStore((state) => state.saveDraft);
  const recordAttempt = useAppStore((state) => state.recordAttempt);
  const takeHint = useAppStore((state) => state.takeHint);
  const newVariant = useAppStore((state) => state.newVariant);
  const [result, setResult] = useState<GradeResult | undefined>();
  // The scratch cell mounts (and runs) only once opened: no kernel work for closed exercises.
  const scratchDetails = useDetailsOpen();
  const variant = progress?.variant ?? 0;
  const seed = practiceSeed(studentId, exercise.id, variant);
  const instance = useMemo(() => exercise.generate(seed), [exercise, seed]);
  const prompt = useMemo(() => exercise.prompt(instance), [exercise, instance]);
  const draft = progress?.draft ?? {};
  const hintsUsed = progress?.hintsUsed ?? 0;
  const attempts = progress?.attempts ?? 0;
  const scratch = useMemo<CompiledCodeCell>(
    () => ({
      kind: "code",
      id: `scratch-${exercise.id}`,
      title: "Scratch cell",
      source: scratchSource,
      params: {},
      lesson: undefined,
    }),
    [exercise.id],
  );
  const data = useMemo(() => ({ params: instance.params, tables: instance.tables }), [instance]);

  const submit = () => {
    const graded = grade(exercise, seed, draft, { attempts, hintsUsed });
    setResult(graded);
    if (graded.countsAsAttempt)
      recordAttempt(exercise.id, draft, graded.score, graded.solutionUnlocked);
  };

  const objectiveText = (id: string) =>
    chapter.objectives.find((objective) => objective.id === id)?.text ?? id;
  return (
    <article className="exercise" id={exercise.id} aria-labelledby={`${exercise.id}-title`}>
      <header className="exercise-header">
        <p className="eyebrow">
          {number > 0 ? `Exercise ${number} · ` : "Exercise · "}
          {exercise.topic} · difficulty {exercise.difficulty} of 3 · variant {variant + 1}
        </p>
        <h2 id={`${exercise.id}-title`}>{exercise.title}</h2>
        <ul className="objective-chips" aria-label="Learning objectives">
          {exercise.objectives.map((id) => (
            <li key={id}>{objectiveText(id)}</li>
          ))}
        </ul>
        {progress && (
          <p className="exercise-progress">
            Best score {(progress.best * 100).toFixed(0)}% · {attempts} graded attempt
            {attempts === 1 ? "" : "s"} · {hintsUsed} hint{hintsUsed === 1 ? "" : "s"}
          </p>
        )}
      </header>
      <div className="prose exercise-prompt">
        <TextView markdown={prompt} />
      </div>
      <InstanceTables exerciseId={exercise.id} tables={instance.tables} toCsv={toCsv} />
      <details
        className="exercise-scratch"
        ref={scratchDetails.ref}
        onToggle={scratchDetails.onToggle}
      >
        <summary>Scratch cell: compute with the lab</summary>
        {scratchDetails.open && (
          <CodeCell
            cell={scratch}
            notebookId="exercises"
            placement="scratch"
            data={data}
            shareHref={hrefs.exercises(exercise.id)}
          />
        )}
      </details>
      <form
        className="exercise-answer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {Object.entries(exercise.answer).map(([name, part]) => (
          <div key={name} className="answer-row">
            <AnswerPartInput
              name={name}
              part={part}
              value={draft[name]}
              status={result?.parts[name]?.status}
              onChange={(value) => saveDraft(exercise.id, name, value)}
            />
            {result?.parts[name] && (
              <PartFeedback part={result.parts[name]} showAccepted={result.countsAsAttempt} />
            )}
          </div>
        ))}
        <div className="button-row">
          <button type="submit" className="primary">
            Submit
          </button>
          <HintButton
            hints={exercise.hints}
            used={hintsUsed}
            onTake={() => takeHint(exercise.id)}
          />
          <button
            type="button"
            onClick={() => {
              newVariant(exercise.id);
              setResult(undefined);
            }}
          >
            New variant
          </button>
        </div>
      </form>
      {result && (
        <div
          className={`callout ${toneView[resultTone(result)].className}`}
          role="status"
          aria-live="polite"
        >
          {result.countsAsAttempt ? (
            <p>
              <strong>
                {toneView[resultTone(result)].headline} · Score {(result.score * 100).toFixed(0)}%
              </strong>
              {result.creditMultiplier < 1 &&
                ` (${(result.rawScore * 100).toFixed(0)}% correct × ${(result.creditMultiplier * 100).toFixed(0)}% credit after earlier attempts and hints)`}
            </p>
          ) : (
            <p>
              <strong>Not graded:</strong> some answers could not be read. This did not cost an
              attempt.
            </p>
          )}
          {result.feedback.length > 0 && (
            <ul>
              {result.feedback.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <HintList hints={exercise.hints} used={hintsUsed} />
      {progress?.solutionOpen && (
        <details className="directive directive-example exercise-solution">
          <summary>
            <strong>Worked solution</strong>
          </summary>
          <TextView markdown={exercise.solution(instance)} />
        </details>
      )}
    </article>
  );
});
