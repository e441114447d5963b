import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import type { PhrasingContent, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import {
  blockDirectives,
  figureDirective,
  isBlockDirective,
  isEmbedDirective,
} from "../directives";
import { contentData, report } from "./content-data";

/**
 * Block directives (`:::definition`, `:::proof`, …) become titled, numbered boxes; a proof ends
 * with a tombstone. Embeds, figures and restate prompts are blocks of their own, so they must
 * stand at the top level of the page; any other directive name is a problem. Runs before the
 * math is rendered, since a proof's authored tombstone may be a formula.
 */
export function remarkDirectives() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node, _index, parent) => {
      const topLevel = parent?.type === "root";
      if (node.type === "leafDirective") checkLeaf(file, node, topLevel);
      if (node.type === "containerDirective") blockDirective(file, node, topLevel);
    });
  };
}

function checkLeaf(file: VFile, node: LeafDirective, topLevel: boolean): void {
  if (node.name === figureDirective || isEmbedDirective(node.name)) {
    if (!topLevel)
      report(
        file,
        node,
        "misplaced-directive",
        `::${node.name} must stand at the top level of the page`,
      );
  } else report(file, node, "unknown-directive", `unknown directive "::${node.name}"`);
}

function blockDirective(file: VFile, node: ContainerDirective, topLevel: boolean): void {
  if (node.name === "restate") {
    if (!topLevel)
      report(
        file,
        node,
        "misplaced-directive",
        ":::restate must stand at the top level of the page",
      );
    return;
  }
  if (!isBlockDirective(node.name)) {
    report(file, node, "unknown-directive", `unknown directive ":::${node.name}"`);
    return;
  }
  addTitle(file, node);
  if (node.name === "proof") endProof(node.children);
  const id = node.attributes?.id ?? undefined;
  node.data = {
    hName: "div",
    hProperties: { className: ["directive", `directive-${node.name}`], id },
  };
}

/** "**Definition 2.1** (label)" or "**Pitfall**: label", in place of the directive's label. */
function addTitle(file: VFile, node: ContainerDirective): void {
  if (!isBlockDirective(node.name)) return;
  const kind = blockDirectives[node.name];
  const heading = contentData(file).chapter.symbols.directiveNumbers.get(node) ?? kind.label;
  const first = node.children[0];
  const labelled = first?.type === "paragraph" && first.data?.directiveLabel === true;
  const label = labelled ? first.children : [];
  const children: PhrasingContent[] = [
    { type: "strong", children: [{ type: "text", value: heading }] },
  ];
  if (label.length > 0) {
    children.push({ type: "text", value: kind.numbered ? " (" : ": " }, ...label);
    if (kind.numbered) children.push({ type: "text", value: ")" });
  }
  const title: RootContent = {
    type: "paragraph",
    children,
    data: { hProperties: { className: ["directive-title"] } },
  };
  node.children = [
    title,
    ...(labelled ? node.children.slice(1) : node.children),
  ] as typeof node.children;
}

const authoredTombstone = /(\\blacksquare|\\square|\\Box|\\qed|∎|□|■)\s*$/;

/** Ends a proof with a tombstone, unless its author already wrote one. */
function endProof(children: RootContent[]): void {
  const last = children[children.length - 1];
  if (last?.type !== "paragraph") return;
  const tail = last.children[last.children.length - 1];
  const tailText = tail && "value" in tail ? tail.value : "";
  if (authoredTombstone.test(tailText)) return;
  last.children.push({
    type: "emphasis",
    children: [{ type: "text", value: "∎" }],
    data: { hName: "span", hProperties: { className: ["qed"], ariaHidden: "true" } },
  });
}
