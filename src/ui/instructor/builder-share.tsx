import { useMemo, useState } from "react";
import { assignmentToYaml, type Assignment } from "../../course/index";
import { downloadText } from "../shared/downloads/download";
import { studentLink } from "./student-link";

/** Whether the draft is a valid assignment, and if not, what is still wrong. */
function ReadinessNote({
  assignment,
  problems,
}: {
  assignment: Assignment | undefined;
  problems: readonly { line: number; message: string }[];
}) {
  return assignment ? (
    <p className="callout callout-success" role="status">
      Ready: “{assignment.title}”, {assignment.exercises.length} exercise
      {assignment.exercises.length === 1 ? "" : "s"}. Students each get their own data.
    </p>
  ) : (
    // What is left to fill in, not an error: the file cannot be downloaded until it is done.
    <div className="callout" role="status">
      <p>Still to do before it can be shared:</p>
      <ul data-testid="builder-problems">
        {problems.map((problem) => (
          <li key={`${problem.line}-${problem.message}`}>{problem.message}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Checking and sharing a valid assignment: its file to download, and the student link to copy,
 * open or select by hand.
 */
export function ShareSection({
  assignment,
  problems,
}: {
  assignment: Assignment | undefined;
  problems: readonly { line: number; message: string }[];
}) {
  const [copied, setCopied] = useState<string | undefined>();
  const link = useMemo(() => (assignment ? studentLink(assignment) : ""), [assignment]);
  return (
    <section aria-labelledby="builder-share">
      <h2 id="builder-share">Check and share</h2>
      <ReadinessNote assignment={assignment} problems={problems} />
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
  );
}
