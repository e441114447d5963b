import type { LeafDirective } from "mdast-util-directive";
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { figureDirective } from "../directives";
import { parseFigureParams } from "../figure-params";
import { contentData, report, type BlockData } from "./content-data";

const figureAttributes = new Set(["id", "cell", "params", "alt"]);

/**
 * `::figure[caption]{#id cell=… params="name=value,…" alt="…"}` at the top level becomes a
 * numbered figure block drawn by a notebook cell: checks the id, the cell, every fixed parameter
 * and the text alternative. The caption stays in the tree, so the other plugins render it.
 */
export function remarkFigures() {
  return (tree: Root, file: VFile): void => {
    const { blocks } = contentData(file);
    for (const node of tree.children) {
      if (node.type === "leafDirective" && node.name === figureDirective)
        blocks.set(node, figure(file, node));
    }
  };
}

function figure(file: VFile, node: LeafDirective): BlockData {
  const { chapter } = contentData(file);
  const attributes = node.attributes ?? {};
  const id = attributes.id ?? "";
  const cell = attributes.cell ?? "";
  const alt = (attributes.alt ?? "").trim();
  const problem = (ruleId: string, message: string) => report(file, node, ruleId, message);
  for (const name of Object.keys(attributes)) {
    if (!figureAttributes.has(name) && name !== "class")
      problem(
        "figure-attribute",
        `::figure has no attribute "${name}" (it takes #id, cell, params, alt)`,
      );
  }
  if (!id) problem("figure-id", "::figure needs an id: ::figure[caption]{#fig-name cell=…}");
  else if (!id.startsWith("fig-")) problem("figure-id", `figure id "${id}" must start with fig-`);
  if (!alt)
    problem("figure-alt", `::figure "${id}" needs alt="…": what the figure shows, in words`);
  if (node.children.length === 0)
    problem("figure-caption", `::figure "${id}" needs a caption: ::figure[the caption]{…}`);
  let params: Record<string, number | string | boolean> = {};
  if (!cell) problem("figure-cell", `::figure "${id}" needs cell=<a notebook cell id>`);
  else if (!chapter.embeds.cells.has(cell)) problem("unknown-cell", `unknown cell id "${cell}"`);
  else {
    const declared = chapter.embeds.cellParams?.get(cell) ?? {};
    const parsed = parseFigureParams(attributes.params ?? "", cell, declared);
    for (const error of parsed.errors) problem("figure-params", error);
    params = {
      ...Object.fromEntries(Object.entries(declared).map(([name, spec]) => [name, spec.default])),
      ...parsed.values,
    };
  }
  const label = chapter.symbols.directiveNumbers.get(node) ?? "Figure";
  return { kind: "figure", id, label, cell, params, alt };
}
