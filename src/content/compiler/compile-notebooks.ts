import type { Root } from "mdast";
import { z } from "zod";
import type { CompiledCodeCell, CompiledNotebook } from "../model/notebook-types";
import type { SourceFile } from "./compile-chapter";
import type { ProblemList } from "./content-error";
import { splitFrontMatter } from "./front-matter";
import { parseNotebookPieces, type NotebookPiece } from "./notebook-cells";
import { parseDocument } from "./processor";
import { validate } from "./schemas";
import type { SourceDocument } from "./source-document";

const notebookFrontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: z.string().min(1),
    summary: z.string().min(1),
  })
  .strict();

/** A notebook after parsing: its pieces, and a Markdown document per Markdown piece. */
export interface ParsedNotebook {
  file: string;
  id: string;
  title: string;
  summary: string;
  pieces: NotebookPiece[];
  /** One document per Markdown piece, in order, sharing the notebook's anchors. */
  documents: SourceDocument[];
}

/**
 * The page already has the notebook's title as its only h1, and its summary beneath it. A `#`
 * heading that opens the notebook is its title in Jupyter (the downloaded file keeps it), so the
 * page leaves it out rather than repeat it; any other `#` heading in a cell becomes h2.
 */
function fitHeadingsToPage(tree: Root, opensNotebook: boolean): Root {
  const [first] = tree.children;
  if (opensNotebook && first?.type === "heading" && first.depth === 1) tree.children.shift();
  for (const node of tree.children) if (node.type === "heading" && node.depth === 1) node.depth = 2;
  return tree;
}

/** Parses notebook files (front matter + cells); problems are located at their file lines. */
export function parseNotebooks(sources: SourceFile[], problems: ProblemList): ParsedNotebook[] {
  const notebooks: ParsedNotebook[] = [];
  const cellIds = new Map<string, string>();
  for (const source of sources) {
    const split = splitFrontMatter(source.text, source.file, problems);
    if (!split) continue;
    const meta = validate(
      notebookFrontMatterSchema,
      split.data,
      { file: source.file, keyLines: split.keyLines, ruleId: "front-matter" },
      problems,
    );
    if (!meta) continue;
    const pieces = parseNotebookPieces(split.body, source.file, split.bodyStartLine, problems);
    const anchors = new Set<string>();
    for (const piece of pieces) {
      if (piece.kind !== "code") continue;
      const seen = cellIds.get(piece.cell.id);
      if (seen)
        problems.add(
          source.file,
          piece.cell.line,
          "duplicate-cell",
          `duplicate cell id "${piece.cell.id}" (also in ${seen})`,
        );
      cellIds.set(piece.cell.id, source.file);
      anchors.add(piece.cell.id);
    }
    const documents = pieces.flatMap((piece, index): SourceDocument[] => {
      if (piece.kind !== "markdown") return [];
      const document = parseDocument({
        file: source.file,
        kind: "notebook",
        id: meta.id,
        text: piece.text,
        firstLine: piece.line,
      });
      fitHeadingsToPage(document.tree, index === 0);
      return [{ ...document, anchors }];
    });
    notebooks.push({ file: source.file, ...meta, pieces, documents });
  }
  return notebooks;
}

/**
 * Assembles compiled notebooks once Markdown pieces are rendered, and checks that each cell's
 * `lesson` option points to a real lesson section.
 */
export function assembleNotebooks(
  notebooks: ParsedNotebook[],
  renderedMarkdown: Map<SourceDocument, string>,
  lessonAnchors: Map<string, Set<string>>,
  problems: ProblemList,
): CompiledNotebook[] {
  return notebooks.map((notebook) => {
    let markdownIndex = 0;
    const cells = notebook.pieces.map((piece) => {
      if (piece.kind === "markdown") {
        const document = notebook.documents[markdownIndex++];
        return {
          kind: "markdown" as const,
          html: (document && renderedMarkdown.get(document)) ?? "",
          source: piece.text.trim(),
        };
      }
      const { cell } = piece;
      const [lessonId, anchor] = cell.lesson ? cell.lesson.split("#", 2) : [undefined, undefined];
      if (lessonId !== undefined) {
        const anchors = lessonAnchors.get(lessonId);
        if (!anchors)
          problems.add(
            notebook.file,
            cell.line,
            "cell-lesson",
            `cell "${cell.id}": unknown lesson "${lessonId}"`,
          );
        else if (anchor !== undefined && !anchors.has(anchor))
          problems.add(
            notebook.file,
            cell.line,
            "cell-lesson",
            `cell "${cell.id}": lesson "${lessonId}" has no anchor "${anchor}"`,
          );
      }
      const compiled: CompiledCodeCell = {
        kind: "code",
        id: cell.id,
        title: cell.title,
        source: cell.source,
        params: cell.params,
        lesson: lessonId === undefined ? undefined : { id: lessonId, anchor },
      };
      return compiled;
    });
    return { id: notebook.id, title: notebook.title, summary: notebook.summary, cells };
  });
}
