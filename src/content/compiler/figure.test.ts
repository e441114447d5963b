import { describe, expect, it } from "vitest";
import { compileChapter, type ChapterSources } from "./compile-chapter";
import { ContentError } from "./content-error";

const chapterYaml = `title: T
subtitle: S
epigraph: E
overview: [O]
prerequisites: []
notebooks: []
objectivesIntro: I
objectives:
  - id: one
    text: One
studyFlow: [Read]
lessons: [01-a, 02-b]
`;

const notebook = `---
id: theory
title: T
summary: S
---

\`\`\`{code-cell} javascript
---
id: paths
title: Paths
params:
  shift: {kind: range, label: Shift, min: 0, max: 2, step: 0.1, default: 0.5}
  test: {kind: select, label: Test, options: [ks, psi], default: ks}
  smooth: {kind: toggle, label: Smooth, default: false}
---
show.text('hi');
\`\`\`
`;

const header = (id: string) => `---\nid: ${id}\ntitle: A\nobjectives: [one]\nminutes: 5\n---\n`;

function sources(first: string, second = "Text.\n"): ChapterSources {
  return {
    chapter: { file: "content/chapter.yaml", text: chapterYaml },
    lessons: new Map([
      ["01-a", { file: "content/lessons/01-a.md", text: `${header("a")}\n${first}` }],
      ["02-b", { file: "content/lessons/02-b.md", text: `${header("b")}\n${second}` }],
    ]),
    pages: [],
    notebooks: [{ file: "content/notebooks/theory.md", text: notebook }],
  };
}

function problemsOf(input: ChapterSources): string[] {
  try {
    compileChapter(input);
  } catch (error) {
    if (error instanceof ContentError) return error.message.split("\n");
    throw error;
  }
  return [];
}

describe("figures", () => {
  it("become numbered blocks per lesson with the cell's defaults overridden by fixed values", () => {
    const compiled = compileChapter(
      sources(
        'Text.\n\n::figure[Paths of $S_t$ and [the test](#fig-one)]{#fig-one cell=paths params="shift=1.5, smooth=true" alt="Two paths rise."}\n\n::figure[Second.]{#fig-two cell=paths alt="Another."}\n',
        '::figure[In lesson two.]{#fig-three cell=paths params="test=psi" alt="A third."}\n',
      ),
    );
    const [first, second] = compiled.lessons;
    const figures = first?.blocks.filter((block) => block.kind === "figure");
    expect(figures?.map((figure) => figure.label)).toEqual(["Figure 1.1", "Figure 1.2"]);
    expect(figures?.[0]).toMatchObject({
      id: "fig-one",
      cell: "paths",
      params: { shift: 1.5, test: "ks", smooth: true },
      alt: "Two paths rise.",
    });
    expect(figures?.[0]?.kind === "figure" && figures[0].captionHtml).toMatch(
      /^Paths of <span><span class="katex">.*<a href="lesson-a\.html#fig-one">the test<\/a>$/s,
    );
    expect(second?.blocks[0]).toMatchObject({
      kind: "figure",
      label: "Figure 2.1",
      params: { shift: 0.5, test: "psi", smooth: false },
    });
  });

  it("are link targets from other lessons", () => {
    const compiled = compileChapter(
      sources('::figure[A.]{#fig-a cell=paths alt="A."}\n', "See [the figure](lesson:a#fig-a).\n"),
    );
    const html = compiled.lessons[1]?.blocks[0];
    expect(html?.kind === "html" && html.html).toContain('href="lesson-a.html#fig-a"');
  });

  const cases: [string, string, RegExp][] = [
    ["an unknown cell", '::figure[C.]{#fig-x cell=nope alt="A."}', /:10:1: unknown cell id "nope"/],
    [
      "an unknown parameter",
      '::figure[C.]{#fig-x cell=paths params="width=3" alt="A."}',
      /:10:1: figure params: cell "paths" has no parameter "width" \(it has shift, test, smooth\)/,
    ],
    [
      "a number outside the range",
      '::figure[C.]{#fig-x cell=paths params="shift=3" alt="A."}',
      /:10:1: figure params: shift=3 is outside \[0, 2\]/,
    ],
    [
      "a value that is not a number",
      '::figure[C.]{#fig-x cell=paths params="shift=big" alt="A."}',
      /:10:1: figure params: shift="big" is not a number/,
    ],
    [
      "an option the select does not have",
      '::figure[C.]{#fig-x cell=paths params="test=chi2" alt="A."}',
      /:10:1: figure params: test="chi2" is not one of its options \(ks, psi\)/,
    ],
    [
      "a toggle that is not true or false",
      '::figure[C.]{#fig-x cell=paths params="smooth=yes" alt="A."}',
      /:10:1: figure params: smooth="yes" must be true or false/,
    ],
    ["a missing alt text", "::figure[C.]{#fig-x cell=paths}", /:10:1: ::figure "fig-x" needs alt=/],
    [
      "a missing caption",
      '::figure{#fig-x cell=paths alt="A."}',
      /:10:1: ::figure "fig-x" needs a caption/,
    ],
    ["a missing id", '::figure[C.]{cell=paths alt="A."}', /:10:1: ::figure needs an id/],
    [
      "an id without the fig- prefix",
      '::figure[C.]{#paths-chart cell=paths alt="A."}',
      /:10:1: figure id "paths-chart" must start with fig-/,
    ],
    [
      "an unknown attribute",
      '::figure[C.]{#fig-x cell=paths alt="A." size=big}',
      /:10:1: ::figure has no attribute "size"/,
    ],
  ];
  const rules: Record<string, string> = {
    "an unknown cell": "unknown-cell",
    "a missing alt text": "figure-alt",
    "a missing caption": "figure-caption",
    "a missing id": "figure-id",
    "an id without the fig- prefix": "figure-id",
    "an unknown attribute": "figure-attribute",
  };
  for (const [name, markdown, expected] of cases) {
    it(`reports ${name} at its file line and column`, () => {
      const problems = problemsOf(sources(`Text.\n\n${markdown}\n`));
      const rule = ` [${rules[name] ?? "figure-params"}]`;
      expect(problems.join("\n")).toMatch(/^content\/lessons\/01-a\.md:/);
      expect(
        problems.some((problem) => expected.test(problem) && problem.endsWith(rule)),
        problems.join("\n"),
      ).toBe(true);
    });
  }
});
