import { lazy, Suspense, useCallback, useEffect, useRef } from "react";
import type { CompiledLesson } from "../../content/model/types";
import { useAppStore } from "../../store/app-store";
import { useChapter } from "../shared/chapter/chapter-context";
import { useModule } from "../shared/chapter/use-module";
import { MissingTarget } from "../shared/page-parts/missing-target";
import { hrefs } from "../../content/model/routes";
import { ContinueReading } from "./continue-reading";
import { EmbeddedCell, LessonBlocksWithCells, useLessonCells } from "./lesson-cells";
import { LessonFigureView } from "./lesson-figure";
import { LessonPager } from "./lesson-pager";
import { OnThisPage } from "../shared/prose/on-this-page";
import { useAnchorScroll } from "../shared/prose/use-anchor-scroll";
import { useEquationTags } from "./use-equation-tags";
import { useReadingProgress } from "./use-reading-progress";

const ExerciseEmbed = lazy(() => import("./exercise-embed"));

/** A lesson: its text beside a side column (contents now, simulations beside the text later). */
export function LessonPage({ id, anchor }: { id: string; anchor: string | undefined }) {
  const { chapter, lessonLoaders } = useChapter();
  const state = useModule<CompiledLesson>(id, lessonLoaders[id]);
  const summary = chapter.lessons.find((lesson) => lesson.id === id);
  const articleRef = useRef<HTMLElement>(null);
  const recordReading = useAppStore((store) => store.recordReading);
  const markRead = useAppStore((store) => store.markRead);
  const progress = useAppStore((store) => store.lessons[id]);
  const onProgress = useCallback(
    (fraction: number) => recordReading(id, fraction),
    [id, recordReading],
  );
  const ready = state.status === "ready";
  const fraction = useReadingProgress(articleRef, onProgress, ready);
  const missingAnchor = useAnchorScroll(ready, id, anchor);
  useEquationTags(articleRef, ready, id);
  const cellGroups = useLessonCells(id);
  // Known from the chapter index, so the layout does not shift when the simulations arrive.
  const hasCells = Object.values(chapter.cells).some(
    (cell) => cell.lesson === id && !cell.anchor?.startsWith("fig-"),
  );

  useEffect(() => {
    if (summary) document.title = `${summary.number}. ${summary.title} · ${chapter.title}`;
  }, [summary, chapter.title]);

  if (!summary) return null;
  return (
    <article
      className={`lesson${hasCells ? " has-cells" : ""}`}
      ref={articleRef}
      aria-labelledby="lesson-title"
    >
      <div className="reading-progress" aria-hidden="true">
        <div className="reading-progress-bar" style={{ transform: `scaleX(${fraction})` }} />
      </div>
      <header className="lesson-header">
        <p className="eyebrow">
          Lesson {summary.number} of {chapter.lessons.length} · {summary.minutes} min read
        </p>
        <h1 id="lesson-title" tabIndex={-1}>
          {summary.title}
        </h1>
        {summary.summary && <p className="lede">{summary.summary}</p>}
        <ul className="objective-chips" aria-label="Learning objectives">
          {summary.objectives.map((objectiveId) => (
            <li key={objectiveId}>
              {chapter.objectives.find((objective) => objective.id === objectiveId)?.text ??
                objectiveId}
            </li>
          ))}
        </ul>
      </header>
      <div className="lesson-grid">
        <div className="lesson-body prose">
          {missingAnchor && <MissingTarget what="a section" id={missingAnchor} />}
          {ready && !anchor && <ContinueReading key={id} lessonId={id} articleRef={articleRef} />}
          {state.status === "loading" && <p className="loading">Loading the lesson…</p>}
          {state.status === "error" && (
            <div className="callout" role="alert">
              <p>
                <strong>This lesson could not be loaded.</strong> {state.message}
              </p>
              <p>
                If you are offline, open the chapter once while online so it can be saved for
                offline reading.
              </p>
            </div>
          )}
          {hasCells && (
            <OnThisPage
              toc={summary.toc}
              hrefFor={(target) => hrefs.lesson(id, target)}
              collapsible
            />
          )}
          {state.status === "ready" && (
            <LessonBlocksWithCells
              blocks={state.value.blocks}
              groups={cellGroups}
              renderEmbed={(block) =>
                block.kind === "cell" ? (
                  <EmbeddedCell id={block.id} />
                ) : block.kind === "figure" ? (
                  <LessonFigureView figure={block} lessonId={id} />
                ) : (
                  <Suspense fallback={<p className="loading">Loading the exercise…</p>}>
                    <ExerciseEmbed id={block.id} />
                  </Suspense>
                )
              }
            />
          )}
        </div>
        <aside className="lesson-side">
          {!hasCells && (
            <OnThisPage toc={summary.toc} hrefFor={(target) => hrefs.lesson(id, target)} />
          )}
        </aside>
      </div>
      <footer className="lesson-footer">
        <label className="mark-read">
          <input
            type="checkbox"
            checked={Boolean(progress?.readAt)}
            onChange={(event) => markRead(id, event.target.checked)}
          />
          I have read this lesson
        </label>
        <LessonPager current={summary.number} />
      </footer>
    </article>
  );
}
