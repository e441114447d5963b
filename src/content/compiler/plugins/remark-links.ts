import type { Link, Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { resolveLink } from "../link-resolution";
import { contentData, report } from "./content-data";

/**
 * Authored links (`lesson:<id>#anchor`, `notebook:<id>`, `<page-id>`, `#anchor`) become app
 * routes; a link to nothing is a problem. Runs before the plugins that add links of their own.
 */
export function remarkLinks() {
  return (tree: Root, file: VFile): void => {
    const { document, chapter } = contentData(file);
    visit(tree, "link", (node: Link) => {
      const resolved = resolveLink(node.url, document, chapter.targets);
      if ("error" in resolved) report(file, node, "broken-link", resolved.error);
      else node.url = resolved.href;
    });
  };
}
