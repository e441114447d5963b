// `show` for Jupyter: the same builders notebook cells call in the app (src/kernel/show.ts). A
// cell's outputs are collected and handed to Jupyter as one display by the cell's last line,
// `show.flush()`. Built into the site's `show.mjs` for the Deno kernel.
import type { CellOutput } from "../output-types";
import { createShow, type Show } from "../show";
import { toMimeBundle, type MimeBundle } from "./mime-bundle";
import { escapeXml } from "./svg-document";

/** Deno's Jupyter kernel shows an object with this method as the MIME bundle it returns. */
export const displaySymbol = Symbol.for("Jupyter.display");

/** What `show.flush()` answers: Jupyter displays it; elsewhere it reads as plain text. */
export interface Displayable {
  [displaySymbol](): MimeBundle;
  toString(): string;
}

/** A value Jupyter's Deno kernel displays as `bundle` (when it is a cell's last expression). */
export function displayable(bundle: MimeBundle): Displayable {
  return { [displaySymbol]: () => bundle, toString: () => bundle["text/plain"] ?? "" };
}

/** Markdown text as HTML: paragraphs and bold, the rest (math included) as written. */
function markdownHtml(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map(
      (paragraph) =>
        `<p>${escapeXml(paragraph).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`,
    )
    .join("");
}

/** One output as a block of HTML: a chart's SVG inline, a table, metrics or text. */
function outputHtml(bundle: MimeBundle): string {
  const html = bundle["image/svg+xml"] ?? bundle["text/html"];
  if (html !== undefined) return `<div>${html}</div>`;
  return markdownHtml(bundle["text/markdown"] ?? bundle["text/plain"] ?? "");
}

/**
 * Several outputs as one MIME bundle, in order: HTML with each output's rich form, and the plain
 * text of each, a blank line apart.
 */
export function combinedBundle(outputs: CellOutput[]): MimeBundle {
  const bundles = outputs.map(toMimeBundle);
  return {
    "text/html": bundles.map(outputHtml).join(""),
    "text/plain": bundles.map((bundle) => bundle["text/plain"] ?? "").join("\n\n"),
  };
}

/** The app's `show`, plus `flush` for the end of a Jupyter cell. */
export type JupyterShow = Show & {
  /**
   * This cell's outputs so far as one display, for the cell's last line. (Deno's kernel drops
   * displays still in flight when a cell ends; a cell's own result always arrives.)
   */
  flush(): Displayable;
};

/**
 * A `show` with the app's builders (the same validation and point budgets), collecting outputs
 * until `flush`.
 */
export function createJupyterShow(): JupyterShow {
  const outputs: CellOutput[] = [];
  return {
    ...createShow(outputs),
    flush: () => displayable(combinedBundle(outputs.splice(0))),
  };
}

/** The `show` a Jupyter notebook imports from `show.mjs`. */
export const show: JupyterShow = createJupyterShow();
