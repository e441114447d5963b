import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ChapterIndex, CompiledLesson } from "../types";
import { compileChapter } from "./compile-chapter";
import { loadSources } from "./load-sources";
import { renderLessonPreview, renderOverviewPreview } from "./preview";

const index = {
  title: "Chapter <One>",
  epigraph: "Data & time",
  subtitleHtml: "A <em>chapter</em>",
  overviewHtml: ["<p>First</p>", "<p>Second</p>"],
  objectives: [{ id: "one", text: "Know & use", lessons: ["a"] }],
  lessons: [{ id: "a" }, { id: "b" }],
  cells: {},
} as unknown as ChapterIndex;

function lesson(blocks: CompiledLesson["blocks"]): CompiledLesson {
  return {
    id: "a",
    number: 1,
    title: 'Joins "as of" <time>',
    summary: "A & B",
    minutes: 12,
    objectives: ["one"],
    toc: [{ id: "first", depth: 2, text: "First <section>" }],
    blocks,
    wordCount: 100,
  };
}

describe("renderLessonPreview", () => {
  it("mirrors the lesson header with every text escaped", () => {
    const html = renderLessonPreview(index, lesson([{ kind: "html", html: "<p>Body</p>" }]));
    expect(html).toContain('<p class="eyebrow">Lesson 1 of 2 · 12 min read</p>');
    expect(html).toContain("Joins &quot;as of&quot; &lt;time&gt;</h1>");
    expect(html).toContain('<p class="lede">A &amp; B</p>');
    expect(html).toContain("<li>Know &amp; use</li>");
    expect(html).toContain('<a class="topbar-title" href="#/">Chapter &lt;One&gt;</a>');
    expect(html).toContain('<a href="#/lessons/a/first">First &lt;section&gt;</a>');
    expect(html).toContain('<div class="block-html"><p>Body</p></div>');
  });

  it("puts the contents beside the text, or folded above it when simulations take the side", () => {
    const plain = renderLessonPreview(index, lesson([]));
    expect(plain).toContain('<aside class="lesson-side"><nav class="on-this-page"');
    const withCells = renderLessonPreview(
      { ...index, cells: { c: { notebook: "theory", title: "C", lesson: "a", anchor: "first" } } },
      lesson([]),
    );
    expect(withCells).toContain('class="lesson has-cells"');
    expect(withCells).toContain("<details><summary>On this page</summary>");
    expect(withCells).toContain('<aside class="lesson-side"></aside>');
  });

  it("stops at the first embed and cuts long prose only between top-level elements", () => {
    const paragraph = (n: number) => `<p>Paragraph ${n} ${"x".repeat(40)}</p>`;
    const long = Array.from({ length: 10 }, (_, n) => paragraph(n)).join("\n");
    const html = renderLessonPreview(
      index,
      lesson([
        { kind: "html", html: long },
        { kind: "cell", id: "c" },
        { kind: "html", html: "<p>After the cell</p>" },
      ]),
      130,
    );
    // Each paragraph with its newline is 60 characters: 130 ends inside the third, kept whole.
    expect(html).toContain(`${paragraph(2)}</div>`);
    expect(html).not.toContain("Paragraph 3");
    expect(html).not.toContain("After the cell");

    const short = renderLessonPreview(
      index,
      lesson([
        { kind: "html", html: paragraph(0) },
        { kind: "restate", id: "r", html: "<p>Restate</p>" },
        { kind: "html", html: "<p>After the prompt</p>" },
      ]),
    );
    expect(short).toContain(paragraph(0));
    expect(short).not.toContain("Restate");
    expect(short).not.toContain("After the prompt");
  });

  it("shows the opening of a compiled lesson exactly as compiled", () => {
    const fixtures = fileURLToPath(new URL("../__fixtures__/", import.meta.url));
    const chapter = compileChapter(loadSources(`${fixtures}basic`, fixtures));
    const first = chapter.lessons[0]!;
    const block = first.blocks[0];
    if (block?.kind !== "html") throw new Error("the fixture lesson opens with prose");
    const opening = /<div class="block-html">([\s\S]*?)<\/div><\/div><aside/.exec(
      renderLessonPreview(chapter.index, first, 200),
    )?.[1];
    expect(opening).toBeTruthy();
    expect(block.html.startsWith(opening!)).toBe(true);
  });
});

describe("renderOverviewPreview", () => {
  it("mirrors the overview's header and overview section, starting at the first lesson", () => {
    const html = renderOverviewPreview(index);
    expect(html).toContain('<h1 tabindex="-1">Chapter &lt;One&gt;</h1>');
    expect(html).toContain("<p>“Data &amp; time”</p>");
    expect(html).toContain('<p class="lede"><span>A <em>chapter</em></span></p>');
    expect(html).toContain('<a class="button primary" href="#/lessons/a">Start reading</a>');
    expect(html).toContain("<div><p>First</p></div><div><p>Second</p></div></section>");
    expect(html).not.toContain("Prerequisites");
  });
});
