import { feedbackVisible } from "../../course/assignment-clock";
import type { Assignment } from "../../course/assignment-schema";
import type { RegradedExercise } from "../../course/regrade-types";
import type { AssignmentWork } from "../../store/assignment-schema";
import { points } from "./score-text";
import { StatusTable } from "./status-table";
import { submissionFileName } from "./use-assignment-page";
import { formatDateTime } from "./use-now";

/** Status per exercise, the score when feedback is visible, and Submit with what was submitted. */
export function SubmitSection({
  assignment,
  rosterId,
  work,
  statuses,
  now,
  onSubmit,
}: {
  assignment: Assignment;
  rosterId: string;
  work: AssignmentWork | undefined;
  statuses: readonly RegradedExercise[];
  now: number;
  onSubmit: () => void;
}) {
  const submittedAt = work?.submittedAt ?? [];
  const lastSubmittedAt = submittedAt[submittedAt.length - 1];
  const maxPoints = assignment.exercises.reduce((sum, entry) => sum + entry.points, 0);
  // On-submit feedback covers what was submitted: an answer checked since then waits for the next Submit.
  const checkedSinceSubmit =
    lastSubmittedAt !== undefined &&
    Object.values(work?.exercises ?? {}).some((exercise) =>
      exercise.attempts.some((attempt) => Date.parse(attempt.at) > Date.parse(lastSubmittedAt)),
    );
  const anyVisible = feedbackVisible(assignment, {
    now,
    submitted: lastSubmittedAt !== undefined && !checkedSinceSubmit,
  });
  const earned = statuses.reduce((sum, status) => sum + status.points, 0);

  return (
    <section className="assignment-submit" aria-labelledby="submit-heading">
      <h2 id="submit-heading">Status and submission</h2>
      <StatusTable
        assignment={assignment}
        work={work}
        statuses={statuses}
        feedbackShown={anyVisible}
      />
      {anyVisible && (
        <p>
          <strong>
            {points(earned)} of {points(maxPoints)} points
          </strong>{" "}
          as this page grades your answers; your instructor re-grades your submission file with the
          same grader.
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={onSubmit}>
          {lastSubmittedAt ? "Submit again" : "Submit"}
        </button>
      </div>
      <p className="assignment-submitted" role="status">
        {lastSubmittedAt
          ? `Submitted ${submittedAt.length} time${submittedAt.length === 1 ? "" : "s"}, last ${formatDateTime(lastSubmittedAt)}: hand in the latest file (${submissionFileName(assignment.id, rosterId)}). You may submit again; the latest counts.`
          : "Submit downloads your submission file. You may submit again later; the latest counts."}
      </p>
    </section>
  );
}
