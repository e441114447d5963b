import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { SourceDocument } from "./source-document";

/**
 * Words of prose a reader reads: text outside math, code, tables and the closing References
 * section (the reading-length rule counts prose, not citations). Counted before rendering.
 */
export function countWords(document: SourceDocument): number {
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
