import { describe, expect, it } from "vitest";
import type { CompiledNotebook } from "../../content/model/notebook-types";
import type { CellOutput } from "../output-types";
import { importCellId, notebookIpynb, personalizeIpynb, withoutOutputs } from "./ipynb";
import { toMimeBundle } from "./mime-bundle";
import { createJupyterShow, displaySymbol } from "./show-module";

// A two-cell notebook written for this test: a Markdown introduction and one code cell with a
// parameter; its "run" is the table below, as if the build had computed it.
const notebook: CompiledNotebook = {
  id: "theory",
  title: "Theory notebook",
  summary: "Demonstrations",
  cells: [
    {
      kind: "markdown",
      html: "<h2>Hi</h2>",
      source:
        "# Hi\n\nText with $x$, [Lesson 7](lesson:drift-detection#psi) and [a term](glossary#psi).",
    },
    {
      kind: "code",
      id: "demo",
      title: "Demo",
      source: "show.text('a');",
      params: { n: { kind: "range", label: "N", min: 1, max: 9, step: 1, default: 3 } },
      lesson: { id: "drift-detection", anchor: "psi" },
    },
  ],
};
const table: CellOutput = {
  kind: "table",
  title: "Rows",
  columns: ["name", "value"],
  rows: [
    ["a<b", 1.5],
    ["c", null],
  ],
};
const built = notebookIpynb(notebook, () => [table], { siteUrl: "./", version: "1.2.3" });
const code = (ipynb: typeof built, id: string) =>
  ipynb.cells.find((cell) => cell.id === id && cell.cell_type === "code") as Extract<
    (typeof built)["cells"][number],
    { cell_type: "code" }
  >;

describe("notebookIpynb", () => {
  it("opens with the notebook's introduction, how to run it, then the imports", () => {
    expect(built.cells.map((cell) => cell.id)).toEqual(["md-0", "running", importCellId, "demo"]);
    expect(code(built, importCellId).source.join("")).toContain('from "./lab.mjs"');
    expect(built.metadata["kernelspec"]).toMatchObject({ name: "deno" });
  });

  it("writes a cell's default parameters, seed and outputs, ending with show.flush()", () => {
    const demo = code(built, "demo");
    const source = demo.source.join("");
    expect(source).toContain('"n": 3');
    expect(source).toContain("const seed = 1;");
    expect(source.trimEnd().endsWith("show.flush();")).toBe(true);
    expect(demo.outputs).toHaveLength(1);
    expect(demo.execution_count).toBe(2);
    expect(demo.metadata["lesson"]).toBe("drift-detection#psi");
  });
});

describe("personalizeIpynb", () => {
  const personal = personalizeIpynb(built, notebook, {
    siteUrl: "https://example.org/course/",
    sourceOf: () => undefined,
    paramsOf: () => ({ n: 7 }),
  });

  it("points the chapter's links at the site's pages", () => {
    expect(personal.cells[0]?.source.join("")).toContain(
      "[Lesson 7](https://example.org/course/lesson-drift-detection.html#psi) and [a term](https://example.org/course/glossary.html#psi)",
    );
    expect(built.cells[0]?.source.join("")).toContain(
      "[Lesson 7](lesson-drift-detection.html#psi)",
    );
  });

  it("points the imports at the site", () => {
    expect(code(personal, importCellId).source.join("")).toContain(
      'import * as lab from "https://example.org/course/lab.mjs";',
    );
  });

  it("gives a changed cell the reader's values and drops the build's outputs for it", () => {
    const demo = code(personal, "demo");
    expect(demo.source.join("")).toContain('"n": 7');
    expect(demo.outputs).toEqual([]);
    expect(demo.execution_count).toBeNull();
  });

  it("keeps an unchanged cell as built", () => {
    const same = personalizeIpynb(built, notebook, {
      siteUrl: "https://example.org/",
      sourceOf: () => "show.text('a');",
      paramsOf: () => ({ n: 3 }),
    });
    expect(code(same, "demo")).toEqual(code(built, "demo"));
  });

  it("withoutOutputs leaves no outputs", () => {
    expect(
      withoutOutputs(built).cells.every(
        (cell) => cell.cell_type !== "code" || cell.outputs.length === 0,
      ),
    ).toBe(true);
  });
});

describe("toMimeBundle", () => {
  it("writes a table as escaped HTML and aligned plain text", () => {
    const bundle = toMimeBundle(table);
    expect(bundle["text/html"]).toContain("<td>a&lt;b</td>");
    expect(bundle["text/plain"]).toBe("Rows\nname  value\na<b   1.5\nc     NULL");
  });

  it("draws every chart kind as SVG with a plain-text fallback", () => {
    const charts: CellOutput[] = [
      {
        kind: "line",
        title: "L",
        xLabel: "x",
        yLabel: "y",
        x: Float64Array.of(0, 1, 2),
        series: [{ name: "s", y: Float64Array.of(1, Number.NaN, 3) }],
        references: [{ y: 2, label: "limit" }],
        markers: [{ x: 1, label: "change" }],
        area: false,
      },
      {
        kind: "histogram",
        title: "H",
        xLabel: "x",
        edges: Float64Array.of(0, 1, 2),
        series: [{ name: "s", shares: Float64Array.of(0.5, 0.5) }],
      },
      {
        kind: "bar",
        title: "B",
        yLabel: "y",
        categories: ["a", "b"],
        series: [{ name: "s", values: Float64Array.of(1, -1) }],
      },
      {
        kind: "scatter",
        title: "S",
        xLabel: "x",
        yLabel: "y",
        series: [{ name: "s", x: Float64Array.of(1, 2), y: Float64Array.of(2, 1) }],
      },
      {
        kind: "ecdf",
        title: "E",
        xLabel: "x",
        series: [{ name: "s", x: Float64Array.of(1, 2), p: Float64Array.of(0.5, 1) }],
      },
      {
        kind: "timeline",
        title: "T",
        timeLabel: "t",
        lanes: [{ label: "lane", events: [{ time: 1, label: "e", status: "entity" }] }],
      },
      {
        kind: "dag",
        title: "D",
        nodes: [
          { id: "a", label: "a", kind: "data", changed: true },
          { id: "b", label: "b", kind: "model", changed: false },
        ],
        edges: [{ from: "a", to: "b" }],
      },
    ];
    for (const chart of charts) {
      const bundle = toMimeBundle(chart);
      expect(bundle["image/svg+xml"], chart.kind).toMatch(
        /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 360"/,
      );
      expect(bundle["image/svg+xml"], chart.kind).not.toContain("NaN");
      expect(bundle["text/plain"], chart.kind).toContain(`(${chart.kind} chart)`);
    }
  });
});

describe("the scatter plot's SVG", () => {
  it("draws a line series as one line under the dots, and the other series as dots", () => {
    const svg =
      toMimeBundle({
        kind: "scatter",
        title: "S",
        xLabel: "x",
        yLabel: "y",
        series: [
          { name: "points", x: Float64Array.of(1, 2, 3), y: Float64Array.of(1, 0, 3) },
          { name: "y = x", x: Float64Array.of(0, 3), y: Float64Array.of(0, 3), line: true },
        ],
      })["image/svg+xml"] ?? "";
    const lines = [...svg.matchAll(/<path d="(M[^"]+)" fill="none"/g)].map((match) => match[1]);
    expect(lines).toEqual([expect.stringMatching(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/)]);
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg.indexOf('<path d="M')).toBeLessThan(svg.indexOf("<circle"));
  });
});

describe("the Jupyter show", () => {
  it("builds outputs with the app's builders and hands them over as one display", () => {
    const show = createJupyterShow();
    show.metrics([{ label: "PSI", value: 0.25, threshold: "≥ 0.1", pass: false }], "Drift");
    show.table({ title: "T", columns: ["a"], rows: [[1]] });
    const shown = show.flush()[displaySymbol]();
    expect(shown["text/plain"]).toBe("Drift\nPSI: 0.25  fail (≥ 0.1)\n\nT\na\n1");
    expect(shown["text/html"]).toContain("<caption>Drift</caption>");
    // Flushed outputs are not shown again.
    expect(String(show.flush())).toBe("");
  });

  it("rejects bad input as the app does", () => {
    const show = createJupyterShow();
    expect(() => show.line({ x: "no" as never, series: [] })).toThrow(/line x must be an array/);
  });
});

describe("the timeline's SVG", () => {
  it("names the kinds of event it shows as the app's legend does, in the same order", () => {
    const svg =
      toMimeBundle({
        kind: "timeline",
        title: "T",
        timeLabel: "t",
        lanes: [
          {
            label: "lane",
            events: [
              { time: 3, label: "late", status: "leak" },
              { time: 1, label: "row", status: "winner" },
              { time: 2, label: "t", status: "entity" },
            ],
          },
        ],
      })["image/svg+xml"] ?? "";
    // The legend's words from `timelineLegend`, for the three kinds shown here.
    const legend = ["winner", "leak", "entity time"].map((name) => svg.indexOf(`>${name}</text>`));
    expect(legend.every((at) => at > 0)).toBe(true);
    expect([...legend].sort((a, b) => a - b)).toEqual(legend);
    expect(svg).not.toContain(">candidate</text>");
  });
});
