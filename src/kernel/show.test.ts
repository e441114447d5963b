import { describe, expect, it } from "vitest";
import type { CellOutput } from "./output-types";
import { createShow } from "./show";

describe("show.histogram", () => {
  // Expected values follow numpy.histogram's rule (bins [eᵢ, eᵢ₊₁), the last one closed), which
  // the lab's histogramCounts reproduces: edges 1, 4, 7, 10 over the range of both series.
  it("bins every series on shared edges, as shares of its finite values", () => {
    const outputs: CellOutput[] = [];
    createShow(outputs).histogram({
      series: [
        { name: "a", values: [1, 2, 2, 3, 3, 3, 4, 10, Number.NaN, Number.POSITIVE_INFINITY] },
        { name: "b", values: [10, 10] },
      ],
      bins: 3,
    });
    const output = outputs[0];
    if (output?.kind !== "histogram") throw new Error("expected a histogram output");
    expect([...output.edges]).toEqual([1, 4, 7, 10]);
    expect([...output.series[0]!.shares]).toEqual([6 / 8, 1 / 8, 1 / 8]);
    expect([...output.series[1]!.shares]).toEqual([0, 0, 1]);
  });

  it("gives a constant sample one unit-wide range, and an empty series zero shares", () => {
    const outputs: CellOutput[] = [];
    createShow(outputs).histogram({
      series: [
        { name: "constant", values: [5, 5] },
        { name: "empty", values: [] },
      ],
      bins: 2,
    });
    const output = outputs[0];
    if (output?.kind !== "histogram") throw new Error("expected a histogram output");
    expect([...output.edges]).toEqual([4.5, 5, 5.5]);
    // 5 sits on the inner edge: it belongs to the bin that starts there.
    expect([...output.series[0]!.shares]).toEqual([0, 1]);
    expect([...output.series[1]!.shares]).toEqual([0, 0]);
  });
});

describe("show.scatter", () => {
  it("keeps a series' request to be drawn as a line, and leaves point series without it", () => {
    const outputs: CellOutput[] = [];
    createShow(outputs).scatter({
      series: [
        { name: "points", x: [1, 2], y: [2, 1] },
        { name: "y = x", x: [0, 2], y: [0, 2], line: true },
      ],
    });
    const output = outputs[0];
    if (output?.kind !== "scatter") throw new Error("expected a scatter output");
    expect(output.series.map((series) => series.line)).toEqual([undefined, true]);
  });
});
