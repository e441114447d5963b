import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ProblemList } from "../../compiler/content-error";
import { parseFigureParams } from "../../compiler/figure-params";
import { splitFrontMatter } from "../../compiler/front-matter";
import { defaultParams, parseNotebookPieces } from "../../compiler/notebook-cells";
import type { CellOutput } from "../../../kernel/output-types";
import { runCell } from "../../../kernel/run-cell";
import * as lab from "../../../lab/index";
import { expectPrinted, readLesson } from "./lesson-text";

// A figure's caption states what its cell draws; these tests run each figure's cell with the
// figure's fixed values (as the lesson page does) and find the caption's numbers in its outputs.
const notebookFile = "content/notebooks/theory.md";
const problems = new ProblemList();
const split = splitFrontMatter(
  readFileSync(new URL("../../../../content/notebooks/theory.md", import.meta.url), "utf8"),
  notebookFile,
  problems,
);
const cells = split
  ? parseNotebookPieces(split.body, notebookFile, split.bodyStartLine, problems).flatMap((piece) =>
      piece.kind === "code" ? [piece.cell] : [],
    )
  : [];

/** The figure's caption and the outputs its cell draws with the figure's values and seed 1. */
async function figure(lessonFile: string, id: string) {
  const line = readLesson(lessonFile)
    .split("\n")
    .find((candidate) => candidate.startsWith("::figure[") && candidate.includes(`{#${id} `));
  if (!line) throw new Error(`${lessonFile} has no figure #${id}`);
  const caption = line.slice("::figure[".length, line.lastIndexOf("]{#"));
  const cellId = /\bcell=([a-z0-9-]+)/.exec(line)?.[1] ?? "";
  const cell = cells.find((candidate) => candidate.id === cellId);
  if (!cell) throw new Error(`figure #${id} names an unknown cell ${cellId}`);
  const fixed = parseFigureParams(/\bparams="([^"]*)"/.exec(line)?.[1] ?? "", cellId, cell.params);
  expect(fixed.errors).toEqual([]);
  const params = { ...defaultParams(cell.params), ...fixed.values };
  const result = await runCell(cell.id, cell.source, { lab, params, seed: 1 });
  expect(result.error).toBeUndefined();
  return { caption, outputs: result.outputs };
}

function table(outputs: CellOutput[], titleStart: string) {
  const found = outputs.find(
    (output) => output.kind === "table" && output.title.startsWith(titleStart),
  );
  if (found?.kind !== "table") throw new Error(`no table titled "${titleStart}…"`);
  return found;
}

describe("figure captions state what their cells draw", () => {
  it("Figure 3.1: the default mismatches sit at (9.4, 0) and orderAmount on y = 100x", async () => {
    const { caption, outputs } = await figure("03-training-serving-skew.md", "fig-skew-signatures");
    const days = outputs[0];
    if (days?.kind !== "scatter") throw new Error("expected a scatter plot");
    const points = Array.from(days.series[0]!.x, (x, index) => [x, days.series[0]!.y[index]!]);
    const off = points.filter(([x, y]) => x !== y);
    expect(off).toHaveLength(2);
    for (const [x, y] of off) {
      expectPrinted(caption, x!, 1);
      expect(y).toBe(0);
    }
    const amounts = outputs[1];
    if (amounts?.kind !== "scatter") throw new Error("expected a scatter plot");
    const ratios = Array.from(amounts.series[0]!.x, (x, index) => amounts.series[0]!.y[index]! / x);
    for (const ratio of ratios) expect(ratio).toBeCloseTo(100, 9);
    expect(caption).toContain("$y = 100x$");
  });

  it("Figure 4.1: the union's rate, the regions' rates and weights, the tolerance", async () => {
    const { caption, outputs } = await figure("04-data-contracts.md", "fig-contract-partitions");
    const rows = table(outputs, "Each partition").rows;
    for (const row of rows) expect(caption).toContain(String(row[3]));
    for (const row of rows.slice(0, 2)) expectPrinted(caption, Number(row[4]), 1);
    expect(caption).toContain("$\\mu = 0.95$");
    expect(rows.map((row) => row[5])).toEqual(["yes", "no", "yes"]);
  });

  it("Figure 5.1: which registrations fail under which modes", async () => {
    const { caption, outputs } = await figure("05-schema-evolution.md", "fig-schema-history");
    const bars = outputs[0];
    if (bars?.kind !== "bar") throw new Error("expected a bar chart");
    const counts = Object.fromEntries(
      bars.series.map((series) => [
        series.name,
        Object.fromEntries(bars.categories.map((mode, index) => [mode, series.values[index]])),
      ]),
    );
    expect(Object.values(counts["registering S2"]!).every((count) => count === 0)).toBe(true);
    const s3 = counts["registering S3"]!;
    expect(Object.keys(s3).filter((mode) => s3[mode]! > 0)).toEqual([
      "FORWARD",
      "FORWARD_TRANSITIVE",
      "FULL",
      "FULL_TRANSITIVE",
    ]);
    const s4 = counts["registering S4"]!;
    expect(Object.keys(s4).filter((mode) => s4[mode]! > 0)).toEqual([
      "BACKWARD_TRANSITIVE",
      "FORWARD_TRANSITIVE",
      "FULL_TRANSITIVE",
    ]);
    expect(s4["FULL_TRANSITIVE"]).toBe(4);
    expect(caption).toContain("hence four violations");
  });

  it("Figure 8.1: both charts alarm at chunk 12 with k = 0.5, h = 4 and λ = 0.2", async () => {
    const { caption, outputs } = await figure("08-offline-online-monitoring.md", "fig-cusum-ewma");
    const rows = table(outputs, "The paths").rows;
    const firstAlarm = (column: number) => rows.find((row) => row[column] === "alarm")?.[0];
    expect(firstAlarm(3)).toBe(12);
    expect(firstAlarm(6)).toBe(12);
    expect(rows.every((row) => Math.abs(Number(row[1])) <= 3)).toBe(true);
    expect(caption).toMatch(/crosses \$h = 4\$ at chunk 12/);
    expect(caption).toMatch(/at chunk 12 as well/);
  });

  it("Figure 9.1: High from n = 3; at n = 10 the interval [8.0, 14.0] against 2.75", async () => {
    const { caption, outputs } = await figure(
      "09-release-gates-canaries.md",
      "fig-kayenta-rollout",
    );
    const rows = table(outputs, "Kayenta's classification").rows;
    expect(rows.every((row) => row[5] === "High")).toBe(true);
    expect(rows[0]?.[0]).toBe(3);
    const last = rows.at(-1)!;
    expect(caption).toContain(
      `$[${Number(last[2]).toFixed(1)}, ${Number(last[3]).toFixed(1)}]$ ms against $+${last[4]}$ ms`,
    );
  });

  it("Figure 10.1: the critical path and the agent's own 0.250 s", async () => {
    const { caption, outputs } = await figure("10-llm-traces-failure-modes.md", "fig-trace-gantt");
    const spans = table(outputs, "Spans, self times").rows;
    const offPath = spans.filter((row) => row[5] === "no").map((row) => row[0]);
    expect(offPath).toEqual(["execute_tool fetch_policy"]);
    const root = spans.find((row) => row[0] === "invoke_agent support-agent");
    expectPrinted(caption, Number(root?.[4]), 3);
  });
});
