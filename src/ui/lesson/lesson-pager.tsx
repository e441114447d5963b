import { useChapter } from "../shared/chapter/chapter-context";
import { hrefs } from "../../content/model/routes";

/** Previous and next lesson links, in chapter order. */
export function LessonPager({ current }: { current: number }) {
  const { chapter } = useChapter();
  const previous = chapter.lessons[current - 2];
  const next = chapter.lessons[current];
  return (
    <nav className="pager" aria-label="Lessons">
      {previous ? (
        <a className="pager-link pager-previous" href={hrefs.lesson(previous.id)} rel="prev">
          <span className="pager-direction">← Previous</span>
          <span className="pager-title">{previous.title}</span>
        </a>
      ) : (
        <a className="pager-link pager-previous" href={hrefs.overview}>
          <span className="pager-direction">← Overview</span>
          <span className="pager-title">{chapter.title}</span>
        </a>
      )}
      {next ? (
        <a className="pager-link pager-next" href={hrefs.lesson(next.id)} rel="next">
          <span className="pager-direction">Next →</span>
          <span className="pager-title">{next.title}</span>
        </a>
      ) : (
        <a className="pager-link pager-next" href={hrefs.overview}>
          <span className="pager-direction">Back to the overview →</span>
          <span className="pager-title">{chapter.title}</span>
        </a>
      )}
    </nav>
  );
}
