import { useId, useMemo, useState } from "react";
import { assignmentInstance, checkRosterId, type Assignment } from "../../course/index";
import { referenceAsRawAnswer, toCsv } from "../../exercises/practice";
import { InstanceTables } from "../shared/exercise-card/instance-tables";
import { TextView } from "../shared/outputs/text-view";
import { Table } from "../shared/table/table";

/** A reference answer part as text: lists joined with commas. */
export function referenceText(value: string | string[] | undefined): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(", ") : value;
}

/**
 * Any student's variant of an exercise, exactly as their assignment page shows it, with the
 * reference answer and the worked solution: for checking an assignment before sharing it.
 */
export function VariantPreview({ assignment }: { assignment: Assignment }) {
  const rosterInputId = useId();
  const exerciseInputId = useId();
  const [rosterText, setRosterText] = useState("student-1");
  const [exerciseId, setExerciseId] = useState(assignment.exercises[0]?.id ?? "");
  const checked = checkRosterId(rosterText);
  const selected = assignment.exercises.some((entry) => entry.id === exerciseId)
    ? exerciseId
    : (assignment.exercises[0]?.id ?? "");
  const made = useMemo(() => {
    const roster = checkRosterId(rosterText);
    if (!("id" in roster) || !selected) return undefined;
    const instance = assignmentInstance(assignment, roster.id, selected);
    return {
      ...instance,
      prompt: instance.exercise.prompt(instance.instance),
      reference: referenceAsRawAnswer(instance.exercise, instance.instance),
      solution: instance.exercise.solution(instance.instance),
    };
  }, [assignment, rosterText, selected]);

  return (
    <div className="variant-preview">
      <div className="preview-controls">
        <label htmlFor={rosterInputId}>
          <span>Roster id</span>
          <input
            id={rosterInputId}
            type="text"
            value={rosterText}
            spellCheck={false}
            aria-invalid={"problem" in checked || undefined}
            onChange={(event) => setRosterText(event.target.value)}
          />
        </label>
        <label htmlFor={exerciseInputId}>
          <span>Exercise</span>
          <select
            id={exerciseInputId}
            value={selected}
            onChange={(event) => setExerciseId(event.target.value)}
          >
            {assignment.exercises.map((entry, index) => (
              <option key={entry.id} value={entry.id}>
                {index + 1}. {entry.id}
              </option>
            ))}
          </select>
        </label>
      </div>
      {"problem" in checked && <p className="form-problem">{checked.problem}</p>}
      {made && (
        <div className="preview-body" data-testid="variant-preview">
          <p className="muted">
            Seed {made.seed} = deriveSeed(context “{made.seedInputs.context}”, student “
            {made.seedInputs.student}”, exercise “{made.seedInputs.exercise}”, variant{" "}
            {made.seedInputs.variant})
          </p>
          <h3>{made.exercise.title}</h3>
          <div className="prose exercise-prompt">
            <TextView markdown={made.prompt} />
          </div>
          <InstanceTables
            exerciseId={made.exercise.id}
            tables={made.instance.tables}
            toCsv={toCsv}
          />
          <Table
            caption="Reference answer"
            className="reference-answer"
            scroll={false}
            columns={[
              { header: "Part", cell: ([, part]) => part.label, rowHeader: true },
              { header: "Answer", cell: ([name]) => referenceText(made.reference[name]) },
            ]}
            rows={Object.entries(made.exercise.answer)}
            rowKey={([name]) => name}
          />
          <details className="directive directive-example exercise-solution">
            <summary>
              <strong>Worked solution</strong>
            </summary>
            <TextView markdown={made.solution} />
          </details>
        </div>
      )}
    </div>
  );
}
