import { useEffect, useState } from "react";
import { inlineTexts, inlineTokens, markdownBlocks } from "../../../exercises/markdown-math";

/** KaTeX's one call the text view needs (the `katex` module, loaded only for text with math). */
export interface MathRenderer {
  renderToString(
    tex: string,
    options: { displayMode: boolean; throwOnError: boolean; output: "htmlAndMathml" },
  ): string;
}

let loadedKatex: MathRenderer | undefined;
let katexLoading: Promise<MathRenderer> | undefined;

/** Loads KaTeX's JavaScript once, on the first text that has math (lessons ship none). */
function loadKatex(): Promise<MathRenderer> {
  katexLoading ??= import("katex").then((module) => (loadedKatex = module.default));
  return katexLoading;
}

/** Whether a Markdown text has any `$…$` or `$$…$$` math, as the tokenizer reads it. */
export function hasMath(markdown: string): boolean {
  return inlineTexts(markdown).some((text) =>
    inlineTokens(text).tokens.some((token) => token.kind === "math"),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** `**bold**` and `*emphasis*` on escaped plain text (a lone `*`, as in `2 * 3`, stays). */
function renderPlain(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, "$1<em>$2</em>");
}

/**
 * One paragraph or list item: math rendered by KaTeX (its TeX source, until KaTeX has loaded),
 * code spans as code, the rest escaped.
 */
function renderInline(text: string, katex: MathRenderer | undefined): string {
  return inlineTokens(text)
    .tokens.map((token) => {
      switch (token.kind) {
        case "math":
          return katex
            ? katex.renderToString(token.tex, {
                displayMode: token.display,
                throwOnError: false,
                output: "htmlAndMathml",
              })
            : `<code class="math-source">${escapeHtml(token.tex)}</code>`;
        case "code":
          return `<code>${escapeHtml(token.text)}</code>`;
        case "text":
          return token.literal ? escapeHtml(token.text) : renderPlain(token.text);
      }
    })
    .join("");
}

/**
 * Renders Markdown from cells and exercise prompts: paragraphs, lists, fenced code, **bold**, *emphasis*,
 * `code` and `$…$` / `$$…$$` math, read by the same tokenizer as the exercise self-check
 * (`markdown-math.ts`). Everything is escaped first, so generated text can never inject HTML.
 */
export function renderCellMarkdown(
  markdown: string,
  katex: MathRenderer | undefined = loadedKatex,
): string {
  return markdownBlocks(markdown)
    .map((block) => {
      switch (block.kind) {
        case "fence":
          return `<pre><code>${escapeHtml(block.code)}</code></pre>`;
        case "list": {
          const tag = block.ordered ? "ol" : "ul";
          return `<${tag}>${block.items.map((item) => `<li>${renderInline(item, katex)}</li>`).join("")}</${tag}>`;
        }
        case "paragraph":
          return `<p>${renderInline(block.text, katex)}</p>`;
      }
    })
    .join("");
}

/** Cell and prompt Markdown; KaTeX's JavaScript is fetched only when the text has math. */
export function TextView({ markdown }: { markdown: string }) {
  const needsMath = hasMath(markdown);
  const [katex, setKatex] = useState(loadedKatex);
  useEffect(() => {
    if (needsMath && !katex) void loadKatex().then(setKatex);
  }, [needsMath, katex]);
  return (
    <div
      className="cell-text"
      dangerouslySetInnerHTML={{ __html: renderCellMarkdown(markdown, katex) }}
    />
  );
}
