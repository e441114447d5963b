import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileChapter, type ChapterSources } from "./compile-chapter";
import { ContentError } from "./content-error";
import { loadSources } from "./load-sources";

const fixtures = fileURLToPath(new URL("./__fixtures__/", import.meta.url));

describe("golden output", () => {
  it("compiles the basic fixture chapter to its stored output", () => {
    const compiled = compileChapter(loadSources(`${fixtures}basic`, fixtures));
    const goldenPath = `${fixtures}basic.golden.json`;
    const actual = `${JSON.stringify(compiled, null, 2)}\n`;
    // Only an explicit UPDATE_GOLDEN=1 writes the golden file: a missing one fails the test.
    if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(goldenPath, actual);
    expect(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(goldenPath, "utf8"));
  });
});

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
lessons: [01-a]
`;

function sources(lesson: string, extra: Partial<ChapterSources> = {}): ChapterSources {
  return {
    chapter: { file: "content/chapter.yaml", text: chapterYaml },
    lessons: new Map([["01-a", { file: "content/lessons/01-a.md", text: lesson }]]),
    pages: [],
    ...extra,
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

const header = "---\nid: a\ntitle: A\nobjectives: [one]\nminutes: 5\n---\n";

describe("compile errors are located as file:line:column with a rule id", () => {
  const cases: [string, string, string, string][] = [
    [
      "invalid YAML",
      "---\nid: a\ntitle: [unclosed\n---\nBody\n",
      "content/lessons/01-a.md:3:17: invalid YAML",
      "yaml-syntax",
    ],
    [
      "unknown field",
      "---\nid: a\ntitle: A\nobjectives: [one]\nminutes: 5\ncolour: red\n---\n",
      'content/lessons/01-a.md:6:1: unknown field "colour"',
      "front-matter",
    ],
    [
      "missing field",
      "---\nid: a\ntitle: A\nobjectives: [one]\n---\n",
      'content/lessons/01-a.md:1:1: missing field "minutes"',
      "front-matter",
    ],
    [
      "unknown objective",
      "---\nid: a\ntitle: A\nobjectives: [two]\nminutes: 5\n---\n",
      'content/lessons/01-a.md:4:1: unknown objective id "two"',
      "unknown-objective",
    ],
    [
      "KaTeX parse error",
      `${header}\nText\n\n$$\n\\frac{1}{\n$$\n`,
      "content/lessons/01-a.md:10:1: could not render math",
      "math-parse",
    ],
    [
      "inline KaTeX error",
      `${header}\nSee $\\notacommand$.\n`,
      "content/lessons/01-a.md:8:5: could not render math",
      "math-parse",
    ],
    [
      "unknown label",
      `${header}\nAs \\eqref{eq:nowhere} says.\n`,
      'content/lessons/01-a.md:8:4: \\eqref to unknown label "eq:nowhere"',
      "unknown-eqref",
    ],
    [
      "duplicate label",
      `${header}\n$$\nx \\label{eq:x}\n$$\n\n$$\ny \\label{eq:x}\n$$\n`,
      'content/lessons/01-a.md:12:1: duplicate label "eq:x" (first defined at content/lessons/01-a.md:8)',
      "duplicate-label",
    ],
    [
      "unknown embed",
      `${header}\n::cell{#no-such-cell}\n`,
      'content/lessons/01-a.md:8:1: unknown cell id "no-such-cell"',
      "unknown-cell",
    ],
    [
      "unknown exercise",
      `${header}\n::exercise{#nope}\n`,
      'content/lessons/01-a.md:8:1: unknown exercise id "nope"',
      "unknown-exercise",
    ],
    [
      "link to nothing",
      `${header}\nSee [x](lesson:zzz).\n`,
      'content/lessons/01-a.md:8:5: link to unknown lesson "zzz"',
      "broken-link",
    ],
    [
      "anchor to nothing",
      `${header}\nSee [x](#missing).\n`,
      'content/lessons/01-a.md:8:5: link to unknown anchor "#missing"',
      "broken-link",
    ],
    [
      "unknown directive",
      `${header}\n:::lemmas\nx\n:::\n`,
      'content/lessons/01-a.md:8:1: unknown directive ":::lemmas"',
      "unknown-directive",
    ],
    [
      "restate without id",
      `${header}\n:::restate\nSay it.\n:::\n`,
      "content/lessons/01-a.md:8:1: :::restate needs an id",
      "restate-id",
    ],
    [
      "id mismatch",
      "---\nid: b\ntitle: A\nobjectives: [one]\nminutes: 5\n---\n",
      'content/lessons/01-a.md:2:1: id "b" must match the file name "a"',
      "lesson-id",
    ],
    [
      "no front matter",
      "# Just text\n",
      "content/lessons/01-a.md:1:1: missing front matter",
      "front-matter-missing",
    ],
  ];
  const reported = (problems: string[], expected: string, rule: string) =>
    problems.some((problem) => problem.startsWith(expected) && problem.endsWith(` [${rule}]`));
  for (const [name, lesson, expected, rule] of cases) {
    it(name, () => {
      const problems = problemsOf(sources(lesson));
      expect(reported(problems, expected, rule), problems.join("\n")).toBe(true);
    });
  }

  const notebookHeader = "---\nid: theory\ntitle: T\nsummary: S\n---\n\n";
  const notebookCases: [string, string, string, string][] = [
    [
      "cell syntax error",
      "```{code-cell} javascript\n---\nid: a\ntitle: A\n---\nconst x = ;\n```\n",
      "content/notebooks/theory.md:12:11: syntax error in code cell",
      "cell-syntax",
    ],
    [
      "duplicate cell id",
      "```{code-cell} javascript\n---\nid: a\ntitle: A\n---\n1;\n```\n\n```{code-cell} javascript\n---\nid: a\ntitle: B\n---\n2;\n```\n",
      'content/notebooks/theory.md:20:1: duplicate cell id "a"',
      "duplicate-cell",
    ],
    [
      "param outside its bounds",
      "```{code-cell} javascript\n---\nid: a\ntitle: A\nparams:\n  n: {kind: range, label: N, min: 0, max: 1, step: 0.1, default: 3}\n---\n1;\n```\n",
      'content/notebooks/theory.md:7:1: param "n": default 3 is outside [0, 1]',
      "cell-params",
    ],
    [
      "unknown param kind",
      "```{code-cell} javascript\n---\nid: a\ntitle: A\nparams:\n  n: {kind: slider, label: N}\n---\n1;\n```\n",
      "content/notebooks/theory.md:7:1: code cell option params.n.kind",
      "cell-options",
    ],
    [
      "cell pointing to a missing lesson anchor",
      "```{code-cell} javascript\n---\nid: a\ntitle: A\nlesson: a#nowhere\n---\n1;\n```\n",
      'content/notebooks/theory.md:13:1: cell "a": lesson "a" has no anchor "nowhere"',
      "cell-lesson",
    ],
  ];
  for (const [name, cells, expected, rule] of notebookCases) {
    it(name, () => {
      const problems = problemsOf(
        sources(header, {
          notebooks: [{ file: "content/notebooks/theory.md", text: notebookHeader + cells }],
        }),
      );
      expect(reported(problems, expected, rule), problems.join("\n")).toBe(true);
    });
  }

  it("carries each problem's line, column and rule id", () => {
    const lesson = `${header}\nA paragraph that goes on,\nthen cites \\eqref{eq:nowhere} and [x](#gone).\n`;
    let problems: unknown[] = [];
    try {
      compileChapter(sources(lesson));
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual([
      {
        file: "content/lessons/01-a.md",
        line: 9,
        column: 12,
        ruleId: "unknown-eqref",
        message: '\\eqref to unknown label "eq:nowhere"',
      },
      {
        file: "content/lessons/01-a.md",
        line: 9,
        column: 35,
        ruleId: "broken-link",
        message: 'link to unknown anchor "#gone"',
      },
    ]);
  });

  it("reports a lesson listed in chapter.yaml without a file", () => {
    const problems = problemsOf({ ...sources(header), lessons: new Map() });
    expect(problems[0]).toMatch(
      /^content\/chapter\.yaml:\d+:1: lesson "01-a" has no file 01-a\.md \[missing-lesson\]$/,
    );
  });

  it("reports an objective that no lesson teaches", () => {
    const withTwo = chapterYaml.replace("studyFlow", "  - id: two\n    text: Two\nstudyFlow");
    const problems = problemsOf({
      ...sources(header),
      chapter: { file: "content/chapter.yaml", text: withTwo },
    });
    expect(problems[0]).toMatch(/objective "two" is taught by no lesson/);
  });

  it("accepts embeds that the registry knows", () => {
    const notebook =
      "---\nid: theory\ntitle: T\nsummary: S\n---\n\n```{code-cell} javascript\n---\nid: drift\ntitle: Drift\n---\nshow.text('hi');\n```\n";
    const input = sources(`${header}\nText.\n\n::cell{#drift}\n\nMore.\n`, {
      notebooks: [{ file: "content/notebooks/theory.md", text: notebook }],
    });
    const lesson = compileChapter(input).lessons[0];
    expect(lesson?.blocks.map((block) => block.kind)).toEqual(["html", "cell", "html"]);
  });
});

describe("sanitising and math", () => {
  const compiled = compileChapter(loadSources(`${fixtures}basic`, fixtures));
  const alpha = compiled.lessons[0];
  const html = alpha?.blocks.map((block) => ("html" in block ? block.html : "")).join("") ?? "";

  it("removes script tags and event-handler attributes but keeps harmless markup", () => {
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onclick");
    expect(html).toContain("<b>bold</b>");
  });

  it("renders math to HTML and MathML at build time", () => {
    expect(html).toContain('<span class="katex">');
    expect(html).toContain("<math xmlns=");
  });

  it("numbers labelled equations across the chapter and links \\eqref to them", () => {
    expect(html).toContain('id="eq-psi"');
    expect(html).toContain('href="lesson-alpha.html#eq-psi"');
    // eq:later lives in the second lesson and is the chapter's second labelled equation.
    expect(html).toContain('href="lesson-beta.html#eq-later"');
  });

  it("makes tables focusable, since a wide one scrolls inside its column", () => {
    const header = "---\nid: a\ntitle: A\nobjectives: [one]\nminutes: 5\n---\n";
    const lesson = compileChapter(sources(`${header}\n| x | y |\n| - | - |\n| 1 | 2 |\n`))
      .lessons[0];
    const block = lesson?.blocks[0];
    expect(block?.kind === "html" && block.html).toContain('<table tabindex="0">');
  });

  it("splits restate prompts into their own block", () => {
    expect(alpha?.blocks.find((block) => block.kind === "restate")).toMatchObject({
      id: "restate-alpha",
    });
  });

  it("maps objectives to the lessons that teach them", () => {
    expect(compiled.index.objectives.map((objective) => objective.lessons)).toEqual([
      ["alpha", "beta"],
      ["beta"],
    ]);
  });
});
