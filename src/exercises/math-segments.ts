/**
 * Finding the math in an exercise's Markdown (`$…$` inline, `$$…$$` display), so the self-check
 * can check that KaTeX accepts every segment. It reads Markdown with the same tokenizer as the
 * runtime text view (`markdown-math.ts`).
 */

import { inlineTexts, inlineTokens } from "./markdown-math";

/** One math segment of a Markdown text. */
export interface MathSegment {
  tex: string;
  display: boolean;
}

/**
 * The math segments of a Markdown text, skipping fenced code blocks, inline code spans and
 * escaped dollars (`\$`). A `$` or `$$` that is never closed is reported as a problem.
 *
 * @param markdown - the Markdown text
 * @returns the segments in order and plain-sentence problems (empty when all delimiters close)
 * @example
 * mathSegments("PSI is $\\sum_i x_i$.").segments; // [{ tex: "\\sum_i x_i", display: false }]
 */
export function mathSegments(markdown: string): { segments: MathSegment[]; problems: string[] } {
  const segments: MathSegment[] = [];
  const problems: string[] = [];
  for (const text of inlineTexts(markdown)) {
    const read = inlineTokens(text);
    problems.push(...read.problems);
    for (const token of read.tokens) {
      if (token.kind === "math") segments.push({ tex: token.tex, display: token.display });
    }
  }
  return { segments, problems };
}
