import type { Assignment } from "../../course/assignment-schema";
import type { RegradedExercise } from "../../course/regrade-types";
import { exerciseById } from "../../exercises/catalog/index";
import type { AssignmentWork } from "../../store/assignment-schema";
import { Table } from "../shared/table/table";
import { points } from "./score-text";

/** Attempts used and status per exercise; points only when feedback is visible. */
export function StatusTable({
  assignment,
  work,
  statuses,
  feedbackShown,
}: {
  assignment: Assignment;
  work: AssignmentWork | undefined;
  statuses: readonly RegradedExercise[];
  feedbackShown: boolean;
}) {
  return (
    <Table
      caption="Your work on each exercise"
      className="assignment-status"
      columns={[
        {
          header: "Exercise",
          cell: ({ entry }) => (
            <a href={`#${entry.id}`}>{exerciseById(entry.id)?.title ?? entry.id}</a>
          ),
        },
        {
          header: "Attempts used",
          numeric: true,
          cell: ({ counted }) => `${counted} of ${assignment.attempts}`,
        },
        {
          header: "Status",
          cell: ({ entry, status, started, counted }) =>
            counted === 0
              ? started
                ? "not graded yet (unreadable answer)"
                : "not started"
              : feedbackShown
                ? `${points(status?.points ?? 0)} of ${points(entry.points)} points${status?.solved ? " · solved" : ""}`
                : "answer recorded",
        },
      ]}
      rows={assignment.exercises.map((entry, index) => {
        const status = statuses[index];
        return {
          entry,
          status,
          started: (work?.exercises[entry.id]?.attempts.length ?? 0) > 0,
          counted: status?.attemptsCounted ?? 0,
        };
      })}
      rowKey={({ entry }) => entry.id}
    />
  );
}
