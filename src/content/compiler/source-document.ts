import type { Root } from "mdast";
import type { TocEntry } from "../types";

/** Lessons, reference pages, and the Markdown cells of notebooks. */
export type DocumentKind = "lesson" | "page" | "notebook";

/** A parsed Markdown source on its way through the two compile passes. */
export interface SourceDocument {
  file: string;
  kind: DocumentKind;
  id: string;
  /** Chapter position of a lesson (1-based); pages have none. */
  number: number | undefined;
  tree: Root;
  /** Line in the file of the body's first line, to turn body positions into file lines. */
  bodyStartLine: number;
  /** Filled by the collect pass. */
  anchors: Set<string>;
  toc: TocEntry[];
}

/** The route of a document, relative to the app's base: works on any static host. */
export function documentRoute(kind: DocumentKind, id: string): string {
  if (kind === "lesson") return `#/lessons/${id}`;
  if (kind === "notebook") return `#/notebooks/${id}`;
  return `#/${id}`;
}

/** A deep link to an anchor inside a document. */
export function anchorRoute(kind: DocumentKind, id: string, anchor: string): string {
  return `${documentRoute(kind, id)}/${anchor}`;
}

/** The file line of a node position inside the body. */
export function fileLine(document: SourceDocument, bodyLine: number | undefined): number {
  return (bodyLine ?? 1) + document.bodyStartLine - 1;
}
