import { useId, useState } from "react";
import { checkRosterId } from "../../course/roster-id";
import { useLmsStatus } from "../../store/lms/lms-status";

/**
 * The roster id, entered once: validated as it is typed, then shown; changing it later asks first,
 * because the id is half of every seed (another id means other data, and the answers stay with
 * the id they were given under).
 */
export function RosterIdEntry({
  rosterId,
  suggestion = "",
  onChange,
}: {
  rosterId: string | undefined;
  /** The id this browser used for another assignment, offered (not applied) the first time. */
  suggestion?: string;
  onChange: (rosterId: string) => void;
}) {
  const inputId = useId();
  const [editing, setEditing] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [text, setText] = useState(rosterId ? "" : suggestion);
  const [touched, setTouched] = useState(false);
  const checked = checkRosterId(text);
  const problem = "problem" in checked ? checked.problem : undefined;
  const lms = useLmsStatus();

  // Launched by an LMS: the course names the learner, so the id is neither typed nor changed here.
  if (lms.connection === "connected" && rosterId && lms.learnerId === rosterId) {
    return (
      <section className="roster-id roster-id-set" aria-label="Your roster id">
        <p>
          Working as <strong className="roster-id-value">{rosterId}</strong>
          {lms.learnerName ? ` (${lms.learnerName})` : ""}, as your course knows you. Your exercises
          are generated from this id.
        </p>
      </section>
    );
  }

  if (rosterId && !editing) {
    return (
      <section className="roster-id roster-id-set" aria-label="Your roster id">
        <p>
          Working as <strong className="roster-id-value">{rosterId}</strong>. Your exercises are
          generated from this id.
        </p>
        <button
          type="button"
          onClick={() => {
            setEditing(true);
            setConfirmed(false);
            setText("");
            setTouched(false);
          }}
        >
          Change roster id…
        </button>
      </section>
    );
  }

  const changing = Boolean(rosterId);
  return (
    <section
      className={`roster-id ${changing ? "callout callout-error" : "callout"}`}
      aria-labelledby={`${inputId}-heading`}
    >
      <h2 id={`${inputId}-heading`}>
        {changing ? "Change your roster id" : "Enter your roster id to start"}
      </h2>
      {changing ? (
        <p>
          <strong>Only change it if you typed it wrong.</strong> Every exercise is generated from
          your roster id: another id gives you other data, and the answers you gave as{" "}
          <strong>{rosterId}</strong> stay with that id (they are not moved). Your instructor grades
          the id named in your submission file.
        </p>
      ) : (
        <p>
          Use the id your instructor gave you (student number or e-mail). You enter it once; your
          data, answers and submission file are tied to it.
        </p>
      )}
      <form
        className="roster-id-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if ("id" in checked && (!changing || confirmed)) {
            onChange(checked.id);
            setEditing(false);
          }
        }}
      >
        <label htmlFor={inputId}>Roster id</label>
        <input
          id={inputId}
          type="text"
          autoComplete="username"
          spellCheck={false}
          value={text}
          maxLength={80}
          aria-invalid={(touched && problem !== undefined) || undefined}
          aria-describedby={touched && problem ? `${inputId}-problem` : undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => setTouched(text !== "")}
        />
        {changing && (
          <label className="answer-option">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.target.checked)}
            />
            I understand that my data and answers change with the id
          </label>
        )}
        <span className="button-row">
          <button type="submit" className="primary" disabled={changing && !confirmed}>
            {changing ? "Change id" : "Start"}
          </button>
          {changing && (
            <button type="button" onClick={() => setEditing(false)}>
              Keep {rosterId}
            </button>
          )}
        </span>
        {touched && problem && (
          <p id={`${inputId}-problem`} className="form-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
