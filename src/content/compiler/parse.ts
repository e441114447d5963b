import type { Nodes, Parents, Root, Text } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);

/**
 * Inline `:name` directives are not part of the content format, and the syntax misfires on prose
 * such as `\eqref{eq:psi}` or `key:value`. Put their source text back and merge neighbouring text.
 */
function restoreTextDirectives(tree: Root, source: string): void {
  visit(tree, "textDirective", (node: Nodes, index, parent: Parents | undefined) => {
    if (!parent || index === undefined) return;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    parent.children[index] = {
      type: "text",
      value: source.slice(start, end),
      position: node.position,
    };
  });
  visit(tree, (node: Nodes) => {
    if (!("children" in node)) return;
    const merged: Nodes[] = [];
    for (const child of node.children) {
      const previous = merged[merged.length - 1];
      if (previous?.type === "text" && child.type === "text") {
        (previous as Text).value += child.value;
        if (previous.position && child.position) previous.position.end = child.position.end;
      } else merged.push(child);
    }
    node.children = merged as typeof node.children;
  });
}

/** Parses a Markdown body (front matter removed) into an mdast tree with math and directives. */
export function parseMarkdown(body: string): Root {
  const tree = parser.runSync(parser.parse(body)) as Root;
  restoreTextDirectives(tree, body);
  return tree;
}
