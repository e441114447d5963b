import type { Nodes } from "mdast";
import type { Point, Position } from "unist";
import type { VFile } from "vfile";
import type { CellParam } from "../../model/notebook-types";
import type { LessonBlock } from "../../model/types";
import type { ChapterSymbols } from "../collect";
import type { LinkTargets } from "../link-resolution";
import type { SourceDocument } from "../source-document";

/** Ids that embeds may point to, supplied by the layers that render them. */
export interface EmbedRegistry {
  cells: ReadonlySet<string>;
  exercises: ReadonlySet<string>;
  /** Declared parameters of each cell, so a figure's fixed values can be checked. */
  cellParams?: ReadonlyMap<string, Record<string, CellParam>>;
}

/** What the whole chapter knows once every document is parsed: shared by every document. */
export interface ChapterContext {
  symbols: ChapterSymbols;
  targets: LinkTargets;
  embeds: EmbedRegistry;
}

/** A top-level node that becomes a block of its own; the compiler adds its rendered HTML. */
export type BlockData =
  | Extract<LessonBlock, { kind: "cell" | "exercise" }>
  | { kind: "restate"; id: string }
  | Omit<Extract<LessonBlock, { kind: "figure" }>, "captionHtml">;

/** One document's rendering data, carried by its file through every plugin. */
export interface ContentData {
  document: SourceDocument;
  chapter: ChapterContext;
  /** Rendered formulas; the HTML has a slot per formula, filled after sanitising. */
  mathHtml: string[];
  /** The blocks that top-level embeds, figures and restate prompts become. */
  blocks: WeakMap<Nodes, BlockData>;
}

declare module "vfile" {
  interface DataMap {
    content: ContentData;
  }
}

/** The rendering data of a file; the compiler sets it before running the plugins. */
export function contentData(file: VFile): ContentData {
  const data = file.data.content;
  if (!data) throw new Error(`${file.path}: rendered without its document's data`);
  return data;
}

/** Reports a content problem on the file at a node (or a place), with the rule it breaks. */
export function report(
  file: VFile,
  place: Nodes | Position | Point | undefined,
  ruleId: string,
  reason: string,
): void {
  const at = place && "type" in place ? place.position : place;
  file.message(reason, { place: at, ruleId, source: "content" });
}

/** The line and column of an offset in the file's text. */
export function pointAt(file: VFile, offset: number): Point {
  const before = String(file.value).slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1, offset };
}
