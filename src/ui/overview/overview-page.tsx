import { useAppStore } from "../../store/app-store";
import { useChapter } from "../shared/chapter/chapter-context";
import { Html } from "../shared/chapter/html";
import { ProgressMeter } from "../shared/page-parts/progress-meter";
import { hrefs } from "../../content/model/routes";

/** The chapter's landing page, mirroring the chapter overview. */
export function OverviewPage() {
  const { chapter } = useChapter();
  const progress = useAppStore((state) => state.lessons);
  const lessonTitle = new Map(chapter.lessons.map((lesson) => [lesson.id, lesson]));
  const next = chapter.lessons.find((lesson) => !progress[lesson.id]?.readAt);
  const started = chapter.lessons.some((lesson) => progress[lesson.id]);
  const startLabel = !started
    ? "Start reading"
    : next
      ? `Continue with Lesson ${next.number}: ${next.title}`
      : "Read again from Lesson 1";
  const startHref = hrefs.lesson((started ? next : undefined)?.id ?? chapter.lessons[0]?.id ?? "");

  return (
    <article className="overview prose">
      <header className="overview-header">
        <p className="eyebrow">Production ML · Chapter</p>
        <h1 tabIndex={-1}>{chapter.title}</h1>
        <blockquote className="epigraph">
          <p>“{chapter.epigraph}”</p>
        </blockquote>
        <p className="lede">
          <Html as="span" html={chapter.subtitleHtml} />
        </p>
        <a className="button primary" href={startHref}>
          {startLabel}
        </a>
      </header>

      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">Overview</h2>
        {chapter.overviewHtml.map((html) => (
          <Html key={html} html={html} />
        ))}
      </section>

      <section aria-labelledby="prerequisites-heading">
        <h2 id="prerequisites-heading">Prerequisites</h2>
        <ul>
          {chapter.prerequisites.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="notebooks-heading">
        <h2 id="notebooks-heading">Companion notebooks</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Notebook</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {chapter.notebooks.map((notebook) => (
                <tr key={notebook.id}>
                  <td>
                    <code>{notebook.file}</code>
                  </td>
                  <td>{notebook.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">Learning objectives</h2>
        <p>{chapter.objectivesIntro}</p>
        <ol className="objectives">
          {chapter.objectives.map((objective) => (
            <li key={objective.id} id={`objective-${objective.id}`}>
              <span>{objective.text}</span>
              <span className="objective-lessons">
                {objective.lessons.map((id) => {
                  const lesson = lessonTitle.get(id);
                  return (
                    <a key={id} href={hrefs.lesson(id)} title={lesson?.title}>
                      Lesson {lesson?.number}
                      <span className="visually-hidden">: {lesson?.title}</span>
                    </a>
                  );
                })}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="study-flow-heading">
        <h2 id="study-flow-heading">Study flow</h2>
        <ul>
          {chapter.studyFlowHtml.map((html) => (
            <Html key={html} as="li" html={html} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <ol className="lesson-cards">
          {chapter.lessons.map((lesson) => (
            <li key={lesson.id}>
              <a href={hrefs.lesson(lesson.id)} className="lesson-card">
                <span className="lesson-card-number">Lesson {lesson.number}</span>
                <span className="lesson-card-title">{lesson.title}</span>
                {lesson.summary && <span className="lesson-card-summary">{lesson.summary}</span>}
                <span className="lesson-card-meta">
                  {lesson.minutes} min
                  <ProgressMeter
                    fraction={progress[lesson.id]?.progress ?? 0}
                    read={Boolean(progress[lesson.id]?.readAt)}
                  />
                </span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="instructors-heading">
        <h2 id="instructors-heading">For instructors</h2>
        <p>
          Assign graded work with no server: build an assignment from the chapter’s exercises and
          share it as a link or a file; each student gets their own data, works here and hands in a
          submission file; drop the files into the gradebook to re-grade them from their seeds and
          download grades for Canvas or Moodle.
        </p>
        <p>
          <a className="button" href={hrefs.instructor()}>
            Instructor tools
          </a>
        </p>
      </section>
    </article>
  );
}
