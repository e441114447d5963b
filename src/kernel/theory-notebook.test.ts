import { readFileSync, readdirSync } from "node:fs";
import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { ProblemList } from "../content/compiler/content-error";
import { splitFrontMatter } from "../content/compiler/front-matter";
import { defaultParams, parseNotebookPieces } from "../content/compiler/notebook-cells";
import type { ParsedCodeCell } from "../content/compiler/notebook-cells";
import type { CellParam } from "../content/model/notebook-types";
import * as lab from "../lab/index";
import type { ParamValues } from "./contract";
import { runCell } from "./run-cell";

// The theory notebook is content, but its code cells are programs: every one must run in the
// kernel at its defaults and at the ends of every numeric control, and give the same outputs for
// the same seed (a shared link to a configured cell must redraw the same chart).
const notebookUrl = new URL("../../content/notebooks/theory.md", import.meta.url);
const lessonsUrl = new URL("../../content/lessons/", import.meta.url);
const file = "content/notebooks/theory.md";

const problems = new ProblemList();
const split = splitFrontMatter(readFileSync(notebookUrl, "utf8"), file, problems);
const pieces = split ? parseNotebookPieces(split.body, file, split.bodyStartLine, problems) : [];
const cells = pieces.flatMap((piece) => (piece.kind === "code" ? [piece.cell] : []));
const markdown = pieces.flatMap((piece) => (piece.kind === "markdown" ? [piece.text] : []));

/** Anchors of every lesson: GitHub-style heading slugs and directive ids, keyed by lesson id. */
function lessonAnchors(): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  for (const name of readdirSync(lessonsUrl).filter((entry) => /^\d\d-.+\.md$/.test(entry))) {
    const text = readFileSync(new URL(name, lessonsUrl), "utf8");
    const slugger = new GithubSlugger();
    const ids = new Set<string>();
    let fenced = false;
    for (const line of text.split("\n")) {
      if (line.startsWith("```")) fenced = !fenced;
      if (fenced) continue;
      const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      // Slugs are taken from the heading's text, so inline code and emphasis marks are dropped.
      if (heading) ids.add(slugger.slug((heading[1] ?? "").replace(/[`*_]/g, "")));
      // Block directives (:::) and figures (::figure[caption]{#fig-… …}).
      const directive = /^(?::::+[a-z]+|::figure)(?:\[.*\])?\{#([a-z0-9-]+)[\s}]/.exec(line);
      if (directive?.[1]) ids.add(directive[1]);
    }
    anchors.set(name.replace(/^\d\d-/, "").replace(/\.md$/, ""), ids);
  }
  return anchors;
}

/** Parameter sets at the ends of each numeric control, the other controls at their defaults. */
function extremeCases(cell: ParsedCodeCell): { label: string; params: ParamValues }[] {
  const defaults = defaultParams(cell.params);
  const cases: { label: string; params: ParamValues }[] = [];
  for (const [name, param] of Object.entries(cell.params) as [string, CellParam][]) {
    if (param.kind !== "range" && param.kind !== "number") continue;
    cases.push({ label: `${name} = ${param.min}`, params: { ...defaults, [name]: param.min } });
    cases.push({ label: `${name} = ${param.max}`, params: { ...defaults, [name]: param.max } });
  }
  return cases;
}

/** Outputs as comparable text: typed arrays become plain arrays, NaN stays distinguishable. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (ArrayBuffer.isView(item))
      return Array.from(item as Float64Array, (entry) => (Number.isNaN(entry) ? "NaN" : entry));
    return typeof item === "number" && Number.isNaN(item) ? "NaN" : item;
  });
}

describe("the theory notebook file", () => {
  it("parses without problems", () => {
    expect(split).toBeDefined();
    expect(problems.problems).toEqual([]);
  });

  it("declares the theory notebook in its front matter", () => {
    expect(split?.data).toMatchObject({
      id: "theory",
      title: expect.any(String),
      summary: expect.any(String),
    });
  });

  it("has at least 14 code cells with unique ids, each linked to a lesson section", () => {
    expect(cells.length).toBeGreaterThanOrEqual(14);
    expect(new Set(cells.map((cell) => cell.id)).size).toBe(cells.length);
    for (const cell of cells) expect(cell.lesson, cell.id).toMatch(/^[a-z0-9-]+#[a-z0-9-]+$/);
  });

  it("links only to lesson anchors that exist", () => {
    const anchors = lessonAnchors();
    const targets = [
      ...cells.map((cell) => ({ from: cell.id, target: cell.lesson ?? "" })),
      ...markdown.flatMap((text) =>
        [...text.matchAll(/\(lesson:([a-z0-9-]+(?:#[a-z0-9-]+)?)\)/g)].map((match) => ({
          from: "markdown",
          target: match[1] ?? "",
        })),
      ),
    ];
    expect(targets.length).toBeGreaterThan(cells.length);
    for (const { from, target } of targets) {
      const [lessonId = "", anchor] = target.split("#");
      expect(anchors.has(lessonId), `${from}: unknown lesson ${lessonId}`).toBe(true);
      if (anchor)
        expect(anchors.get(lessonId)?.has(anchor), `${from}: no anchor ${target}`).toBe(true);
    }
  });
});

describe("every theory cell", () => {
  for (const cell of cells) {
    describe(cell.id, () => {
      it("runs at its defaults with outputs, the same ones for the same seed", async () => {
        const params = defaultParams(cell.params);
        const first = await runCell(cell.id, cell.source, { lab, params, seed: 1 });
        expect(first.error, first.error?.message).toBeUndefined();
        expect(first.outputs.length).toBeGreaterThan(0);
        const second = await runCell(cell.id, cell.source, { lab, params, seed: 1 });
        expect(fingerprint(second.outputs)).toBe(fingerprint(first.outputs));
      });

      it("runs at the minimum and maximum of every numeric control", async () => {
        for (const { label, params } of extremeCases(cell)) {
          const result = await runCell(cell.id, cell.source, { lab, params, seed: 1 });
          expect(result.error, `${label}: ${result.error?.message}`).toBeUndefined();
          expect(result.outputs.length, label).toBeGreaterThan(0);
        }
      }, 120_000);

      it("runs for every option of every select and toggle, also at the numeric extremes", async () => {
        const defaults = defaultParams(cell.params);
        for (const [name, param] of Object.entries(cell.params) as [string, CellParam][]) {
          const values =
            param.kind === "select" ? param.options : param.kind === "toggle" ? [true, false] : [];
          for (const value of values) {
            // An option can take a different code path, so combine it with every extreme too.
            const cases = [{ label: "defaults", params: defaults }, ...extremeCases(cell)];
            for (const { label, params } of cases) {
              const result = await runCell(cell.id, cell.source, {
                lab,
                params: { ...params, [name]: value },
                seed: 1,
              });
              const where = `${name} = ${String(value)}, ${label}`;
              expect(result.error, `${where}: ${result.error?.message}`).toBeUndefined();
              expect(result.outputs.length, where).toBeGreaterThan(0);
            }
          }
        }
      }, 240_000);
    });
  }
});

describe("the cells' run time at their defaults", () => {
  // The budget is about 25 ms per cell at defaults so a slider move redraws within a frame or two.
  // Timings depend on the machine and its load, so they are printed for review, never asserted:
  // after a warm-up run, the fastest and the median of five runs are reported.
  it("is measured after a warm-up run and reported", async () => {
    const rows: string[] = [];
    for (const cell of cells) {
      const params = defaultParams(cell.params);
      await runCell(cell.id, cell.source, { lab, params, seed: 1 });
      const durations: number[] = [];
      for (let run = 0; run < 5; run += 1) {
        const timed = await runCell(cell.id, cell.source, { lab, params, seed: 1 });
        expect(timed.error).toBeUndefined();
        durations.push(timed.durationMs);
      }
      durations.sort((left, right) => left - right);
      const [fastest = 0, median = 0] = [durations[0], durations[2]];
      rows.push(
        `${cell.id.padEnd(34)} ${fastest.toFixed(1).padStart(7)} ms ${median.toFixed(1).padStart(8)} ms`,
      );
    }
    const header = `${"cell".padEnd(34)} ${"fastest".padStart(10)} ${"median".padStart(11)}`;
    console.log(
      `Theory cells at default parameters (Node, 5 runs after a warm-up run):\n${header}\n${rows.join("\n")}`,
    );
  }, 60_000);
});
