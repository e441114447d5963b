import type { PhrasingContent, Root, RootContent, Text } from "mdast";
import type { VFile } from "vfile";
import { SKIP, visit } from "unist-util-visit";
import { contentData, pointAt, report } from "./content-data";

const eqrefInText = /\\eqref\{([^}]*)\}/g;

/** `\eqref{eq:name}` in prose becomes a link "(n)" to the labelled equation, wherever it is. */
export function remarkEqref() {
  return (tree: Root, file: VFile): void => {
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || !node.value.includes("\\eqref")) return;
      const parts = eqrefLinks(file, node);
      parent.children.splice(index, 1, ...(parts as RootContent[]));
      return [SKIP, index + parts.length];
    });
  };
}

function eqrefLinks(file: VFile, node: Text): PhrasingContent[] {
  const { equations } = contentData(file).chapter.symbols;
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(eqrefInText)) {
    const label = match[1] ?? "";
    const target = equations.get(label);
    if (!target)
      report(
        file,
        placeOf(file, node, match[0]),
        "unknown-eqref",
        `\\eqref to unknown label "${label}"`,
      );
    parts.push({ type: "text", value: node.value.slice(last, match.index) });
    parts.push({
      type: "link",
      url: target?.href ?? "#",
      children: [{ type: "text", value: `(${target?.number ?? "?"})` }],
      data: { hProperties: { className: ["eqref"] } },
    });
    last = match.index + match[0].length;
  }
  parts.push({ type: "text", value: node.value.slice(last) });
  return parts;
}

/** Where `\eqref{…}` is written in the file: the text node's own start if it cannot be found. */
function placeOf(file: VFile, node: Text, written: string) {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return node;
  const offset = String(file.value).slice(start, end).indexOf(written);
  return offset < 0 ? node : pointAt(file, start + offset);
}
