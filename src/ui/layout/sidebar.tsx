import { useAppStore } from "../../store/app-store";
import { useChapter } from "../shared/chapter/chapter-context";
import { hrefs, type Route } from "../../content/model/routes";
import { ProgressMeter } from "../shared/page-parts/progress-meter";

function isCurrent(route: Route, kind: Route["kind"], id?: string): "page" | undefined {
  if (route.kind !== kind) return undefined;
  if (id !== undefined && "id" in route && route.id !== id) return undefined;
  return "page";
}

/** Chapter navigation: overview, lessons in order with reading progress, reference pages. */
export function Sidebar({ route, onNavigate }: { route: Route; onNavigate: () => void }) {
  const { chapter } = useChapter();
  const lessons = useAppStore((state) => state.lessons);
  const readCount = chapter.lessons.filter((lesson) => lessons[lesson.id]?.readAt).length;
  return (
    <nav
      className="sidebar-nav"
      aria-label="Chapter"
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("a")) onNavigate();
      }}
    >
      <a
        className="sidebar-overview"
        href={hrefs.overview}
        aria-current={isCurrent(route, "overview")}
      >
        Overview
      </a>
      <p className="sidebar-heading" id="sidebar-lessons">
        Lessons{" "}
        <span className="sidebar-count">
          {readCount} of {chapter.lessons.length} read
        </span>
      </p>
      <ol className="sidebar-lessons" aria-labelledby="sidebar-lessons">
        {chapter.lessons.map((lesson) => {
          const progress = lessons[lesson.id];
          return (
            <li key={lesson.id}>
              <a
                href={hrefs.lesson(lesson.id)}
                aria-current={isCurrent(route, "lesson", lesson.id)}
              >
                <span className="sidebar-number">{lesson.number}</span>
                <span className="sidebar-title">{lesson.title}</span>
                <ProgressMeter
                  fraction={progress?.progress ?? 0}
                  read={Boolean(progress?.readAt)}
                />
              </a>
            </li>
          );
        })}
      </ol>
      {chapter.notebookPages.length > 0 && (
        <>
          <p className="sidebar-heading">Notebooks</p>
          <ul className="sidebar-pages">
            {chapter.notebookPages.map((notebook) => (
              <li key={notebook.id}>
                <a
                  href={hrefs.notebook(notebook.id)}
                  aria-current={isCurrent(route, "notebook", notebook.id)}
                >
                  {notebook.title}
                </a>
              </li>
            ))}
            <li>
              <a href={hrefs.exercises()} aria-current={isCurrent(route, "exercises")}>
                Exercises notebook
              </a>
            </li>
          </ul>
        </>
      )}
      {chapter.pages.length > 0 && (
        <>
          <p className="sidebar-heading">Reference</p>
          <ul className="sidebar-pages">
            {chapter.pages.map((page) => (
              <li key={page.id}>
                <a href={hrefs.page(page.id)} aria-current={isCurrent(route, "page", page.id)}>
                  {page.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="sidebar-pages">
        <li>
          <a href={hrefs.progress} aria-current={isCurrent(route, "progress")}>
            Your progress
          </a>
        </li>
      </ul>
    </nav>
  );
}
