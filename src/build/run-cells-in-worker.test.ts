import { afterAll, describe, expect, it } from "vitest";
import { computeCellOutputs, type CellRun } from "../content/compiler/cell-outputs";
import { ContentError } from "../content/compiler/content-error";
import { cellRunnerInWorker } from "./run-cells-in-worker";

const timeLimitMs = 1_500;
const run = cellRunnerInWorker({
  module: new URL("../kernel/run-with-lab.ts", import.meta.url).href,
  exportName: "runWithLab",
  timeLimitMs,
});
afterAll(() => run.close());

function cell(id: string, source: string, line: number): CellRun {
  return {
    key: id,
    cellId: id,
    source,
    params: {},
    seed: 1,
    file: "content/notebooks/fixture.md",
    line,
    codeFile: "content/notebooks/fixture.md",
    codeLine: line,
  };
}

describe("cellRunnerInWorker", () => {
  it("runs cells with the lab in scope, as the page's worker does", async () => {
    const answer = await run({
      cellId: "mean",
      source: "show.text(String(lab.mean([1, 2, 3])));",
      params: {},
      seed: 1,
    });
    expect(answer.error).toBeUndefined();
    expect(answer.outputs).toEqual([{ kind: "text", markdown: "2" }]);
  });

  it("stops a cell that never ends and fails the build at its file:line, and the next cell still runs", async () => {
    const started = performance.now();
    let message = "";
    try {
      await computeCellOutputs(
        [cell("before", "show.text('ok');", 4), cell("spin", "while (true) {}", 12)],
        { run, timeLimitMs },
      );
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      message = (error as ContentError).message;
    }
    const elapsed = performance.now() - started;
    expect(message).toMatch(/^content\/notebooks\/fixture\.md:12(:\d+)?: /);
    expect(message).toContain('cell "spin"');
    expect(message).toContain("1.5 s");
    expect(message.split("\n")).toHaveLength(1);
    // Stopped at its limit (plus a fresh thread's start), not left running.
    expect(elapsed).toBeLessThan(timeLimitMs + 8_000);
    // The next cell runs in a fresh thread.
    const answer = await run({ cellId: "again", source: "show.text('ok');", params: {}, seed: 1 });
    expect(answer.outputs).toEqual([{ kind: "text", markdown: "ok" }]);
  });

  it("reports a runner module that cannot load", async () => {
    const broken = cellRunnerInWorker({
      module: new URL("../kernel/run-with-lab.ts", import.meta.url).href,
      exportName: "noSuchRunner",
      timeLimitMs,
    });
    await expect(broken({ cellId: "a", source: "", params: {}, seed: 1 })).rejects.toThrow(
      /noSuchRunner is not a function/,
    );
    await broken.close();
  });
});
