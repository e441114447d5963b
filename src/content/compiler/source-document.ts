import type { Root } from "mdast";
import type { VFile } from "vfile";
import { hrefs } from "../model/routes";
import type { TocEntry } from "../model/types";

/** Lessons, reference pages, and the Markdown cells of notebooks. */
export type DocumentKind = "lesson" | "page" | "notebook";

/** A parsed Markdown source on its way through the two compile passes (collect, then render). */
export interface SourceDocument {
  file: string;
  kind: DocumentKind;
  id: string;
  /** Chapter position of a lesson (1-based); pages have none. */
  number: number | undefined;
  tree: Root;
  /** The text as the processor's file: positions are file positions, problems its messages. */
  vfile: VFile;
  /** Filled by the collect pass. */
  anchors: Set<string>;
  toc: TocEntry[];
}

/**
 * The link to a document, or to an anchor inside it, in the route grammar: relative to the
 * site's folder, where every page sits, so it works on any static host and from every page.
 */
export function anchorRoute(kind: DocumentKind, id: string, anchor?: string): string {
  if (kind === "lesson") return hrefs.lesson(id, anchor);
  if (kind === "notebook") return hrefs.notebook(id, anchor);
  return hrefs.page(id, anchor);
}
