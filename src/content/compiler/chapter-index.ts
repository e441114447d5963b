import type { ChapterIndex, CompiledLesson, CompiledPage } from "../model/types";
import type { CompiledNotebook } from "../model/notebook-types";
import type { ProblemList } from "./content-error";
import type { ParsedCodeCell } from "./notebook-cells";
import type { ChapterContext } from "./plugins/content-data";
import { parseDocument, renderDocument } from "./processor";
import type { ChapterYaml } from "./read-documents";

const paragraph = /^<p>([\s\S]*)<\/p>$/;

/** What the overview is built from: chapter.yaml and every compiled page. */
export interface IndexParts {
  yaml: ChapterYaml;
  context: ChapterContext;
  lessons: CompiledLesson[];
  pages: CompiledPage[];
  notebooks: CompiledNotebook[];
  codeCells: { notebook: string; cell: ParsedCodeCell }[];
}

/**
 * The chapter's index: the overview's texts rendered like lesson prose (reported at the line of
 * their key), each objective with the lessons that teach it, and every page's summary. An
 * objective no lesson teaches is a problem, once the rest of the chapter compiles.
 */
export function chapterIndex(parts: IndexParts, problems: ProblemList): ChapterIndex {
  const { yaml, lessons, pages, notebooks } = parts;
  const { chapter } = yaml;
  const fragment = (text: string, key: string): string => {
    const document = parseDocument({
      file: yaml.file,
      kind: "page",
      id: "overview",
      text,
      firstLine: yaml.keyLines.get(key) ?? 1,
    });
    const blocks = renderDocument(document, parts.context);
    problems.addMessages(document.vfile);
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
          yaml.file,
          yaml.keyLines.get("objectives"),
          "objective-untaught",
          `objective "${objective.id}" is taught by no lesson`,
        );
      }
    }
  }
  return {
    title: chapter.title,
    subtitleHtml: fragment(chapter.subtitle, "subtitle").replace(paragraph, "$1"),
    epigraph: chapter.epigraph,
    overviewHtml: chapter.overview.map((text) => fragment(text, "overview")),
    prerequisites: chapter.prerequisites,
    notebooks: chapter.notebooks,
    objectivesIntro: chapter.objectivesIntro,
    objectives,
    studyFlowHtml: chapter.studyFlow.map((step) =>
      fragment(step, "studyFlow").replace(paragraph, "$1"),
    ),
    lessons: lessons.map(({ blocks: _blocks, ...summary }) => summary),
    pages: pages.map(({ id, title, summary }) => ({ id, title, summary })),
    notebookPages: notebooks.map(({ id, title, summary }) => ({ id, title, summary })),
    cells: Object.fromEntries(
      parts.codeCells.map(({ notebook, cell }) => {
        const [lesson, anchor] = cell.lesson ? cell.lesson.split("#", 2) : [undefined, undefined];
        return [cell.id, { notebook, title: cell.title, lesson, anchor }];
      }),
    ),
  };
}
