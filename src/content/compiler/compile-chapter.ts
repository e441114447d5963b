import type { CompiledNotebook } from "../model/notebook-types";
import type { ChapterIndex, CompiledLesson, CompiledPage } from "../model/types";
import { chapterIndex } from "./chapter-index";
import { collectSymbols } from "./collect";
import { assembleNotebooks, parseNotebooks, type ParsedNotebook } from "./compile-notebooks";
import { ProblemList } from "./content-error";
import type { ChapterContext } from "./plugins/content-data";
import { renderDocument } from "./processor";
import { readChapterYaml, readLessons, readPages } from "./read-documents";
import type { SourceDocument } from "./source-document";
import { countWords } from "./word-count";

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

/**
 * Compiles the whole chapter. First every file is read and parsed (chapter.yaml, front matter,
 * notebook cells); then the first pass numbers equations and blocks across the chapter and
 * records every anchor; then each document goes through the content processor's plugins, which
 * check every label, link, objective and embed and render math at build time. Throws a
 * ContentError listing every problem as `file:line:column: message [rule-id]`.
 */
export function compileChapter(sources: ChapterSources): CompiledChapter {
  const problems = new ProblemList();
  const yaml = readChapterYaml(sources.chapter, problems);
  const lessonSources = readLessons(yaml, sources.lessons, problems);
  const pageSources = readPages(sources.pages, problems);
  const parsedNotebooks = parseNotebooks(sources.notebooks ?? [], problems);
  problems.throwIfAny();

  const documents = [...lessonSources, ...pageSources].map(({ document }) => document);
  const notebookDocuments = parsedNotebooks.flatMap((notebook) => notebook.documents);
  const context = chapterContext(documents, parsedNotebooks, sources.exercises);
  for (const document of [...documents, ...notebookDocuments]) problems.addMessages(document.vfile);
  const render = (document: SourceDocument) => {
    const blocks = renderDocument(document, context);
    problems.addMessages(document.vfile);
    return blocks;
  };

  const lessons = lessonSources.map(({ document, meta }): CompiledLesson => {
    const wordCount = countWords(document);
    return {
      id: meta.id,
      number: document.number ?? 0,
      title: meta.title,
      summary: meta.summary ?? "",
      minutes: meta.minutes,
      objectives: meta.objectives,
      toc: document.toc,
      blocks: render(document),
      wordCount,
    };
  });
  const pages = pageSources.map(({ document, meta }): CompiledPage => {
    const blocks = render(document);
    return {
      id: meta.id,
      title: meta.title,
      summary: meta.summary ?? "",
      toc: document.toc,
      blocks,
    };
  });
  const renderedMarkdown = new Map(
    notebookDocuments.map((document) => [
      document,
      render(document)
        .map((block) => ("html" in block ? block.html : ""))
        .join(""),
    ]),
  );
  const notebooks = assembleNotebooks(
    parsedNotebooks,
    renderedMarkdown,
    context.targets.lessons,
    problems,
  );
  const codeCells = parsedNotebooks.flatMap((notebook) =>
    notebook.pieces.flatMap((piece) =>
      piece.kind === "code" ? [{ notebook: notebook.id, cell: piece.cell }] : [],
    ),
  );
  const index = chapterIndex({ yaml, context, lessons, pages, notebooks, codeCells }, problems);
  problems.throwIfAny();
  return { index, lessons, pages, notebooks };
}

/**
 * The first pass over every document, and what the plugins check against: equation numbers,
 * heading slugs, anchors by document, and the cells and exercises embeds may name.
 */
function chapterContext(
  documents: SourceDocument[],
  notebooks: ParsedNotebook[],
  exercises: ReadonlySet<string> = new Set(),
): ChapterContext {
  const symbols = collectSymbols([
    ...documents,
    ...notebooks.flatMap((notebook) => notebook.documents),
  ]);
  const anchorsOf = (kind: "lesson" | "page") =>
    new Map(documents.filter((d) => d.kind === kind).map((d) => [d.id, d.anchors]));
  const cells = notebooks.flatMap((notebook) =>
    notebook.pieces.flatMap((piece) => (piece.kind === "code" ? [piece.cell] : [])),
  );
  return {
    symbols,
    targets: {
      lessons: anchorsOf("lesson"),
      pages: anchorsOf("page"),
      notebooks: new Map(
        notebooks.map((notebook) => [
          notebook.id,
          notebook.documents[0]?.anchors ??
            new Set(
              notebook.pieces.flatMap((piece) => (piece.kind === "code" ? [piece.cell.id] : [])),
            ),
        ]),
      ),
    },
    embeds: {
      cells: new Set(cells.map((cell) => cell.id)),
      exercises,
      cellParams: new Map(cells.map((cell) => [cell.id, cell.params])),
    },
  };
}
