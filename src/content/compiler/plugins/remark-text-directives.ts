import type { Nodes, Parents, Root, Text } from "mdast";
import type { Processor } from "unified";
import { visit } from "unist-util-visit";

/**
 * Inline `:name` directives are not part of the content format, and the syntax misfires on prose
 * such as `\eqref{eq:psi}` or `key:value`. The parser puts their source text back and merges
 * neighbouring text, so the first pass (anchors, slugs) already sees the prose as written.
 */
export function remarkTextDirectivesAsText(this: Processor): void {
  const parse = this.parser;
  if (!parse) throw new Error("remarkTextDirectivesAsText needs a parser before it");
  this.parser = (document, file) => {
    const tree = parse(document, file) as Root;
    restoreTextDirectives(tree, document);
    return tree;
  };
}

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
