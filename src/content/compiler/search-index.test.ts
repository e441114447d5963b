import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import {
  searchIndexOptions,
  searchQueryOptions,
  type SearchDocument,
} from "../model/search-documents";
import { compileChapter } from "./compile-chapter";
import { markdownText, searchDocuments, searchDocumentsModule } from "./search-index";

// A small chapter compiled by the real compiler, so the documents come from the HTML the app shows.
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
lessons: [01-drift]
`;

const lesson = `---
id: drift
title: Drift detection
objectives: [one]
minutes: 5
---

Lesson introduction about monitoring.

## Comparing two windows

Compare $p$ and $q$ with a test.

:::definition[Population stability index]{#def-psi}
The index $\\mathrm{PSI} = \\sum_i (q_i - p_i) \\ln (q_i / p_i)$ over bins.
:::

:::theorem[Bounded false alarms]{#thm-alarms}
Under the null hypothesis the alarm rate is at most alpha.
:::

:::proof
Union bound over the windows.
:::

### Thresholds

Pick a threshold for the Kolmogorov–Smirnov statistic.
`;

const glossary = `---
id: glossary
title: Glossary
---

Terms of the chapter.

## A

### Artifact

A finite value a system produces.

### Average run length

Chunks until an alarm.
`;

const notation = `---
id: notation
title: Notation
---

## Distributions

| Symbol | Meaning | Defined in |
|---|---|---|
| $P$, $Q$ | Reference and current distributions | Lesson 1 |
`;

const notebook = `---
id: theory
title: Theory notebook
summary: Demonstrations.
---

# Demonstrations

## Stability of bins

Move the slider to see the index grow with the shift.

\`\`\`{code-cell} javascript
---
id: psi-demo
title: PSI under a shift
params:
  shift: {kind: range, label: Mean shift, min: 0, max: 2, step: 0.1, default: 0.5}
---
const psiValue = lab.psi([1, 2], [2, 1]);
\`\`\`
`;

function compiled() {
  return compileChapter({
    chapter: { file: "content/chapter.yaml", text: chapterYaml },
    lessons: new Map([["01-drift", { file: "content/lessons/01-drift.md", text: lesson }]]),
    pages: [
      { file: "content/pages/glossary.md", text: glossary },
      { file: "content/pages/notation.md", text: notation },
    ],
    notebooks: [{ file: "content/notebooks/theory.md", text: notebook }],
    exercises: new Set(),
  });
}

const exercises = [
  {
    id: "psi-exercise",
    title: "PSI of a categorical feature",
    prompt: "Compute **the PSI** of `device_type` where $\\mathrm{PSI} = \\sum_i r_i$.",
  },
];

function documents(): SearchDocument[] {
  return searchDocuments(compiled(), exercises);
}

function find(kind: SearchDocument["kind"], title: string): SearchDocument {
  const found = documents().find((item) => item.kind === kind && item.title === title);
  if (!found) throw new Error(`no ${kind} "${title}" in ${JSON.stringify(documents())}`);
  return found;
}

describe("search documents from the compiled chapter", () => {
  it("makes each lesson section a document with its text but not its titled blocks", () => {
    const section = find("section", "Comparing two windows");
    expect(section.context).toBe("Lesson 1 · Drift detection");
    expect(section.target).toEqual({
      route: "lesson",
      id: "drift",
      anchor: "comparing-two-windows",
    });
    // The proof is no result of its own: its words stay with the section.
    expect(section.text).toBe("Compare p and q with a test. Proof Union bound over the windows.");
    expect(section.text).not.toContain("Population stability");
    expect(find("section", "Thresholds").text).toContain("Kolmogorov–Smirnov");
  });

  it("gives the lesson's introduction the lesson's title and no anchor", () => {
    const intro = find("section", "Drift detection");
    expect(intro.text).toBe("Lesson introduction about monitoring.");
    expect(intro.target).toEqual({ route: "lesson", id: "drift", anchor: undefined });
  });

  it("makes definitions and theorems documents named by their titles, math as one line of text", () => {
    const definition = find("definition", "Population stability index");
    expect(definition.context).toBe("Lesson 1 · Definition 1.1");
    expect(definition.target).toEqual({ route: "lesson", id: "drift", anchor: "def-psi" });
    // The formula read from its MathML on one line (qᵢ, not "qi"), not KaTeX's visual copy (which would
    // repeat it) nor the TeX source.
    expect(definition.text).toContain("PSI = ∑ᵢ(qᵢ − pᵢ)ln (qᵢ/pᵢ)");
    expect(definition.text).not.toContain("\\mathrm");
    expect(find("theorem", "Bounded false alarms").target).toMatchObject({ anchor: "thm-alarms" });
  });

  it("makes each glossary term an entry and leaves out the letter headings", () => {
    const artifact = find("glossary", "Artifact");
    expect(artifact).toMatchObject({
      context: "Glossary",
      text: "A finite value a system produces.",
      target: { route: "page", id: "glossary", anchor: "artifact" },
    });
    expect(documents().some((item) => item.title === "A")).toBe(false);
    expect(find("section", "Glossary").text).toBe("Terms of the chapter.");
  });

  it("makes each notation row an entry that links to its section of the notation page", () => {
    const row = find("notation", "P, Q");
    expect(row).toMatchObject({
      context: "Notation · Distributions",
      text: "Reference and current distributions · Lesson 1",
      target: { route: "page", id: "notation", anchor: "distributions" },
    });
  });

  it("makes each code cell a document with the note above it and its code", () => {
    const cell = find("cell", "PSI under a shift");
    expect(cell.context).toBe("Theory notebook · Stability of bins");
    expect(cell.text).toBe("Move the slider to see the index grow with the shift.");
    expect(cell.code).toContain("lab.psi");
    expect(cell.code).toContain("Mean shift");
    expect(cell.target).toEqual({ route: "notebook", id: "theory", cell: "psi-demo" });
  });

  it("makes each exercise a document with its prompt as plain text", () => {
    const exercise = find("exercise", "PSI of a categorical feature");
    expect(exercise.text).toBe("Compute the PSI of device_type where PSI = ∑ᵢrᵢ .");
    expect(exercise.target).toEqual({ route: "exercises", exercise: "psi-exercise" });
  });

  it("numbers the documents uniquely", () => {
    const ids = documents().map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("markdownText", () => {
  it("keeps words, code and math characters and drops Markdown syntax", () => {
    expect(markdownText("A *b* `c` $x^2$\n\n- item")).toBe("A b c x² item");
  });
});

describe("the documents' module and the index the app builds of them", () => {
  // The module's one statement, run as a function body: what the app's import evaluates to.
  const moduleText = searchDocumentsModule(documents());
  const shipped = new Function(
    moduleText.replace(/^export default /, "return "),
  )() as SearchDocument[];
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(shipped);

  it("ships the documents unchanged", () => {
    expect(moduleText).toMatch(/^export default JSON\.parse\(".*"\);$/s);
    expect(shipped).toEqual(documents());
  });

  const titles = (query: string) =>
    index.search(query, searchQueryOptions).map((result) => result["title"] as string);

  it("loads in the app's configuration and finds a theorem by words of its title", () => {
    expect(titles("false alarms")[0]).toBe("Bounded false alarms");
  });

  it("matches the word being typed as a prefix and a longer word with a typo", () => {
    expect(titles("artif")).toContain("Artifact");
    expect(titles("stabilty")).toContain("Population stability index");
  });

  it("finds words without their accents and a cell by its code", () => {
    expect(titles("smirnov")).toContain("Thresholds");
    expect(titles("psiValue")).toContain("PSI under a shift");
  });
});
