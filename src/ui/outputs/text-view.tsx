import katex from "katex";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** One line or paragraph: math rendered by KaTeX, everything else escaped, then **bold** and `code`. */
function renderInline(text: string): string {
  return text
    .split(/(\$\$[\s\S]+?\$\$|\$[^$\n]+?\$)/g)
    .map((piece) => {
      const display = piece.startsWith("$$") && piece.endsWith("$$") && piece.length > 4;
      const inline = !display && piece.startsWith("$") && piece.endsWith("$") && piece.length > 2;
      if (display || inline) {
        const tex = display ? piece.slice(2, -2) : piece.slice(1, -1);
        return katex.renderToString(tex, {
          displayMode: display,
          throwOnError: false,
          output: "htmlAndMathml",
        });
      }
      return escapeHtml(piece)
        .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
        .replace(/`([^`]+)`/g, "<code>$1</code>");
    })
    .join("");
}

/**
 * Renders Markdown from cells and exercise prompts: paragraphs, lists, **bold**, `code` and
 * `$…$` / `$$…$$` math. Everything is escaped first, so generated text can never inject HTML.
 */
export function renderCellMarkdown(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines = paragraph.split("\n");
      if (lines.every((line) => /^\s*[-*] /.test(line))) {
        return `<ul>${lines.map((line) => `<li>${renderInline(line.replace(/^\s*[-*] /, ""))}</li>`).join("")}</ul>`;
      }
      if (lines.every((line) => /^\s*\d+\. /.test(line))) {
        return `<ol>${lines.map((line) => `<li>${renderInline(line.replace(/^\s*\d+\. /, ""))}</li>`).join("")}</ol>`;
      }
      return `<p>${renderInline(paragraph)}</p>`;
    })
    .join("");
}

export function TextView({ markdown }: { markdown: string }) {
  return (
    <div className="cell-text" dangerouslySetInnerHTML={{ __html: renderCellMarkdown(markdown) }} />
  );
}
