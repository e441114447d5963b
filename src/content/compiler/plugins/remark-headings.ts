import type { Heading, Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { anchorRoute } from "../source-document";
import { contentData } from "./content-data";

/**
 * Every section heading gets its id (the slug the first pass gave it) and a permalink "#". Runs
 * after the links are resolved, so permalinks are not taken for authored links.
 */
export function remarkHeadings() {
  return (tree: Root, file: VFile): void => {
    const { document, chapter } = contentData(file);
    visit(tree, "heading", (heading: Heading) => {
      const id = chapter.symbols.headingIds.get(heading);
      if (!id) return;
      heading.data = { ...heading.data, hProperties: { id } };
      heading.children.push({
        type: "link",
        url: anchorRoute(document.kind, document.id, id),
        children: [{ type: "text", value: "#" }],
        data: { hProperties: { className: ["anchor-link"], ariaLabel: "Link to this section" } },
      });
    });
  };
}
