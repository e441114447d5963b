/**
 * Finding the math in an exercise's Markdown (`$…$` inline, `$$…$$` display), so the page can
 * render it and the self-test can check that KaTeX accepts every segment.
 */

/** One math segment of a Markdown text. */
export interface MathSegment {
  tex: string;
  display: boolean;
}

/**
 * The math segments of a Markdown text, skipping fenced code blocks, inline code spans and
 * escaped dollars (`\$`). A `$` or `$$` that is never closed is reported as a problem.
 *
 * Lesson concept: notebook content (prompts and worked solutions in Markdown + LaTeX).
 *
 * @param markdown - the Markdown text
 * @returns the segments in order and plain-sentence problems (empty when all delimiters close)
 * @throws never
 * @example
 * mathSegments("PSI is $\\sum_i x_i$.").segments; // [{ tex: "\\sum_i x_i", display: false }]
 */
export function mathSegments(markdown: string): { segments: MathSegment[]; problems: string[] } {
  const segments: MathSegment[] = [];
  const problems: string[] = [];
  // Fenced code blocks hold no math; blank them out line by line to keep positions simple.
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  let index = 0;
  while (index < text.length) {
    const character = text[index];
    if (character === "\\") {
      index += 2;
      continue;
    }
    if (character === "`") {
      const run = /^`+/.exec(text.slice(index))?.[0] ?? "`";
      const close = text.indexOf(run, index + run.length);
      index = close === -1 ? index + run.length : close + run.length;
      continue;
    }
    if (character !== "$") {
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
      break;
    }
    segments.push({ tex: text.slice(index + delimiter.length, close), display });
    index = close + delimiter.length;
  }
  return { segments, problems };
}
