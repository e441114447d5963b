import { useId, useMemo, useState } from "react";
import { summarizeExercise } from "../../course/exercise-summary";
import { exercises } from "../../exercises/catalog/index";
import type { BuilderDraft } from "../../store/instructor-store";
import { useChapter } from "../shared/chapter/chapter-context";
import { Table } from "../shared/table/table";
import { ChosenExercise } from "./chosen-exercise";

type Entry = BuilderDraft["exercises"][number];

/**
 * Picks the exercises of an assignment by learning objective: every exercise with its
 * objectives, answer kinds, difficulty and estimated minutes; the chosen ones in order with their
 * points and variant.
 */
export function ExercisePicker({
  chosen,
  onChange,
}: {
  chosen: Entry[];
  onChange: (entries: Entry[]) => void;
}) {
  const { chapter } = useChapter();
  const filterId = useId();
  const [objective, setObjective] = useState("");
  const summaries = useMemo(() => exercises.map(summarizeExercise), []);
  const byId = useMemo(
    () => new Map(summaries.map((summary) => [summary.id, summary])),
    [summaries],
  );
  const objectiveText = (id: string) =>
    chapter.objectives.find((candidate) => candidate.id === id)?.text ?? id;
  const shown = objective
    ? summaries.filter((summary) => summary.objectives.includes(objective))
    : summaries;
  const isChosen = (id: string) => chosen.some((entry) => entry.id === id);
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, { id, points: 10 }] : chosen.filter((entry) => entry.id !== id));
  const update = (index: number, change: Partial<Entry>) =>
    onChange(
      chosen.map((entry, position) => (position === index ? { ...entry, ...change } : entry)),
    );
  const move = (index: number, step: number) => {
    const next = [...chosen];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + step, 0, item);
    onChange(next);
  };
  const totalPoints = chosen.reduce((sum, entry) => sum + (entry.points || 0), 0);
  const totalMinutes = chosen.reduce((sum, entry) => sum + (byId.get(entry.id)?.minutes ?? 0), 0);
  const covered = new Set(chosen.flatMap((entry) => byId.get(entry.id)?.objectives ?? []));

  return (
    <div className="exercise-picker">
      <label htmlFor={filterId} className="picker-filter">
        <span>Show exercises for</span>
        <select
          id={filterId}
          value={objective}
          onChange={(event) => setObjective(event.target.value)}
        >
          <option value="">every learning objective ({summaries.length} exercises)</option>
          {chapter.objectives.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.text} (
              {summaries.filter((summary) => summary.objectives.includes(candidate.id)).length})
            </option>
          ))}
        </select>
      </label>
      <Table
        caption="Exercises of the chapter"
        label="Exercises to choose from"
        className="picker-table"
        columns={[
          {
            header: "Include",
            className: "picker-include",
            cell: (summary) => (
              <input
                type="checkbox"
                checked={isChosen(summary.id)}
                aria-label={`Include ${summary.title}`}
                onChange={(event) => toggle(summary.id, event.target.checked)}
              />
            ),
          },
          {
            header: "Exercise",
            className: "picker-title",
            cell: (summary) => (
              <>
                {summary.title}
                <br />
                <code>{summary.id}</code>
              </>
            ),
          },
          {
            header: "Objectives",
            labelCells: true,
            cell: (summary) => (
              <ul className="plain-list">
                {summary.objectives.map((id) => (
                  <li key={id}>{objectiveText(id)}</li>
                ))}
              </ul>
            ),
          },
          {
            header: "Answers",
            labelCells: true,
            cell: (summary) => summary.answerKinds.join(", "),
          },
          {
            header: "Difficulty",
            labelCells: true,
            numeric: true,
            cell: (summary) => `${summary.difficulty} of 3`,
          },
          {
            header: "Minutes (est.)",
            labelCells: true,
            numeric: true,
            cell: (summary) => `≈ ${summary.minutes}`,
          },
        ]}
        rows={shown}
        rowKey={(summary) => summary.id}
      />
      <h3>Chosen, in order</h3>
      {chosen.length === 0 ? (
        <p className="muted">No exercise chosen yet: tick some above.</p>
      ) : (
        <>
          <ol className="chosen-exercises">
            {chosen.map((entry, index) => (
              <ChosenExercise
                key={entry.id}
                entry={entry}
                title={byId.get(entry.id)?.title ?? entry.id}
                first={index === 0}
                last={index === chosen.length - 1}
                onUpdate={(change) => update(index, change)}
                onMove={(step) => move(index, step)}
                onRemove={() => toggle(entry.id, false)}
              />
            ))}
          </ol>
          <p>
            {chosen.length} exercise{chosen.length === 1 ? "" : "s"}, {totalPoints} points, about{" "}
            {totalMinutes} minutes. Objectives covered: {covered.size} of{" "}
            {chapter.objectives.length}.
          </p>
        </>
      )}
    </div>
  );
}
