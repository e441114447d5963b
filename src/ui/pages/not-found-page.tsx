import { useEffect } from "react";
import { useChapter } from "../shared/chapter/chapter-context";
import { hrefs } from "../../content/model/routes";

/** Explains an unknown address and offers the way back. */
export function NotFoundPage({ path }: { path: string }) {
  const { chapter } = useChapter();
  useEffect(() => {
    document.title = `Page not found · ${chapter.title}`;
  }, [chapter.title]);
  return (
    <article className="prose not-found">
      <h1 tabIndex={-1}>This page does not exist</h1>
      <p>
        There is nothing at <code>{path}</code> in this chapter. The link may be mistyped, or it may
        point to a section that was renamed.
      </p>
      <p>
        <a className="button primary" href={hrefs.overview}>
          Go to the chapter overview
        </a>
      </p>
      <h2>Lessons</h2>
      <ol>
        {chapter.lessons.map((lesson) => (
          <li key={lesson.id}>
            <a href={hrefs.lesson(lesson.id)}>{lesson.title}</a>
          </li>
        ))}
      </ol>
    </article>
  );
}
