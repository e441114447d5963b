import { useState } from "react";
import {
  eraseProgress,
  persistedPart,
  useAppStore,
  type ProgressKind,
} from "../../store/app-store";
import { downloadProgress } from "../shared/downloads/progress-download";

/** What each kind of saved progress holds, as the reader knows it. */
const kinds: {
  kind: ProgressKind;
  label: string;
  count: (state: ReturnType<typeof persistedPart>) => string;
}[] = [
  {
    kind: "lessons",
    label: "Reading progress (how far you read, and which lessons you marked read)",
    count: (state) => {
      const opened = Object.keys(state.lessons).length;
      return `${opened} lesson${opened === 1 ? "" : "s"} opened`;
    },
  },
  {
    kind: "restate",
    label: "Restatements",
    count: (state) => `${Object.keys(state.restate).length} answers`,
  },
  {
    kind: "cells",
    label: "Notebook edits and slider values",
    count: (state) => `${Object.keys(state.cells).length} cells`,
  },
  {
    kind: "exercises",
    label: "Exercise answers, attempts and best scores",
    count: (state) => `${Object.keys(state.exercises).length} exercises`,
  },
  {
    kind: "studentId",
    label: "Student id (your exercises' data is drawn from it; a new one gives new variants)",
    count: (state) => state.studentId || "none yet",
  },
];

/**
 * Erasing progress, kind by kind: says exactly what each choice removes, offers an export first,
 * and asks before erasing.
 */
export function EraseProgress({ onErased }: { onErased: (message: string) => void }) {
  const state = persistedPart(useAppStore());
  const [chosen, setChosen] = useState<Set<ProgressKind>>(
    () => new Set(kinds.map((entry) => entry.kind)),
  );
  const picked = kinds.filter((entry) => chosen.has(entry.kind));
  const toggle = (kind: ProgressKind, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });
  return (
    <fieldset className="erase-progress" role="group" aria-label="What to erase">
      <legend>What to erase from this browser</legend>
      <p>
        Erased progress cannot be brought back unless you have exported it. The colour theme is
        kept.
      </p>
      <div className="button-row">
        <button type="button" onClick={downloadProgress}>
          Download a copy first
        </button>
      </div>
      <ul className="erase-kinds">
        {kinds.map((entry) => (
          <li key={entry.kind}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(entry.kind)}
                onChange={(event) => toggle(entry.kind, event.target.checked)}
              />{" "}
              {entry.label} <span className="erase-count">({entry.count(state)})</span>
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="danger"
        disabled={picked.length === 0}
        onClick={() => {
          const list = picked.map((entry) => entry.label.split(" (")[0]!.toLowerCase()).join(", ");
          if (!window.confirm(`Erase ${list} from this browser? This cannot be undone.`)) return;
          eraseProgress(picked.map((entry) => entry.kind));
          onErased(`Erased: ${list}.`);
        }}
      >
        {picked.length === kinds.length
          ? "Erase all progress"
          : `Erase the ${picked.length} selected`}
      </button>
    </fieldset>
  );
}
