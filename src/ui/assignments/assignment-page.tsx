import { assignmentPhase } from "../../course/assignment-clock";
import { exerciseById } from "../../exercises/catalog/index";
import { TextView } from "../shared/outputs/text-view";
import { AssignmentExerciseCard } from "./assignment-exercise-card";
import { AssignmentFacts } from "./assignment-facts";
import { AssignmentUnavailable } from "./assignment-unavailable";
import { AutosaveNote } from "./autosave-note";
import { PhaseNotice } from "./phase-notice";
import { RosterIdEntry } from "./roster-id-entry";
import { SubmitSection } from "./submit-section";
import { useAssignmentPage } from "./use-assignment-page";
import "../shared/styles/forms.css";
import "./assignments.css";

/**
 * The student's assignment page (`assignment.html?id=<id>`, or a shared link carrying the assignment):
 * instructions, dates and policies, the roster id, the student's own variants with autosaved
 * answers, status per exercise, and Submit, which downloads the submission file (again and again:
 * the latest counts).
 */
export default function AssignmentPage({ id, query }: { id: string; query: URLSearchParams }) {
  const {
    resolved,
    rosterId,
    work,
    lastRosterId,
    setRosterId,
    now,
    inLms,
    statuses,
    onDraft,
    onAttempt,
    onHint,
    submit,
  } = useAssignmentPage(id, query);
  const assignment = resolved.assignment;

  if (!assignment) return <AssignmentUnavailable problems={resolved.problems} />;

  const phase = assignmentPhase(assignment, now);
  const lastSubmittedAt = work?.submittedAt.at(-1);

  return (
    <article className="assignment-page" aria-labelledby="assignment-title">
      <header className="lesson-header">
        <p className="eyebrow">
          Assignment{resolved.shared ? " · shared by your instructor" : ""} · {assignment.id}
        </p>
        <h1 id="assignment-title" tabIndex={-1}>
          {assignment.title}
        </h1>
        <AssignmentFacts assignment={assignment} now={now} />
      </header>
      {assignment.instructions.trim() && (
        <section className="prose assignment-instructions" aria-label="Instructions">
          <TextView markdown={assignment.instructions} />
        </section>
      )}
      <RosterIdEntry
        key={assignment.id}
        rosterId={rosterId}
        suggestion={lastRosterId}
        onChange={(next) => setRosterId(assignment.id, next)}
      />
      <PhaseNotice phase={phase} opens={assignment.opens} />
      {rosterId && phase !== "not-open" && (
        <>
          <AutosaveNote inLms={inLms} />
          {assignment.exercises.map((entry, index) =>
            exerciseById(entry.id) ? (
              <AssignmentExerciseCard
                key={`${rosterId}-${entry.id}`}
                assignment={assignment}
                rosterId={rosterId}
                exerciseId={entry.id}
                number={index + 1}
                work={work?.exercises[entry.id]}
                status={statuses[index]}
                now={now}
                lastSubmittedAt={lastSubmittedAt}
                onDraft={onDraft}
                onAttempt={onAttempt}
                onHint={onHint}
              />
            ) : (
              <p key={entry.id} className="callout callout-error">
                Exercise “{entry.id}” is not in this version of the chapter; tell your instructor.
              </p>
            ),
          )}
          <SubmitSection
            assignment={assignment}
            rosterId={rosterId}
            work={work}
            statuses={statuses}
            now={now}
            onSubmit={submit}
          />
        </>
      )}
    </article>
  );
}
