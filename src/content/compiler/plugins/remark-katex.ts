import type { Nodes, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { SKIP, visit } from "unist-util-visit";
import { equationAnchor, findLabels, renderMath } from "../math";
import { contentData, report } from "./content-data";

type Formula = Extract<Nodes, { type: "math" | "inlineMath" }>;

/**
 * Renders every formula with KaTeX at build time. A display equation's `\label{eq:…}` becomes its
 * anchor and its chapter number; `\eqref` inside math links to the labelled equation. The node
 * becomes an empty slot that `rehypeMathSlots` fills after sanitising, so KaTeX's markup is never
 * put through the sanitiser.
 */
export function remarkKatex() {
  return (tree: Root, file: VFile): void => {
    visit(tree, ["math", "inlineMath"], (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = mathSlot(file, node as Formula) as RootContent;
      return SKIP;
    });
  };
}

function mathSlot(file: VFile, node: Formula) {
  const { chapter, mathHtml } = contentData(file);
  const display = node.type === "math";
  let html = "";
  try {
    html = renderMath(node.value, display, chapter.symbols.equations);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknownLabel = message.startsWith("\\eqref to unknown label");
    report(
      file,
      node,
      unknownLabel ? "unknown-eqref" : "math-parse",
      `could not render math: ${message.replace(/^KaTeX parse error: /, "")}`,
    );
  }
  mathHtml.push(html);
  const slot = String(mathHtml.length - 1);
  if (!display) {
    return {
      type: "emphasis",
      children: [],
      data: { hName: "span", hProperties: { dataMathSlot: slot } },
    };
  }
  const label = findLabels(node.value)[0];
  const id = label ? equationAnchor(label) : undefined;
  return {
    type: "blockquote",
    children: [],
    // Focusable so keyboard users can scroll an equation wider than a phone screen.
    data: {
      hName: "div",
      hProperties: { className: ["equation"], id, tabIndex: 0, dataMathSlot: slot },
    },
  };
}
