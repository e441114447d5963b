import type { Root } from "mdast";
import type { VFile } from "vfile";
import { isEmbedDirective } from "../directives";
import { contentData, report } from "./content-data";

/**
 * Top-level `::cell{#id}` and `::exercise{#id}` become blocks that later layers render (the id
 * must be one they know), and `:::restate{#id}` a prompt block with a text box.
 */
export function remarkEmbeds() {
  return (tree: Root, file: VFile): void => {
    const { chapter, blocks } = contentData(file);
    for (const node of tree.children) {
      if (node.type === "leafDirective" && isEmbedDirective(node.name)) {
        const id = node.attributes?.id ?? "";
        const known = node.name === "cell" ? chapter.embeds.cells : chapter.embeds.exercises;
        if (!id)
          report(file, node, "embed-id", `::${node.name} needs an id: ::${node.name}{#the-id}`);
        else if (!known.has(id))
          report(file, node, `unknown-${node.name}`, `unknown ${node.name} id "${id}"`);
        blocks.set(node, { kind: node.name, id });
      } else if (node.type === "containerDirective" && node.name === "restate") {
        const id = node.attributes?.id ?? "";
        if (!id) report(file, node, "restate-id", ":::restate needs an id: :::restate{#the-id}");
        blocks.set(node, { kind: "restate", id });
      }
    }
  };
}
