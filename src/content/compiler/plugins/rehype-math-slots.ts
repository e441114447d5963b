import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { contentData } from "./content-data";

/** Puts each formula's KaTeX HTML into its slot; runs after the sanitiser. */
export function rehypeMathSlots() {
  return (tree: Root, file: VFile): void => {
    const { mathHtml } = contentData(file);
    visit(tree, "element", (element: Element) => {
      const slot = element.properties["dataMathSlot"];
      if (slot === undefined) return;
      delete element.properties["dataMathSlot"];
      element.children = [{ type: "raw", value: mathHtml[Number(slot)] ?? "" }];
    });
  };
}
