import type { BuilderDraft } from "../../store/instructor-store";
import { TextView } from "../shared/outputs/text-view";
import { Field } from "./builder-field";
import type { DraftEditor } from "./use-builder-draft";

/** The credit policy's three shares, each a number from 0 to 1, in the order shown. */
const creditFields = [
  ["decayPerAttempt", "Credit lost per earlier attempt (0–1)"],
  ["hintPenalty", "Credit lost per hint (0–1)"],
  ["minimumCredit", "Least credit (0–1)"],
] as const satisfies readonly (readonly [keyof BuilderDraft, string])[];

/** Title and id, when the assignment opens and is due, and what late work earns. */
function ScheduleFields({ editor: { draft, update, setTitle, setId } }: { editor: DraftEditor }) {
  return (
    <>
      <Field label="Title">
        {(props) => (
          <input
            {...props}
            type="text"
            value={draft.title}
            onChange={(event) => setTitle(event.target.value)}
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
            onChange={(event) => setId(event.target.value)}
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
    </>
  );
}

/** Attempts, when feedback and solutions are shown, and whether hints are allowed. */
function AttemptPolicyFields({ editor: { draft, update } }: { editor: DraftEditor }) {
  return (
    <>
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
    </>
  );
}

/** The credit policy's shares, when the assignment has its own. */
function CreditFields({ editor: { draft, update } }: { editor: DraftEditor }) {
  return creditFields.map(([key, label]) => (
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
  ));
}

/** The instructions in Markdown, and beside them as students will read them. */
function InstructionsField({ editor: { draft, update } }: { editor: DraftEditor }) {
  return (
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
        <div className="instructions-preview prose" aria-label="Instructions as students see them">
          <TextView markdown={draft.instructions} />
        </div>
      )}
    </div>
  );
}

/** The assignment's details: schedule, attempt and credit policies, and instructions. */
export function AssignmentDetails({ editor }: { editor: DraftEditor }) {
  return (
    <section aria-labelledby="builder-details">
      <h2 id="builder-details">Assignment</h2>
      <div className="builder-grid">
        <ScheduleFields editor={editor} />
        <AttemptPolicyFields editor={editor} />
        {editor.draft.customCredit && <CreditFields editor={editor} />}
      </div>
      <InstructionsField editor={editor} />
    </section>
  );
}
