import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";

/** Tables scroll sideways inside a narrow column, so each one can take keyboard focus to scroll. */
export function rehypeFocusableTables() {
  return (tree: Root): void => {
    visit(tree, "element", (element: Element) => {
      if (element.tagName === "table") element.properties["tabIndex"] = 0;
    });
  };
}
