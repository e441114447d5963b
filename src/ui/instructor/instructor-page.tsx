import { useEffect } from "react";
import { useChapter } from "../shared/chapter/chapter-context";
import { hrefs, type InstructorTool } from "../../content/model/routes";
import { AnswerKey } from "./answer-key";
import { AssignmentBuilder } from "./assignment-builder";
import { GradebookView } from "./gradebook-view";
import "../shared/styles/forms.css";
import "./instructor.css";

const tools: { tool: InstructorTool; label: string; lede: string }[] = [
  {
    tool: "builder",
    label: "Assignment builder",
    lede: "Pick exercises by learning objective, set points, dates and policies, preview any student’s data with its answer, then download the assignment file or copy the student link.",
  },
  {
    tool: "gradebook",
    label: "Gradebook",
    lede: "Drop the submission files students handed in: they are re-graded here from their seeds, with grades, problems, item analysis, mastery and the Canvas and Moodle files.",
  },
  {
    tool: "answer-key",
    label: "Answer key",
    lede: "Each student’s data and reference answers, printable and as CSV, for hand-checking and disputes.",
  },
];

/**
 * The instructor's tools (`instructor.html`, no login: a tool, not a secret). Everything runs in
 * this browser; nothing is uploaded.
 */
export default function InstructorPage({ tool }: { tool: InstructorTool }) {
  const { chapter } = useChapter();
  const current = tools.find((entry) => entry.tool === tool) ?? tools[0];
  useEffect(() => {
    document.title = `${current?.label ?? "For instructors"} · For instructors · ${chapter.title}`;
  }, [current?.label, chapter.title]);

  return (
    <article className="instructor-page" aria-labelledby="instructor-title">
      <header className="lesson-header">
        <p className="eyebrow">For instructors</p>
        <h1 id="instructor-title" tabIndex={-1}>
          {current?.label}
        </h1>
        <p className="lede">{current?.lede}</p>
        <nav className="instructor-tabs no-print" aria-label="Instructor tools">
          <ul>
            {tools.map((entry) => (
              <li key={entry.tool}>
                <a
                  href={hrefs.instructor(entry.tool)}
                  aria-current={entry.tool === tool ? "page" : undefined}
                >
                  {entry.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {tool === "builder" && <AssignmentBuilder />}
      {tool === "gradebook" && <GradebookView />}
      {tool === "answer-key" && <AnswerKey />}
    </article>
  );
}
