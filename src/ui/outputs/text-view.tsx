import katex from "katex";
import { inlineTokens, markdownBlocks } from "../../exercises/markdown-math";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** `**bold**` and `*emphasis*` on escaped plain text (a lone `*`, as in `2 * 3`, stays). */
function renderPlain(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, "$1<em>$2</em>");
}

/** One paragraph or list item: math rendered by KaTeX, code spans as code, the rest escaped. */
function renderInline(text: string): string {
  return inlineTokens(text)
    .tokens.map((token) => {
      switch (token.kind) {
        case "math":
          return katex.renderToString(token.tex, {
            displayMode: token.display,
            throwOnError: false,
            output: "htmlAndMathml",
          });
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
export function renderCellMarkdown(markdown: string): string {
  return markdownBlocks(markdown)
    .map((block) => {
      switch (block.kind) {
        case "fence":
          return `<pre><code>${escapeHtml(block.code)}</code></pre>`;
        case "list": {
          const tag = block.ordered ? "ol" : "ul";
          return `<${tag}>${block.items.map((item) => `<li>${renderInline(item)}</li>`).join("")}</${tag}>`;
        }
        case "paragraph":
          return `<p>${renderInline(block.text)}</p>`;
      }
    })
    .join("");
}

export function TextView({ markdown }: { markdown: string }) {
  return (
    <div className="cell-text" dangerouslySetInnerHTML={{ __html: renderCellMarkdown(markdown) }} />
  );
}
