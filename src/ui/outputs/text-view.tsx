import katex from "katex";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Renders a cell's Markdown text output: paragraphs, **bold**, `code` and `$…$` / `$$…$$` math.
 * Everything is escaped first, so cell output can never inject HTML.
 */
export function renderCellMarkdown(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const pieces = paragraph.split(/(\$\$[\s\S]+?\$\$|\$[^$\n]+?\$)/g);
      const html = pieces
        .map((piece) => {
          const display = piece.startsWith("$$") && piece.endsWith("$$") && piece.length > 4;
          const inline =
            !display && piece.startsWith("$") && piece.endsWith("$") && piece.length > 2;
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
      return `<p>${html}</p>`;
    })
    .join("");
}

export function TextView({ markdown }: { markdown: string }) {
  return (
    <div className="cell-text" dangerouslySetInnerHTML={{ __html: renderCellMarkdown(markdown) }} />
  );
}
