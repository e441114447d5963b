import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { ChapterIndex, CompiledLesson, CompiledPage, LessonBlock } from "../model/types";
import { collectSymbols } from "./collect";
import { ProblemList } from "./content-error";
import { parseYaml, splitFrontMatter } from "./front-matter";
import { parseMarkdown } from "./parse";
import { renderDocument, type EmbedRegistry } from "./render";
import {
  chapterSchema,
  describeIssues,
  lessonFrontMatterSchema,
  pageFrontMatterSchema,
  type ChapterFile,
  type LessonFrontMatter,
} from "./schemas";
import type { SourceDocument } from "./source-document";
import type { CompiledNotebook } from "../model/notebook-types";
import { assembleNotebooks, parseNotebooks } from "./compile-notebooks";

/** A content file's name (as shown in messages) and text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** Everything the compiler reads: chapter.yaml, the lessons it lists, and free-standing pages. */
export interface ChapterSources {
  chapter: SourceFile;
  /** Lesson files keyed by their `NN-slug` name; chapter.yaml decides the order. */
  lessons: Map<string, SourceFile>;
  pages: SourceFile[];
  /** Notebooks in jupytext/MyST Markdown (`content/notebooks/*.md`). */
  notebooks?: SourceFile[];
  /** Exercise ids that lessons may embed (cells come from the notebooks). */
  exercises?: ReadonlySet<string>;
}

/** The compiler's output: the overview index and each page's blocks. */
export interface CompiledChapter {
  index: ChapterIndex;
  lessons: CompiledLesson[];
  pages: CompiledPage[];
  notebooks: CompiledNotebook[];
}

function validated<T>(
  schema: {
    safeParse(data: unknown): { success: true; data: T } | { success: false; error: never };
  },
  data: unknown,
  file: string,
  keyLines: Map<string, number>,
  problems: ProblemList,
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of describeIssues(result.error)) {
    problems.add(file, issue.key ? keyLines.get(issue.key) : 1, issue.message);
  }
  return undefined;
}

/**
 * Words of prose a reader reads: text outside math, code, tables and the closing References
 * section (the reading-length rule counts prose, not citations).
 */
function countWords(document: SourceDocument): number {
  let words = 0;
  let inReferences = false;
  for (const node of document.tree.children) {
    if (node.type === "heading")
      inReferences = node.depth === 2 && /^references$/i.test(toString(node));
    if (inReferences || node.type === "table" || node.type === "code") continue;
    visit(node, "text", (text: Nodes) => {
      if (text.type === "text") words += text.value.split(/\s+/).filter(Boolean).length;
    });
  }
  return words;
}

function stripParagraph(html: string): string {
  return html.replace(/^<p>([\s\S]*)<\/p>$/, "$1");
}

/**
 * Compiles the whole chapter: validates chapter.yaml and every front matter, numbers equations
 * across lessons, checks every label, link, objective and embed, and renders math at build time.
 * Throws a ContentError listing every problem as `file:line: message`.
 */
export function compileChapter(sources: ChapterSources): CompiledChapter {
  const problems = new ProblemList();
  const { chapter: chapterSource } = sources;
  const chapterYaml = parseYaml(chapterSource.text, chapterSource.file, problems);
  problems.throwIfAny();
  const chapter = validated<ChapterFile>(
    chapterSchema as never,
    chapterYaml?.data,
    chapterSource.file,
    chapterYaml?.keyLines ?? new Map(),
    problems,
  );
  problems.throwIfAny();
  if (!chapter) throw new Error("unreachable: chapter.yaml validated without data");
  const objectiveIds = new Set(chapter.objectives.map((objective) => objective.id));

  const documents: SourceDocument[] = [];
  const lessonMeta = new Map<string, LessonFrontMatter>();
  chapter.lessons.forEach((name, position) => {
    const source = sources.lessons.get(name);
    if (!source) {
      problems.add(
        chapterSource.file,
        chapterYaml?.keyLines.get("lessons"),
        `lesson "${name}" has no file ${name}.md`,
      );
      return;
    }
    const split = splitFrontMatter(source.text, source.file, problems);
    if (!split) return;
    const meta = validated<LessonFrontMatter>(
      lessonFrontMatterSchema as never,
      split.data,
      source.file,
      split.keyLines,
      problems,
    );
    if (!meta) return;
    const slug = name.replace(/^\d\d-/, "");
    if (meta.id !== slug) {
      problems.add(
        source.file,
        split.keyLines.get("id"),
        `id "${meta.id}" must match the file name "${slug}"`,
      );
    }
    for (const objective of meta.objectives) {
      if (!objectiveIds.has(objective)) {
        problems.add(
          source.file,
          split.keyLines.get("objectives"),
          `unknown objective id "${objective}"`,
        );
      }
    }
    lessonMeta.set(meta.id, meta);
    documents.push({
      file: source.file,
      kind: "lesson",
      id: meta.id,
      number: position + 1,
      tree: parseMarkdown(split.body),
      bodyStartLine: split.bodyStartLine,
      anchors: new Set(),
      toc: [],
    });
  });
  const pageMeta = new Map<string, { title: string; summary: string }>();
  for (const source of sources.pages) {
    const split = splitFrontMatter(source.text, source.file, problems);
    if (!split) continue;
    const meta = validated(
      pageFrontMatterSchema as never,
      split.data,
      source.file,
      split.keyLines,
      problems,
    ) as { id: string; title: string; summary?: string } | undefined;
    if (!meta) continue;
    if (meta.id === "lessons")
      problems.add(source.file, split.keyLines.get("id"), `page id "lessons" is reserved`);
    pageMeta.set(meta.id, { title: meta.title, summary: meta.summary ?? "" });
    documents.push({
      file: source.file,
      kind: "page",
      id: meta.id,
      number: undefined,
      tree: parseMarkdown(split.body),
      bodyStartLine: split.bodyStartLine,
      anchors: new Set(),
      toc: [],
    });
  }
  const parsedNotebooks = parseNotebooks(sources.notebooks ?? [], problems);
  problems.throwIfAny();

  const notebookDocuments = parsedNotebooks.flatMap((notebook) => notebook.documents);
  const symbols = collectSymbols([...documents, ...notebookDocuments], problems);
  const byKind = (kind: "lesson" | "page" | "notebook") =>
    new Map(documents.filter((d) => d.kind === kind).map((d) => [d.id, d.anchors]));
  const targets = {
    lessons: byKind("lesson"),
    pages: byKind("page"),
    notebooks: new Map(
      parsedNotebooks.map((notebook) => [
        notebook.id,
        notebook.documents[0]?.anchors ??
          new Set(
            notebook.pieces.flatMap((piece) => (piece.kind === "code" ? [piece.cell.id] : [])),
          ),
      ]),
    ),
  };
  const codeCells = parsedNotebooks.flatMap((notebook) =>
    notebook.pieces.flatMap((piece) =>
      piece.kind === "code" ? [{ notebook: notebook.id, cell: piece.cell }] : [],
    ),
  );
  const embeds: EmbedRegistry = {
    cells: new Set(codeCells.map(({ cell }) => cell.id)),
    exercises: sources.exercises ?? new Set(),
    cellParams: new Map(codeCells.map(({ cell }) => [cell.id, cell.params])),
  };

  const lessons: CompiledLesson[] = [];
  const pages: CompiledPage[] = [];
  for (const document of documents) {
    const wordCount = countWords(document);
    const blocks: LessonBlock[] = renderDocument(document, symbols, targets, embeds, problems);
    if (document.kind === "lesson") {
      const meta = lessonMeta.get(document.id);
      if (!meta) continue;
      lessons.push({
        id: meta.id,
        number: document.number ?? 0,
        title: meta.title,
        summary: meta.summary ?? "",
        minutes: meta.minutes,
        objectives: meta.objectives,
        toc: document.toc,
        blocks,
        wordCount,
      });
    } else {
      const meta = pageMeta.get(document.id);
      pages.push({
        id: document.id,
        title: meta?.title ?? "",
        summary: meta?.summary ?? "",
        toc: document.toc,
        blocks,
      });
    }
  }

  const renderedMarkdown = new Map<SourceDocument, string>();
  for (const document of notebookDocuments) {
    const blocks = renderDocument(document, symbols, targets, embeds, problems);
    renderedMarkdown.set(
      document,
      blocks.map((block) => ("html" in block ? block.html : "")).join(""),
    );
  }
  const notebooks = assembleNotebooks(parsedNotebooks, renderedMarkdown, targets.lessons, problems);

  const fragment = (text: string, key: string): string => {
    const document: SourceDocument = {
      file: chapterSource.file,
      kind: "page",
      id: "overview",
      number: undefined,
      tree: parseMarkdown(text),
      bodyStartLine: chapterYaml?.keyLines.get(key) ?? 1,
      anchors: new Set(),
      toc: [],
    };
    const blocks = renderDocument(document, symbols, targets, embeds, problems);
    return blocks.map((block) => ("html" in block ? block.html : "")).join("");
  };

  const objectives = chapter.objectives.map((objective) => ({
    ...objective,
    lessons: lessons.filter((lesson) => lesson.objectives.includes(objective.id)).map((l) => l.id),
  }));
  if (problems.problems.length === 0 && lessons.length === chapter.lessons.length) {
    for (const objective of objectives) {
      if (objective.lessons.length === 0) {
        problems.add(
          chapterSource.file,
          chapterYaml?.keyLines.get("objectives"),
          `objective "${objective.id}" is taught by no lesson`,
        );
      }
    }
  }
  const index: ChapterIndex = {
    title: chapter.title,
    subtitleHtml: stripParagraph(fragment(chapter.subtitle, "subtitle")),
    epigraph: chapter.epigraph,
    overviewHtml: chapter.overview.map((paragraph) => fragment(paragraph, "overview")),
    prerequisites: chapter.prerequisites,
    notebooks: chapter.notebooks,
    objectivesIntro: chapter.objectivesIntro,
    objectives,
    studyFlowHtml: chapter.studyFlow.map((step) => stripParagraph(fragment(step, "studyFlow"))),
    lessons: lessons.map(({ blocks: _blocks, ...summary }) => summary),
    pages: pages.map(({ id, title, summary }) => ({ id, title, summary })),
    notebookPages: notebooks.map(({ id, title, summary }) => ({ id, title, summary })),
    cells: Object.fromEntries(
      codeCells.map(({ notebook, cell }) => {
        const [lesson, anchor] = cell.lesson ? cell.lesson.split("#", 2) : [undefined, undefined];
        return [cell.id, { notebook, title: cell.title, lesson, anchor }];
      }),
    ),
  };
  problems.throwIfAny();
  return { index, lessons, pages, notebooks };
}
