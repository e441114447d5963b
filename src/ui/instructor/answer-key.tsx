import { useId, useMemo, useState } from "react";
import {
  assignmentInstance,
  checkRosterId,
  parseRoster,
  type Assignment,
  type RosterEntry,
} from "../../course/index";
import { writeCsv } from "../../course/csv";
import { referenceAsRawAnswer } from "../../exercises/practice";
import type { DataTable } from "../../exercises/types";
import { downloadText } from "../shared/downloads/download";
import { TextView } from "../shared/outputs/text-view";
import { ValueTable } from "../shared/table/table";
import { useAssignmentChoice } from "./assignment-picker";
import { referenceText } from "./variant-preview";
import { CsvFileButton, type OpenedFile } from "./file-button";

interface KeyEntry {
  exerciseId: string;
  title: string;
  variant: number;
  seed: number;
  prompt: string;
  tables: ReturnType<typeof assignmentInstance>["instance"]["tables"];
  parts: { name: string; label: string; reference: string }[];
}

interface StudentKey {
  student: Pick<RosterEntry, "id" | "name">;
  entries: KeyEntry[];
}

/** Every student's instances and reference answers for an assignment. */
function answerKey(
  assignment: Assignment,
  students: Pick<RosterEntry, "id" | "name">[],
): StudentKey[] {
  return students.map((student) => ({
    student,
    entries: assignment.exercises.map((entry) => {
      const made = assignmentInstance(assignment, student.id, entry.id);
      const reference = referenceAsRawAnswer(made.exercise, made.instance);
      return {
        exerciseId: entry.id,
        title: made.exercise.title,
        variant: made.seedInputs.variant,
        seed: made.seed,
        prompt: made.exercise.prompt(made.instance),
        tables: made.instance.tables,
        parts: Object.entries(made.exercise.answer).map(([name, part]) => ({
          name,
          label: part.label,
          reference: referenceText(reference[name]),
        })),
      };
    }),
  }));
}

/** A student's data tables, each in a scrolling region named for the student. */
function KeyTables({ studentId, tables }: { studentId: string; tables: DataTable[] }) {
  return tables.map((table) => (
    <ValueTable
      key={table.name}
      caption={table.name}
      label={`${studentId}: ${table.name}`}
      columns={table.columns}
      rows={table.rows}
      numbers="exact"
    />
  ));
}

/** The answer key as CSV: one row per student, exercise and answer part. */
function answerKeyCsv(assignment: Assignment, key: StudentKey[]): string {
  const rows = [
    [
      "assignment",
      "roster id",
      "name",
      "exercise",
      "variant",
      "seed",
      "part",
      "label",
      "reference answer",
    ],
  ];
  for (const { student, entries } of key) {
    for (const entry of entries) {
      for (const part of entry.parts) {
        rows.push([
          assignment.id,
          student.id,
          student.name,
          entry.exerciseId,
          String(entry.variant),
          String(entry.seed),
          part.name,
          part.label,
          part.reference,
        ]);
      }
    }
  }
  return writeCsv(rows);
}

/** Roster ids typed one per line (or separated by commas), checked like the student page does. */
function typedStudents(text: string): {
  students: Pick<RosterEntry, "id" | "name">[];
  problems: string[];
} {
  const students: Pick<RosterEntry, "id" | "name">[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const piece of text.split(/[\n,;]/)) {
    if (piece.trim() === "") continue;
    const checked = checkRosterId(piece);
    if ("problem" in checked) problems.push(`“${piece.trim()}”: ${checked.problem}`);
    else if (!seen.has(checked.id)) {
      seen.add(checked.id);
      students.push({ id: checked.id, name: "" });
    }
  }
  return { students, problems };
}

/**
 * The answer key: for a roster (a CSV or typed ids), each student's instance and reference answers,
 * as a printable page and a CSV, for hand-checking and disputes.
 */
export function AnswerKey() {
  const { assignment, picker } = useAssignmentChoice();
  const idsId = useId();
  const [typed, setTyped] = useState("");
  const [rosterFile, setRosterFile] = useState<OpenedFile | undefined>();
  const [showData, setShowData] = useState(false);
  const [made, setMade] = useState<{ for: Assignment; key: StudentKey[] } | undefined>();

  const fromFile = useMemo(
    () => (rosterFile ? parseRoster(rosterFile.text, rosterFile.name) : undefined),
    [rosterFile],
  );
  const fromText = useMemo(() => typedStudents(typed), [typed]);
  const students = fromFile ? fromFile.roster.entries : fromText.students;
  const problems = fromFile ? fromFile.problems : fromText.problems;
  const key = made && made.for === assignment ? made.key : undefined;

  return (
    <div className="answer-key">
      <section aria-labelledby="key-inputs" className="no-print">
        <h2 id="key-inputs">Assignment and students</h2>
        {picker}
        <div className="builder-field">
          <label htmlFor={idsId}>Roster ids, one per line</label>
          <textarea
            id={idsId}
            rows={4}
            value={typed}
            spellCheck={false}
            disabled={rosterFile !== undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <div className="button-row">
          <CsvFileButton
            label={rosterFile ? `Roster: ${rosterFile.name}` : "…or open a roster CSV"}
            onOpen={setRosterFile}
          />
          {rosterFile && (
            <button type="button" onClick={() => setRosterFile(undefined)}>
              Type ids instead
            </button>
          )}
        </div>
        {problems.length > 0 && (
          <ul className="problem-list" role="status">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <label className="answer-option">
          <input
            type="checkbox"
            checked={showData}
            onChange={(event) => setShowData(event.target.checked)}
          />
          Include each student’s prompt and data tables (long)
        </label>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={!assignment || students.length === 0}
            onClick={() =>
              assignment && setMade({ for: assignment, key: answerKey(assignment, students) })
            }
          >
            Make the answer key for {students.length} student{students.length === 1 ? "" : "s"}
          </button>
          {key && assignment && (
            <>
              <button
                type="button"
                onClick={() =>
                  downloadText(
                    `${assignment.id}-answer-key.csv`,
                    answerKeyCsv(assignment, key),
                    "text/csv",
                  )
                }
              >
                Download CSV
              </button>
              <button type="button" onClick={() => window.print()}>
                Print
              </button>
            </>
          )}
        </div>
      </section>
      {key && assignment && (
        <section aria-labelledby="key-title" className="answer-key-sheets">
          <h2 id="key-title">
            Answer key: {assignment.title} ({assignment.id})
          </h2>
          {key.map(({ student, entries }) => (
            <article
              key={student.id}
              className="answer-key-student"
              aria-labelledby={`key-${student.id}`}
            >
              <h3 id={`key-${student.id}`}>
                {student.id}
                {student.name ? ` · ${student.name}` : ""}
              </h3>
              {entries.map((entry, index) => (
                <div key={entry.exerciseId} className="answer-key-exercise">
                  <h4>
                    {index + 1}. {entry.title}{" "}
                    <span className="muted">
                      (seed {entry.seed}, variant {entry.variant})
                    </span>
                  </h4>
                  {showData && (
                    <>
                      <div className="prose exercise-prompt">
                        <TextView markdown={entry.prompt} />
                      </div>
                      <KeyTables studentId={student.id} tables={entry.tables} />
                    </>
                  )}
                  <dl className="answer-key-parts">
                    {entry.parts.map((part) => (
                      <div key={part.name}>
                        <dt>{part.label}</dt>
                        <dd>{part.reference}</dd>
                      </div>
                    ))}
                  </dl>
                </div>
              ))}
            </article>
          ))}
        </section>
      )}
    </div>
  );
}
