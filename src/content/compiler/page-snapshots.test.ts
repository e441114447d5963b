import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { LessonBlock } from "../model/types";
import { compileChapter } from "./compile-chapter";
import { loadSources } from "./load-sources";

// Each page of the fixture chapter, compiled, against its stored HTML: a change in any plugin shows
// up as a readable diff of the page it touches. Only UPDATE_GOLDEN=1 writes the files; a missing
// one fails, so deleting a snapshot cannot make the test pass.
const fixtures = fileURLToPath(new URL("./__fixtures__/", import.meta.url));
const snapshots = `${fixtures}basic.snapshots/`;
const update = process.env["UPDATE_GOLDEN"] === "1";
const howToWrite =
  "UPDATE_GOLDEN=1 npx vitest run src/content/compiler/page-snapshots.test.ts (after reviewing the change)";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** One block as the page shows it; embeds are stand-ins, since later layers render them. */
function blockHtml(block: LessonBlock): string {
  switch (block.kind) {
    case "html":
      return block.html;
    case "restate":
      return `<section data-restate="${block.id}">\n${block.html}\n</section>`;
    case "cell":
    case "exercise":
      return `<div data-${block.kind}="${block.id}"></div>`;
    case "figure":
      return [
        `<figure id="${block.id}" data-cell="${block.cell}" data-params="${escape(JSON.stringify(block.params))}">`,
        `<div role="img" aria-label="${escape(block.alt)}"></div>`,
        `<figcaption><strong>${block.label}</strong> ${block.captionHtml}</figcaption>`,
        "</figure>",
      ].join("\n");
  }
}

function pages(): Map<string, string> {
  const chapter = compileChapter(loadSources(`${fixtures}basic`, fixtures));
  const files = new Map<string, string>();
  for (const lesson of chapter.lessons)
    files.set(`lesson-${lesson.id}.html`, lesson.blocks.map(blockHtml).join("\n"));
  for (const page of chapter.pages)
    files.set(`page-${page.id}.html`, page.blocks.map(blockHtml).join("\n"));
  for (const notebook of chapter.notebooks) {
    const cells = notebook.cells.map((cell) =>
      cell.kind === "markdown"
        ? cell.html
        : `<pre data-cell="${cell.id}"><code>${escape(cell.source)}</code></pre>`,
    );
    files.set(`notebook-${notebook.id}.html`, cells.join("\n"));
  }
  return new Map([...files].map(([name, html]) => [name, `${html}\n`]));
}

describe("page snapshots", () => {
  const compiled = pages();
  if (update) {
    mkdirSync(snapshots, { recursive: true });
    for (const [name, html] of compiled) writeFileSync(`${snapshots}${name}`, html);
  }

  for (const [name, html] of compiled) {
    it(`compiles ${name} to its stored HTML`, () => {
      const path = `${snapshots}${name}`;
      expect(existsSync(path), `${path} is missing: write it with ${howToWrite}`).toBe(true);
      expect(html).toBe(readFileSync(path, "utf8"));
    });
  }

  it("keeps no snapshot of a page the chapter no longer has", () => {
    const stored = existsSync(snapshots) ? readdirSync(snapshots) : [];
    expect(stored.filter((name) => !compiled.has(name))).toEqual([]);
  });
});
