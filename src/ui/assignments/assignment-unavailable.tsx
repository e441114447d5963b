import { hrefs } from "../../content/model/routes";

/** The page for an assignment that cannot be opened, with why and where practice is. */
export function AssignmentUnavailable({ problems }: { problems: readonly string[] }) {
  return (
    <article className="assignment-page" aria-labelledby="assignment-title">
      <header className="lesson-header">
        <p className="eyebrow">Assignment</p>
        <h1 id="assignment-title" tabIndex={-1}>
          This assignment cannot be opened
        </h1>
      </header>
      <div className="callout callout-error" role="alert">
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      <p>
        Nothing was saved or changed. <a href={hrefs.exercises()}>Practice exercises</a> are always
        open.
      </p>
    </article>
  );
}
