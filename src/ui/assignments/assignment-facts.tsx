import { assignmentPhase } from "../../course/assignment-clock";
import type { Assignment } from "../../course/assignment-schema";
import { formatDateTime, formatDuration } from "./use-now";

const feedbackText: Record<Assignment["feedback"], string> = {
  immediate: "after each check",
  "on-submit": "after you submit",
  "after-due": "after the due time (answers are only checked for readability before)",
};

const solutionText: Record<Assignment["solutions"], string> = {
  "after-correct": "once you solve an exercise",
  "after-due": "after the due time",
  never: "not shown",
};

function lateText(late: Assignment["late"]): string {
  switch (late.kind) {
    case "none":
      return "late work counts in full";
    case "closed":
      return "late work earns nothing";
    case "penalty-per-day":
      return `${late.percentPerDay}% off per day late`;
  }
}

/** Dates, time left and policies of an assignment, as a definition list. */
export function AssignmentFacts({ assignment, now }: { assignment: Assignment; now: number }) {
  const phase = assignmentPhase(assignment, now);
  const due = Date.parse(assignment.due);
  const maxPoints = assignment.exercises.reduce((sum, entry) => sum + entry.points, 0);
  const timeLeft =
    phase === "not-open"
      ? `opens in ${formatDuration(Date.parse(assignment.opens) - now)}`
      : phase === "open"
        ? `${formatDuration(due - now)} left`
        : `due ${formatDuration(now - due)} ago`;
  return (
    <dl className="assignment-facts">
      <div>
        <dt>Due</dt>
        <dd>
          <time dateTime={assignment.due}>{formatDateTime(assignment.due)}</time>{" "}
          <strong className={`time-left time-left-${phase}`} data-testid="time-left">
            ({timeLeft})
          </strong>
        </dd>
      </div>
      <div>
        <dt>Opens</dt>
        <dd>
          <time dateTime={assignment.opens}>{formatDateTime(assignment.opens)}</time>
        </dd>
      </div>
      <div>
        <dt>Exercises</dt>
        <dd>
          {assignment.exercises.length}, {maxPoints} points
        </dd>
      </div>
      <div>
        <dt>Attempts</dt>
        <dd>{assignment.attempts} per exercise</dd>
      </div>
      <div>
        <dt>Feedback</dt>
        <dd>{feedbackText[assignment.feedback]}</dd>
      </div>
      <div>
        <dt>Hints</dt>
        <dd>{assignment.hints ? "allowed (each costs credit)" : "not available"}</dd>
      </div>
      <div>
        <dt>Solutions</dt>
        <dd>{solutionText[assignment.solutions]}</dd>
      </div>
      <div>
        <dt>Late work</dt>
        <dd>{lateText(assignment.late)}</dd>
      </div>
    </dl>
  );
}
