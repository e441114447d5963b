import { describe, expect, it } from "vitest";
import { firstRunDataId } from "./prerender-plugin";

describe("the element a prerendered page holds its first paint for", () => {
  it("is the run data after the page's first output, a cell's or a lesson figure's", () => {
    const run = (id: string, key: string) =>
      `<script type="application/json" id="${id}" data-cell-run="${key}">{}</script>`;
    const cell = `<div class="cell-outputs" id="drift-lesson-outputs"><svg></svg>${run("drift-lesson-outputs-run", "drift")}</div>`;
    const figure = `<figure class="lesson-figure" id="fig-skew"><div class="figure-body"><svg></svg>${run("fig-skew-run", "skew:fig-skew")}</div></figure>`;
    expect(firstRunDataId(`<p>text</p>${cell}${figure}`)).toBe("drift-lesson-outputs-run");
    expect(firstRunDataId(`<p>text</p>${figure}${cell}`)).toBe("fig-skew-run");
  });

  it("is none on a page without outputs", () => {
    expect(firstRunDataId("<main><h1>Glossary</h1><p>text</p></main>")).toBeUndefined();
  });
});
