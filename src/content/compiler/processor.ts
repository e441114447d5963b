import type { Root, RootContent } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import type { LessonBlock } from "../model/types";
import { blocksCompiler } from "./plugins/blocks-compiler";
import type { ChapterContext } from "./plugins/content-data";
import { rehypeFocusableTables } from "./plugins/rehype-focusable-tables";
import { rehypeMathSlots } from "./plugins/rehype-math-slots";
import { remarkDirectives } from "./plugins/remark-directives";
import { remarkEmbeds } from "./plugins/remark-embeds";
import { remarkEqref } from "./plugins/remark-eqref";
import { remarkFigures } from "./plugins/remark-figures";
import { remarkHeadings } from "./plugins/remark-headings";
import { remarkKatex } from "./plugins/remark-katex";
import { remarkLinks } from "./plugins/remark-links";
import { remarkTextDirectivesAsText } from "./plugins/remark-text-directives";
import { sanitizeSchema } from "./plugins/sanitize-schema";
import type { DocumentKind, SourceDocument } from "./source-document";

// A run of prose to HTML: raw HTML is parsed and sanitised before the formulas (rendered by
// KaTeX, trusted) are put into their slots.
const htmlStage = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeMathSlots)
  .use(rehypeFocusableTables)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/**
 * The content processor, built once: parses Markdown with math and directives, then each plugin
 * does one thing to a document (directives, embeds, figures, formulas, links, `\eqref`, heading
 * anchors), and the compiler turns it into the page's blocks. A document's data (its chapter's
 * symbols, link targets and embeds) travels on its file, where the plugins also report problems.
 */
export const contentProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkDirective)
  .use(remarkTextDirectivesAsText)
  .use(remarkDirectives)
  .use(remarkEmbeds)
  .use(remarkFigures)
  .use(remarkKatex)
  .use(remarkLinks)
  .use(remarkEqref)
  .use(remarkHeadings)
  .use(blocksCompiler, {
    html: (children: RootContent[], file: VFile) =>
      htmlStage.stringify(htmlStage.runSync({ type: "root", children }, file), file),
  })
  .freeze();

/** A Markdown text to parse: where it comes from and what it is. */
export interface MarkdownSource {
  file: string;
  kind: DocumentKind;
  id: string;
  number?: number | undefined;
  text: string;
  /** The file line the text starts on (after front matter, or a notebook's Markdown cell). */
  firstLine: number;
}

/**
 * Parses a Markdown text into a document. The text keeps its place in the file (the lines before
 * it are blank), so every node's position, and every problem, is a line and column of the file.
 */
export function parseDocument(source: MarkdownSource): SourceDocument {
  const vfile = new VFile({
    path: source.file,
    value: "\n".repeat(Math.max(0, source.firstLine - 1)) + source.text,
  });
  return {
    file: source.file,
    kind: source.kind,
    id: source.id,
    number: source.number,
    tree: contentProcessor.parse(vfile),
    vfile,
    anchors: new Set(),
    toc: [],
  };
}

/** Renders a parsed document into its blocks; problems become messages of `document.vfile`. */
export function renderDocument(document: SourceDocument, chapter: ChapterContext): LessonBlock[] {
  const file = document.vfile;
  file.data.content = { document, chapter, mathHtml: [], blocks: new WeakMap() };
  // The plugins are typed loosely (each returns a transformer of Root), hence the assertion.
  const tree = contentProcessor.runSync(document.tree, file) as Root;
  return contentProcessor.stringify(tree, file);
}
