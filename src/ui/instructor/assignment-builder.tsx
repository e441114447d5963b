import { useId, useMemo, useState, type ReactNode } from "react";
import {
  assignmentToYaml,
  encodeAssignmentLink,
  parseAssignmentYaml,
  validateAssignment,
  type Assignment,
} from "../../course/index";
import { useInstructorStore, type BuilderDraft } from "../../store/instructor-store";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { downloadText } from "../shared/downloads/download";
import { TextView } from "../shared/outputs/text-view";
import { hrefs } from "../../content/model/routes";
import { assignmentToDraft, defaultDraft, draftToData, idFromTitle } from "./builder-draft";
import { ExercisePicker } from "./exercise-picker";
import { VariantPreview } from "./variant-preview";

/** The credit policy's three shares, each a number from 0 to 1, in the order shown. */
const creditFields = [
  ["decayPerAttempt", "Credit lost per earlier attempt (0–1)"],
  ["hintPenalty", "Credit lost per hint (0–1)"],
  ["minimumCredit", "Least credit (0–1)"],
] as const satisfies readonly (readonly [keyof BuilderDraft, string])[];

/** A site link as a full address, to hand to someone (this page's folder, that file). */
function absoluteHref(href: string): string {
  return new URL(href, window.location.href).href;
}

/** The student link of an assignment: this site's address with the assignment in the route. */
export function studentLink(assignment: Assignment): string {
  return absoluteHref(hrefs.assignment(assignment.id, encodeAssignmentLink(assignment)));
}

interface FieldProps {
  id: string;
  "aria-describedby"?: string;
}

/** A labelled form field; `children` renders the control with the id and description it gets. */
function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (props: FieldProps) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="builder-field">
      <label htmlFor={id}>{label}</label>
      {children(hint ? { id, "aria-describedby": hintId } : { id })}
      {hint && (
        <span id={hintId} className="builder-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/**
 * The assignment builder: title, instructions (Markdown + math, previewed), dates and policies,
 * exercises picked by objective with points; live validation with the same rules as the build;
 * any student's variant with its reference answer; the assignment file (YAML) and the student link.
 */
export function AssignmentBuilder() {
  const saved = useInstructorStore((state) => state.draft);
  const saveDraft = useInstructorStore((state) => state.saveDraft);
  const clearDraft = useInstructorStore((state) => state.clearDraft);
  const [fresh] = useState(() => defaultDraft(Date.now()));
  const draft = saved ?? fresh;
  const [idEdited, setIdEdited] = useState(Boolean(saved?.id));
  const [loadProblems, setLoadProblems] = useState<string[]>([]);
  const [copied, setCopied] = useState<string | undefined>();
  const update = (change: Partial<BuilderDraft>) => saveDraft({ ...draft, ...change });

  const validation = useMemo(
    () => validateAssignment(draftToData(draft), { file: "builder" }),
    [draft],
  );
  const assignment = validation.assignment;
  const link = useMemo(() => (assignment ? studentLink(assignment) : ""), [assignment]);

  const loadFile = async (file: File) => {
    const parsed = parseAssignmentYaml(await file.text(), file.name);
    if (parsed.assignment) {
      saveDraft(assignmentToDraft(parsed.assignment));
      setIdEdited(true);
      setLoadProblems([]);
    } else {
      setLoadProblems(
        parsed.problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`),
      );
    }
  };

  return (
    <div className="assignment-builder">
      {courseAssignments.length > 0 && (
        <section aria-labelledby="builder-course">
          <h2 id="builder-course">The course’s assignments</h2>
          <p>
            Ready to share as they are (their files are in <code>content/assignments/</code>):
          </p>
          <ul>
            {courseAssignments.map((course) => (
              <li key={course.id}>
                <a href={hrefs.assignment(course.id)}>{course.title}</a> — due{" "}
                {new Date(course.due).toLocaleDateString(undefined, { dateStyle: "medium" })},{" "}
                {course.exercises.length} exercises; student link{" "}
                <code className="course-link">{absoluteHref(hrefs.assignment(course.id))}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="builder-start">
        <h2 id="builder-start">Start from</h2>
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              clearDraft();
              setIdEdited(false);
            }}
          >
            A blank assignment
          </button>
          {courseAssignments.map((course) => (
            <button
              key={course.id}
              type="button"
              onClick={() => {
                saveDraft(assignmentToDraft(course));
                setIdEdited(true);
              }}
            >
              Copy “{course.title}”
            </button>
          ))}
          <label className="button file-button">
            Open an assignment file…
            <input
              type="file"
              accept=".yaml,.yml,.json,text/yaml,application/json"
              className="visually-hidden"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void loadFile(file);
                event.target.value = "";
              }}
            />
          </label>
        </div>
        {loadProblems.length > 0 && (
          <div className="callout callout-error" role="alert">
            <p>The file was not loaded:</p>
            <ul>
              {loadProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="builder-details">
        <h2 id="builder-details">Assignment</h2>
        <div className="builder-grid">
          <Field label="Title">
            {(props) => (
              <input
                {...props}
                type="text"
                value={draft.title}
                onChange={(event) => {
                  const title = event.target.value;
                  update(idEdited ? { title } : { title, id: idFromTitle(title) });
                }}
              />
            )}
          </Field>
          <Field label="Id" hint="Also the seed context: lower case letters, digits, - _ or .">
            {(props) => (
              <input
                {...props}
                type="text"
                value={draft.id}
                spellCheck={false}
                onChange={(event) => {
                  setIdEdited(true);
                  update({ id: event.target.value });
                }}
              />
            )}
          </Field>
          <Field label="Opens" hint="Your time zone; the file records it">
            {(props) => (
              <input
                {...props}
                type="datetime-local"
                value={draft.opens}
                onChange={(event) => update({ opens: event.target.value })}
              />
            )}
          </Field>
          <Field label="Due">
            {(props) => (
              <input
                {...props}
                type="datetime-local"
                value={draft.due}
                onChange={(event) => update({ due: event.target.value })}
              />
            )}
          </Field>
          <Field label="Late work">
            {(props) => (
              <select
                {...props}
                value={draft.late}
                onChange={(event) => update({ late: event.target.value as BuilderDraft["late"] })}
              >
                <option value="none">counts in full (listed as late)</option>
                <option value="penalty-per-day">loses a share per day late</option>
                <option value="closed">earns nothing</option>
              </select>
            )}
          </Field>
          {draft.late === "penalty-per-day" && (
            <Field label="Percent off per started day late">
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={1}
                  max={100}
                  value={Number.isFinite(draft.percentPerDay) ? draft.percentPerDay : ""}
                  onChange={(event) => update({ percentPerDay: event.target.valueAsNumber })}
                />
              )}
            </Field>
          )}
          <Field label="Attempts per exercise" hint="Blank or unreadable answers never count">
            {(props) => (
              <input
                {...props}
                type="number"
                min={1}
                max={100}
                value={Number.isFinite(draft.attempts) ? draft.attempts : ""}
                onChange={(event) => update({ attempts: event.target.valueAsNumber })}
              />
            )}
          </Field>
          <Field label="Feedback">
            {(props) => (
              <select
                {...props}
                value={draft.feedback}
                onChange={(event) =>
                  update({ feedback: event.target.value as BuilderDraft["feedback"] })
                }
              >
                <option value="immediate">immediate: after each check</option>
                <option value="on-submit">on submit: after the student submits</option>
                <option value="after-due">after due: nothing shown before the due time</option>
              </select>
            )}
          </Field>
          <Field label="Solutions">
            {(props) => (
              <select
                {...props}
                value={draft.solutions}
                onChange={(event) =>
                  update({ solutions: event.target.value as BuilderDraft["solutions"] })
                }
              >
                <option value="after-correct">after a correct answer</option>
                <option value="after-due">after the due time</option>
                <option value="never">never</option>
              </select>
            )}
          </Field>
          <div className="builder-field builder-checks">
            <label className="answer-option">
              <input
                type="checkbox"
                checked={draft.hints}
                onChange={(event) => update({ hints: event.target.checked })}
              />
              Hints allowed
            </label>
            <label className="answer-option">
              <input
                type="checkbox"
                checked={draft.customCredit}
                onChange={(event) => update({ customCredit: event.target.checked })}
              />
              Own credit policy (default: −10% per earlier attempt, −5% per hint, at least 40%)
            </label>
          </div>
          {draft.customCredit &&
            creditFields.map(([key, label]) => (
              <Field key={key} label={label}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    min={0}
                    max={1}
                    step={0.05}
                    value={Number.isFinite(draft[key]) ? draft[key] : ""}
                    onChange={(event) => {
                      const change: Partial<BuilderDraft> = {};
                      change[key] = event.target.valueAsNumber;
                      update(change);
                    }}
                  />
                )}
              </Field>
            ))}
        </div>
        <div className="builder-instructions">
          <Field label="Instructions (Markdown, $…$ for math)">
            {(props) => (
              <textarea
                {...props}
                rows={5}
                value={draft.instructions}
                onChange={(event) => update({ instructions: event.target.value })}
              />
            )}
          </Field>
          {draft.instructions.trim() && (
            <div
              className="instructions-preview prose"
              aria-label="Instructions as students see them"
            >
              <TextView markdown={draft.instructions} />
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="builder-exercises">
        <h2 id="builder-exercises">Exercises</h2>
        <ExercisePicker chosen={draft.exercises} onChange={(exercises) => update({ exercises })} />
      </section>

      <section aria-labelledby="builder-share">
        <h2 id="builder-share">Check and share</h2>
        {assignment ? (
          <p className="callout callout-success" role="status">
            Ready: “{assignment.title}”, {assignment.exercises.length} exercise
            {assignment.exercises.length === 1 ? "" : "s"}. Students each get their own data.
          </p>
        ) : (
          <div className="callout callout-error" role="status">
            <p>Not ready yet:</p>
            <ul data-testid="builder-problems">
              {validation.problems.map((problem) => (
                <li key={`${problem.line}-${problem.message}`}>{problem.message}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={!assignment}
            onClick={() =>
              assignment &&
              downloadText(`${assignment.id}.yaml`, assignmentToYaml(assignment), "text/yaml")
            }
          >
            Download assignment file (YAML)
          </button>
          <button
            type="button"
            disabled={!assignment}
            onClick={() => {
              void navigator.clipboard
                .writeText(link)
                .then(() => setCopied("Link copied."))
                .catch(() => setCopied("Copying was refused: select the link below and copy it."));
            }}
          >
            Copy student link
          </button>
          {assignment && (
            <a className="button" href={link} target="_blank" rel="noreferrer">
              Open as a student
            </a>
          )}
        </div>
        {copied && (
          <p role="status" className="muted">
            {copied}
          </p>
        )}
        {assignment && (
          <label className="student-link">
            <span>Student link (the assignment travels in the link: no server)</span>
            <input
              type="text"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="student-link"
            />
          </label>
        )}
      </section>

      {assignment && (
        <section aria-labelledby="builder-preview">
          <h2 id="builder-preview">Preview a student’s variant</h2>
          <VariantPreview assignment={assignment} />
        </section>
      )}
    </div>
  );
}
