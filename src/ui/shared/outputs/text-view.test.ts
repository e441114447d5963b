import katex from "katex";
import { describe, expect, it } from "vitest";
import { mathSegments } from "../../../exercises/math-segments";
import { hasMath, renderCellMarkdown } from "./text-view";

// The TeX of every KaTeX rendering in the HTML, read back from its MathML annotation.
function renderedTex(html: string): string[] {
  return [
    ...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g),
  ].map((match) =>
    (match[1] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

const cases = [
  "PSI is $\\sum_i x_i$ and\n\n$$D = \\max |F - G|$$\n\nend",
  "Cost \\$5 and $x$ then \\$7",
  "Code `a $b$ c` keeps its dollars, $y$ does not",
  "A run ``x ` $z$`` and $w$",
  "Math with an escaped dollar $\\$5 + a$ here",
  "An unclosed $ dollar stays text",
  "- item $a$\n- item `$b$`",
  "Fenced:\n\n```\nconst price = '$1' + '$2';\n```\n\nthen $q$.",
];

describe("the runtime text view and the exercise self-check read math alike", () => {
  it.each(cases)("%j", (markdown) => {
    const html = renderCellMarkdown(markdown, katex);
    expect(renderedTex(html)).toEqual(mathSegments(markdown).segments.map((s) => s.tex));
  });

  it("shows an escaped dollar without its backslash, and code spans literally", () => {
    const html = renderCellMarkdown("Cost \\$5, `a $b$`");
    expect(html).toContain("Cost $5, ");
    expect(html).toContain("<code>a $b$</code>");
  });

  it("renders a fenced block as code", () => {
    expect(renderCellMarkdown("```\nx = '$1'\n```")).toBe(
      "<pre><code>x = &#39;$1&#39;</code></pre>",
    );
  });

  it("uses KaTeX for the math it finds", () => {
    expect(renderCellMarkdown("$x$", katex)).toContain(
      katex.renderToString("x", { throwOnError: false, output: "htmlAndMathml" }),
    );
  });

  it("marks *emphasis* and **bold**, but leaves a lone asterisk alone", () => {
    expect(renderCellMarkdown("a *distance* and **bold**")).toBe(
      "<p>a <em>distance</em> and <strong>bold</strong></p>",
    );
    expect(renderCellMarkdown("2 * 3 * 4")).toBe("<p>2 * 3 * 4</p>");
  });

  it("knows when a text has math, so KaTeX is fetched only then", () => {
    expect(hasMath("PSI is $x$")).toBe(true);
    expect(hasMath("Cost \\$5 and `$b$`")).toBe(false);
    expect(hasMath("plain text")).toBe(false);
  });

  it("shows the TeX source as code until KaTeX has loaded", () => {
    expect(renderCellMarkdown("a $x<1$ b", undefined)).toBe(
      '<p>a <code class="math-source">x&#60;1</code> b</p>',
    );
  });
});
