/**
 * The one reader of math in Markdown: fenced code blocks, inline code spans, backslash escapes
 * and `$…$` / `$$…$$` math. The runtime text view renders what it finds and the exercise
 * self-check checks the same segments with KaTeX, so the two never disagree on what is math.
 */

/**
 * A block of Markdown: a fenced code block, a list (every line an item) or a paragraph.
 * Paragraphs are separated by blank lines; math never spans two blocks.
 */
export type MarkdownBlock =
  | { kind: "fence"; code: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "paragraph"; text: string };

/** A piece of a text block. `literal` text came from a backslash escape (no further markup). */
export type InlineToken =
  | { kind: "text"; text: string; literal?: true }
  | { kind: "code"; text: string }
  | { kind: "math"; tex: string; display: boolean };

const fence = /^(```|~~~)[^\n]*\n([\s\S]*?)^\1[^\n]*$/gm;
const asciiPunctuation = /[!-/:-@[-`{-~]/;

function textBlocks(text: string): MarkdownBlock[] {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph): MarkdownBlock => {
      const lines = paragraph.replace(/^\n+|\n+$/g, "").split("\n");
      if (lines.every((line) => /^\s*[-*] /.test(line)))
        return {
          kind: "list",
          ordered: false,
          items: lines.map((l) => l.replace(/^\s*[-*] /, "")),
        };
      if (lines.every((line) => /^\s*\d+\. /.test(line)))
        return {
          kind: "list",
          ordered: true,
          items: lines.map((l) => l.replace(/^\s*\d+\. /, "")),
        };
      return { kind: "paragraph", text: lines.join("\n") };
    });
}

/**
 * Splits Markdown into blocks: fenced code blocks, then, between them, paragraphs and lists
 * separated by blank lines.
 *
 * @param markdown - the Markdown text
 * @returns the blocks in order; a fence's code without its fence lines or final newline
 * @example
 * markdownBlocks("a\n\n```\nx\n```\n- b").map((block) => block.kind); // ["paragraph", "fence", "list"]
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let last = 0;
  for (const match of markdown.matchAll(fence)) {
    blocks.push(...textBlocks(markdown.slice(last, match.index)));
    blocks.push({ kind: "fence", code: (match[2] ?? "").replace(/\n$/, "") });
    last = match.index + match[0].length;
  }
  blocks.push(...textBlocks(markdown.slice(last)));
  return blocks;
}

/**
 * The pieces of Markdown that hold inline text (paragraphs and list items), in order.
 *
 * @param markdown - the Markdown text
 * @returns each paragraph's text and each list item's text
 * @example
 * inlineTexts("a\n\n- b\n- c"); // ["a", "b", "c"]
 */
export function inlineTexts(markdown: string): string[] {
  return markdownBlocks(markdown).flatMap((block) =>
    block.kind === "paragraph" ? [block.text] : block.kind === "list" ? block.items : [],
  );
}

/**
 * Reads one paragraph or list item into text, code spans and math. A backslash before ASCII
 * punctuation escapes it (`\$` is a dollar sign, never a delimiter); a code span (a run of
 * backticks up to the same run) holds no math; inside math, `\$` does not close it. A `$` or `$$`
 * that never closes is a problem and stays text.
 *
 * @param text - one paragraph or list item
 * @returns the tokens in order and plain-sentence problems
 * @example
 * inlineTokens("Cost \\$5, $x$").tokens; // [text "Cost ", text "$" (literal), text "5, ", math "x"]
 */
export function inlineTokens(text: string): { tokens: InlineToken[]; problems: string[] } {
  const tokens: InlineToken[] = [];
  const problems: string[] = [];
  let plain = "";
  const flush = () => {
    if (plain) tokens.push({ kind: "text", text: plain });
    plain = "";
  };
  let index = 0;
  while (index < text.length) {
    const character = text[index]!;
    if (character === "\\" && asciiPunctuation.test(text[index + 1] ?? "")) {
      flush();
      tokens.push({ kind: "text", text: text[index + 1]!, literal: true });
      index += 2;
      continue;
    }
    if (character === "`") {
      const run = /^`+/.exec(text.slice(index))?.[0] ?? "`";
      const close = text.indexOf(run, index + run.length);
      if (close === -1) {
        plain += run;
        index += run.length;
        continue;
      }
      flush();
      tokens.push({ kind: "code", text: text.slice(index + run.length, close) });
      index = close + run.length;
      continue;
    }
    if (character !== "$") {
      plain += character;
      index += 1;
      continue;
    }
    const display = text[index + 1] === "$";
    const delimiter = display ? "$$" : "$";
    let close = index + delimiter.length;
    // Find the closing delimiter, stepping over escaped characters such as \$ inside the math.
    while (close < text.length && !text.startsWith(delimiter, close))
      close += text[close] === "\\" ? 2 : 1;
    if (close >= text.length) {
      problems.push(`unclosed ${delimiter} near '${text.slice(index, index + 30)}'`);
      plain += text.slice(index);
      break;
    }
    flush();
    tokens.push({ kind: "math", tex: text.slice(index + delimiter.length, close), display });
    index = close + delimiter.length;
  }
  flush();
  return { tokens, problems };
}
