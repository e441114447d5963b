import { useEffect } from "react";
import type { CompiledPage } from "../../content/model/types";
import { useChapter } from "../shared/chapter/chapter-context";
import { useModule } from "../shared/chapter/use-module";
import { MissingTarget } from "../shared/page-parts/missing-target";
import { LessonBlocks } from "../shared/prose/lesson-blocks";
import { OnThisPage } from "../shared/prose/on-this-page";
import { useAnchorScroll } from "../shared/prose/use-anchor-scroll";
import { hrefs } from "../../content/model/routes";

/** A reference page of the chapter, such as the glossary or the notation table. */
export function ContentPage({ id, anchor }: { id: string; anchor: string | undefined }) {
  const { chapter, pageLoaders } = useChapter();
  const state = useModule<CompiledPage>(id, pageLoaders[id]);
  const meta = chapter.pages.find((page) => page.id === id);
  const missingAnchor = useAnchorScroll(state.status === "ready", id, anchor);
  useEffect(() => {
    if (meta) document.title = `${meta.title} · ${chapter.title}`;
  }, [meta, chapter.title]);
  return (
    <article className="lesson" aria-labelledby="page-title">
      <header className="lesson-header">
        <p className="eyebrow">Reference</p>
        <h1 id="page-title" tabIndex={-1}>
          {meta?.title}
        </h1>
        {meta?.summary && <p className="lede">{meta.summary}</p>}
      </header>
      <div className="lesson-grid">
        <div className="lesson-body prose">
          {missingAnchor && <MissingTarget what="an entry" id={missingAnchor} />}
          {state.status === "loading" && <p className="loading">Loading…</p>}
          {state.status === "error" && (
            <p className="callout" role="alert">
              This page could not be loaded: {state.message}
            </p>
          )}
          {state.status === "ready" && <LessonBlocks blocks={state.value.blocks} />}
        </div>
        <aside className="lesson-side">
          {state.status === "ready" && (
            <OnThisPage toc={state.value.toc} hrefFor={(target) => hrefs.page(id, target)} />
          )}
        </aside>
      </div>
    </article>
  );
}
