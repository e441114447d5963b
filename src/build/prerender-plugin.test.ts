import { describe, expect, it } from "vitest";
import { firstOutputId } from "./prerender-plugin";

describe("the element a prerendered page holds its first paint for", () => {
  it("is the first cell's outputs, or a lesson figure that comes before them", () => {
    const cell = '<div class="cell-outputs" id="drift-lesson-outputs" aria-busy="false">';
    const figure = '<figure class="lesson-figure" id="fig-skew" aria-labelledby="x">';
    expect(firstOutputId(`<p>text</p>${cell}<svg></svg></div>${figure}`)).toBe(
      "drift-lesson-outputs",
    );
    expect(firstOutputId(`<p>text</p>${figure}</figure>${cell}</div>`)).toBe("fig-skew");
  });

  it("is none on a page without outputs", () => {
    expect(firstOutputId("<main><h1>Glossary</h1><p>text</p></main>")).toBeUndefined();
  });
});
