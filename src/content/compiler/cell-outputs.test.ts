import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runWithLab } from "../../kernel/run-with-lab";
import { loadChapterSources } from "./load-chapter";
import { decodeRun, sourceHash } from "../model/output-codec";
import { chapterRuns, computeCellOutputs, notebookRuns, type CellRunner } from "./cell-outputs";
import { compileChapter } from "./compile-chapter";
import { ContentError, ProblemList } from "./content-error";
import { parseNotebooks } from "./compile-notebooks";

const run: CellRunner = runWithLab;

/** A notebook file with the given code cells (each a title and its code lines). */
function notebook(cells: { id: string; code: string[] }[]) {
  const text = [
    "---",
    "id: fixture",
    "title: Fixture",
    "summary: Cells run at build time.",
    "---",
    "",
    ...cells.flatMap((cell) => [
      "```{code-cell} javascript",
      "---",
      `id: ${cell.id}`,
      `title: ${cell.id}`,
      "params:",
      "  n: {kind: range, label: N, min: 1, max: 9, step: 1, default: 3}",
      "---",
      ...cell.code,
      "```",
      "",
    ]),
  ].join("\n");
  const problems = new ProblemList();
  const [parsed] = parseNotebooks([{ file: "content/notebooks/fixture.md", text }], problems);
  expect(problems.problems).toEqual([]);
  const code = (parsed?.pieces ?? []).flatMap((piece) =>
    piece.kind === "code" ? [piece.cell] : [],
  );
  return notebookRuns(code, "content/notebooks/fixture.md");
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error("expected the build to fail");
}

describe("computeCellOutputs", () => {
  it("runs each cell with its defaults and seed 1, as the worker would", async () => {
    const runs = notebook([
      {
        id: "draw",
        code: [
          "const x = Array.from({ length: params.n }, (_, i) => i);",
          "show.line({ x, series: [{ name: 'u', y: x.map(() => lab.createRng(seed).uniform()) }] });",
          "show.metrics([{ label: 'n', value: params.n }, { label: 'gap', value: NaN }]);",
        ],
      },
    ]);
    const computed = await computeCellOutputs(runs, { run });
    // The worker's answer for the same request is the reference.
    const live = await runWithLab({
      cellId: "draw",
      source: runs[0]!.source,
      params: { n: 3 },
      seed: 1,
    });
    expect(computed.outputs.get("draw")).toEqual(live.outputs);
    const decoded = decodeRun(JSON.parse(computed.encoded.get("draw") ?? "null"));
    expect(decoded.outputs).toEqual(live.outputs);
    expect(decoded).toMatchObject({
      params: { n: 3 },
      seed: 1,
      source: sourceHash(runs[0]!.source),
    });
    expect((decoded.outputs[0] as { x: unknown }).x).toBeInstanceOf(Float64Array);
    expect(computed.durations.get("draw")).toBeGreaterThanOrEqual(0);
  });

  it("fails at the file line of the statement that throws", async () => {
    const runs = notebook([
      { id: "fine", code: ["show.text('ok');"] },
      { id: "broken", code: ["const values = [1, 2];", "values.missing.call();"] },
    ]);
    const message = await failure(computeCellOutputs(runs, { run }));
    // The fixture's second cell starts its code on line 24; the failing statement is its second.
    expect(runs[1]?.line).toBe(24);
    expect(message).toMatch(
      /^content\/notebooks\/fixture\.md:25:1: cell "broken" fails at build time with its parameters at n=3: TypeError: .* \[cell-error\]$/,
    );
  });

  it("fails a cell whose run does not finish within the time limit", async () => {
    const runs = notebook([{ id: "waits", code: ["await new Promise(() => {});"] }]);
    const message = await failure(computeCellOutputs(runs, { run, timeLimitMs: 50 }));
    expect(message).toBe(
      'content/notebooks/fixture.md:14:1: cell "waits" took longer than 0.05 s at build time with its parameters at n=3 [cell-timeout]',
    );
  });

  it("fails a cell whose outputs cannot be written as data", async () => {
    const runs = notebook([{ id: "odd", code: ["show.text('x');"] }]);
    const odd: CellRunner = async () => ({
      outputs: [{ kind: "text", markdown: () => "a function" }],
      error: undefined,
      durationMs: 1,
    });
    const message = await failure(computeCellOutputs(runs, { run: odd }));
    expect(message).toBe(
      'content/notebooks/fixture.md:14:1: cell "odd" gives outputs that cannot be saved with the page: outputs[0].markdown is a function, which an output cannot hold [cell-outputs]',
    );
  });
});

describe("the fixture chapter's build-time outputs", () => {
  const directory = fileURLToPath(new URL("./__fixtures__/basic", import.meta.url));
  const sources = loadChapterSources(directory, directory);
  const chapter = compileChapter(sources);

  it("runs every notebook cell at its defaults", async () => {
    const runs = chapterRuns(sources, chapter);
    expect(runs.map((item) => item.key)).toEqual(["square-demo"]);
    const computed = await computeCellOutputs(runs, { run });
    const entry = decodeRun(JSON.parse(computed.encoded.get("square-demo") ?? "null"));
    // The cell's declared defaults (n = 10 points, mode square): the last value is 9².
    expect(entry.params).toEqual({ n: 10, mode: "square" });
    const [line] = entry.outputs as { kind: string; series: { y: Float64Array }[] }[];
    expect(line?.kind).toBe("line");
    expect(line?.series[0]?.y.at(-1)).toBe(81);
  });
});
