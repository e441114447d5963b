import { describe, expect, it } from "vitest";
import type { CompiledCodeCell, CompiledNotebook } from "../model/notebook-types";
import type { CompiledLesson } from "../model/types";
import { cellsShownIn, lessonModule } from "./lesson-cells";

const code = (id: string, lesson?: string): CompiledCodeCell => ({
  kind: "code",
  id,
  title: id,
  source: `show.text("${id}")`,
  params: {},
  lesson: lesson ? { id: lesson, anchor: undefined } : undefined,
});

const lesson = (id: string, blocks: CompiledLesson["blocks"]): CompiledLesson => ({
  id,
  number: 1,
  title: id,
  summary: "",
  minutes: 10,
  objectives: [],
  toc: [],
  blocks,
  wordCount: 0,
});

// Two notebooks: cells beside lesson "a"'s sections, one embedded in "a", one drawn as its figure,
// and cells of another lesson and of none, which "a" must not carry.
const notebooks: CompiledNotebook[] = [
  {
    id: "theory",
    title: "Theory",
    summary: "",
    cells: [
      { kind: "markdown", html: "<p>Prose</p>", source: "Prose" },
      code("beside-a", "a"),
      code("beside-b", "b"),
      code("figure-of-a"),
      code("unplaced"),
    ],
  },
  { id: "exercises", title: "Exercises", summary: "", cells: [code("embedded-in-a")] },
];

describe("cellsShownIn", () => {
  it("takes the cells beside the lesson's sections, embedded in it and drawn as its figures", () => {
    const shown = cellsShownIn(
      lesson("a", [
        { kind: "html", html: "<p>Text</p>" },
        { kind: "cell", id: "embedded-in-a" },
        {
          kind: "figure",
          id: "fig-a",
          label: "Figure 1.1",
          cell: "figure-of-a",
          params: {},
          captionHtml: "",
          alt: "",
        },
      ]),
      notebooks,
    );
    expect(shown.map((cell) => cell.id)).toEqual(["beside-a", "figure-of-a", "embedded-in-a"]);
  });

  it("gives a lesson that shows no cells none, and never a notebook's prose", () => {
    expect(cellsShownIn(lesson("c", []), notebooks)).toEqual([]);
    expect(lessonModule(lesson("b", []), notebooks).cells.map((cell) => cell.kind)).toEqual([
      "code",
    ]);
  });
});
