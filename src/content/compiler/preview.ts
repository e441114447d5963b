import { fromHtml } from "hast-util-from-html";
import type { ChapterIndex, CompiledLesson, LessonBlock } from "../types";
import { anchorRoute, documentRoute } from "./source-document";

/*
 * Static first screens: plain HTML that `index.html` shows while the app's JavaScript loads, so a
 * reader sees the text without waiting for React. They mirror the markup of the app's frame and
 * pages (same classes, same geometry), and React replaces them with the live page on its first
 * render. Keep them in step with src/ui/layout/app-layout.tsx, src/ui/lesson/lesson-page.tsx and
 * src/ui/overview/overview-page.tsx; the e2e tests compare each with the live page.
 */

/**
 * A lesson's first screen: its header and opening prose, up to the first interactive block or
 * about `budget` characters of HTML.
 */
export function renderLessonPreview(
  index: ChapterIndex,
  lesson: CompiledLesson,
  budget = 6_000,
): string {
  const hasCells = Object.values(index.cells).some((cell) => cell.lesson === lesson.id);
  const objectiveText = (id: string) =>
    index.objectives.find((objective) => objective.id === id)?.text ?? id;
  const toc = lesson.toc.length
    ? `<ul>${lesson.toc
        .map(
          (entry) =>
            `<li class="toc-depth-${entry.depth}"><a href="${anchorRoute("lesson", lesson.id, entry.id)}">${escapeHtml(entry.text)}</a></li>`,
        )
        .join("")}</ul>`
    : "";
  const inlineToc =
    hasCells && toc
      ? `<nav class="on-this-page on-this-page-inline" aria-label="On this page"><details><summary>On this page</summary>${toc}</details></nav>`
      : "";
  const sideToc =
    !hasCells && toc
      ? `<nav class="on-this-page" aria-label="On this page"><p class="on-this-page-heading">On this page</p>${toc}</nav>`
      : "";

  return frame(
    index,
    [
      `<article class="lesson${hasCells ? " has-cells" : ""}" aria-labelledby="lesson-title">`,
      `<header class="lesson-header">`,
      `<p class="eyebrow">Lesson ${lesson.number} of ${index.lessons.length} · ${lesson.minutes} min read</p>`,
      `<h1 id="lesson-title" tabindex="-1">${escapeHtml(lesson.title)}</h1>`,
      lesson.summary ? `<p class="lede">${escapeHtml(lesson.summary)}</p>` : "",
      `<ul class="objective-chips" aria-label="Learning objectives">${lesson.objectives
        .map((id) => `<li>${escapeHtml(objectiveText(id))}</li>`)
        .join("")}</ul>`,
      `</header>`,
      `<div class="lesson-grid">`,
      `<div class="lesson-body prose">${inlineToc}${openingProse(lesson.blocks, budget)}</div>`,
      `<aside class="lesson-side">${sideToc}</aside>`,
      `</div>`,
      `</article>`,
    ].join(""),
  );
}

/**
 * The overview's first screen for a new reader (a returning one sees "Continue with …", which only
 * the app knows): its header with the start button, and the overview section.
 */
export function renderOverviewPreview(index: ChapterIndex): string {
  const first = index.lessons[0];
  return frame(
    index,
    [
      `<article class="overview prose">`,
      `<header class="overview-header">`,
      `<p class="eyebrow">Production ML · Chapter</p>`,
      `<h1 tabindex="-1">${escapeHtml(index.title)}</h1>`,
      `<blockquote class="epigraph"><p>“${escapeHtml(index.epigraph)}”</p></blockquote>`,
      `<p class="lede"><span>${index.subtitleHtml}</span></p>`,
      first
        ? `<a class="button primary" href="${documentRoute("lesson", first.id)}">Start reading</a>`
        : "",
      `</header>`,
      `<section aria-labelledby="overview-heading">`,
      `<h2 id="overview-heading">Overview</h2>`,
      index.overviewHtml.map((html) => `<div>${html}</div>`).join(""),
      `</section>`,
      `</article>`,
    ].join(""),
  );
}

/** The app's frame (top bar, an empty navigation column, main area) around a page. */
function frame(index: ChapterIndex, page: string): string {
  return [
    `<div class="app-shell static-preview">`,
    `<header class="topbar">`,
    `<button type="button" class="menu-button" aria-hidden="true" tabindex="-1"><span>☰</span></button>`,
    `<a class="topbar-title" href="#/">${escapeHtml(index.title)}</a>`,
    `</header>`,
    `<div class="shell-body">`,
    `<aside class="sidebar"></aside>`,
    `<main id="main" tabindex="-1">${page}</main>`,
    `</div>`,
    `</div>`,
  ].join("");
}

/**
 * The lesson's opening: its leading HTML blocks, stopping at the first embed, and within a block at
 * the first top-level element boundary after `budget` characters (so no element is cut in half).
 */
function openingProse(blocks: LessonBlock[], budget: number): string {
  const parts: string[] = [];
  let spent = 0;
  for (const block of blocks) {
    if (block.kind !== "html" || spent >= budget) break;
    const html = cutAtElementBoundary(block.html, budget - spent);
    parts.push(`<div class="block-html">${html}</div>`);
    spent += html.length;
  }
  return parts.join("");
}

/** The longest prefix of `html` made of whole top-level nodes that first reaches `length`. */
function cutAtElementBoundary(html: string, length: number): string {
  if (html.length <= length) return html;
  const fragment = fromHtml(html, { fragment: true });
  for (const node of fragment.children) {
    const end = node.position?.end.offset;
    if (end !== undefined && end >= length) return html.slice(0, end);
  }
  return html;
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe to place in HTML element content or a quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
