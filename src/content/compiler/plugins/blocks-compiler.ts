import type { Root, RootContent } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import type { LessonBlock } from "../../model/types";
import { contentData } from "./content-data";

declare module "unified" {
  interface CompileResultMap {
    LessonBlocks: LessonBlock[];
  }
}

/** Turns a run of Markdown nodes into sanitised HTML (the processor's HTML stage). */
export type HtmlStage = (children: RootContent[], file: VFile) => string;

/**
 * The processor's compiler: a page is a list of blocks. Runs of prose become HTML blocks;
 * embeds, figures and restate prompts (marked by the plugins before it) are blocks of their own,
 * a figure with its caption and a prompt with its text rendered to HTML.
 */
export const blocksCompiler: Plugin<[{ html: HtmlStage }], Root, LessonBlock[]> = function (
  options,
) {
  this.compiler = (tree, file) => compileBlocks(tree as Root, file, options.html);
};

const paragraph = /^<p>([\s\S]*)<\/p>$/;

function compileBlocks(tree: Root, file: VFile, html: HtmlStage): LessonBlock[] {
  const { blocks: marked } = contentData(file);
  const blocks: LessonBlock[] = [];
  let prose: RootContent[] = [];
  const flush = (): void => {
    if (prose.length > 0) blocks.push({ kind: "html", html: html(prose, file) });
    prose = [];
  };
  for (const node of tree.children) {
    const block = marked.get(node);
    if (!block) {
      prose.push(node);
      continue;
    }
    flush();
    if (block.kind === "restate" && node.type === "containerDirective") {
      blocks.push({ ...block, html: html(node.children, file) });
    } else if (block.kind === "figure" && node.type === "leafDirective") {
      const caption = html([{ type: "paragraph", children: node.children }], file);
      const { kind, id, label, cell, params, alt } = block;
      // In the order the compiled JSON has always listed a figure's fields.
      blocks.push({
        kind,
        id,
        label,
        cell,
        params,
        captionHtml: caption.replace(paragraph, "$1"),
        alt,
      });
    } else if (block.kind === "cell" || block.kind === "exercise") blocks.push(block);
  }
  flush();
  return blocks;
}
