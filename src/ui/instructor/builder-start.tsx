import { useState } from "react";
import { hrefs } from "../../content/model/routes";
import { courseAssignments } from "../shared/assignments/course-assignments";
import { assignmentToDraft } from "./builder-draft";
import { AssignmentFileButton } from "./file-button";
import { absoluteHref } from "./student-link";
import type { DraftEditor } from "./use-builder-draft";

/** The course's own assignments, each with its student link, ready to share as they are. */
export function CourseAssignmentList() {
  return (
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
  );
}

/** Where a draft starts: a blank form, a copy of a course assignment, or an assignment file. */
export function BuilderStart({ editor }: { editor: DraftEditor }) {
  const [loadProblems, setLoadProblems] = useState<string[]>([]);

  return (
    <section aria-labelledby="builder-start">
      <h2 id="builder-start">Start from</h2>
      <div className="button-row">
        <button type="button" onClick={() => editor.replace(undefined)}>
          A blank assignment
        </button>
        {courseAssignments.map((course) => (
          <button
            key={course.id}
            type="button"
            onClick={() => editor.replace(assignmentToDraft(course))}
          >
            Copy “{course.title}”
          </button>
        ))}
        <AssignmentFileButton
          onAssignment={(assignment) => {
            editor.replace(assignmentToDraft(assignment));
            setLoadProblems([]);
          }}
          onProblems={setLoadProblems}
        />
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
  );
}
