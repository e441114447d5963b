import { describe, expect, it } from "vitest";
import * as lab from "../lab/index";
import { runCell } from "./run-cell";
import { pointBudget } from "./show";

const scope = { lab, params: { n: 3 }, seed: 1 };

describe("runCell", () => {
  it("gives a cell lab, params, seed and show, and returns plain outputs", async () => {
    const result = await runCell(
      "c",
      "const rng = lab.createRng(seed);\nshow.metrics([{ label: 'n', value: params.n }]);\nconsole.log('u', rng.uniform() < 1);",
      scope,
    );
    expect(result.error).toBeUndefined();
    expect(result.outputs).toEqual([
      { kind: "metrics", title: "", cards: [{ label: "n", value: 3 }] },
    ]);
    expect(result.logs).toEqual(["u true"]);
  });

  it("reports a thrown error with its cell line", async () => {
    const result = await runCell("c", "const a = 1;\n\nthrow new RangeError('too far');", scope);
    expect(result.error).toEqual({ name: "RangeError", message: "too far", line: 3 });
  });

  it("reports a lab error with the line of the call", async () => {
    const result = await runCell("c", "// comment\nlab.ks2samp([], [1]);", scope);
    expect(result.error?.name).toBe("LabError");
    expect(result.error?.line).toBe(2);
  });

  it("reports a syntax error with its line, found by a parser", async () => {
    const result = await runCell("c", "const a = 1;\nconst b = ;\n", scope);
    expect(result.error).toMatchObject({ name: "SyntaxError", line: 2 });
  });

  it("starts every run afresh, though a rerun reuses the compiled cell", async () => {
    const source =
      "let runs = 0;\nruns += 1;\nshow.metrics([{ label: 'runs', value: runs + params.n }]);";
    const first = await runCell("c", source, scope);
    const again = await runCell("c", source, { ...scope, params: { n: 4 } });
    const edited = await runCell("c", source.replace("runs += 1", "runs += 2"), scope);
    const value = (result: typeof first) =>
      result.outputs[0]?.kind === "metrics" ? result.outputs[0].cards[0]?.value : undefined;
    expect([value(first), value(again), value(edited)]).toEqual([4, 5, 5]);
  });

  it("cannot change the parameters it was given", async () => {
    const result = await runCell("c", "params.n = 10;", scope);
    expect(result.error?.name).toBe("TypeError");
  });

  it("reduces a huge line to the point budget before it leaves the worker", async () => {
    const result = await runCell(
      "c",
      "const x = lab.linspace(0, 1, 100000);\nshow.line({ x, series: [{ name: 'y', y: x.map((v) => Math.sin(40 * v)) }] });",
      scope,
    );
    const output = result.outputs[0];
    expect(output?.kind).toBe("line");
    if (output?.kind === "line") expect(output.x.length).toBeLessThanOrEqual(pointBudget.line);
  });
});
