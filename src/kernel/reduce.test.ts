import { describe, expect, it } from "vitest";
import type { CellOutput } from "./output-types";
import { lttbIndicesOfAll } from "./reduce";
import { createShow, pointBudget } from "./show";

describe("line reduction keeps every series' shape", () => {
  const length = 20_000;
  const x = Array.from({ length }, (_, index) => index);
  // A gentle sine in the first series; the second is flat but for one spike at a place where the
  // first series has nothing remarkable.
  const first = x.map((index) => Math.sin(index / 900));
  const second = x.map((index) => (index === 12_345 ? 50 : 0));

  it("keeps a spike that only the second series has", () => {
    const outputs: CellOutput[] = [];
    createShow(outputs).line({
      x,
      series: [
        { name: "smooth", y: first },
        { name: "spiky", y: second },
      ],
    });
    const output = outputs[0];
    if (output?.kind !== "line") throw new Error("expected a line output");
    expect(output.x.length).toBeLessThanOrEqual(pointBudget.line);
    expect(Math.max(...output.series[1]!.y)).toBe(50);
    expect([...output.x]).toContain(12_345);
    // The first series' extremes (near ±1) survive too.
    expect(Math.max(...output.series[0]!.y)).toBeGreaterThan(0.99);
    expect(Math.min(...output.series[0]!.y)).toBeLessThan(-0.99);
  });

  it("returns sorted, distinct indices within the budget, first and last included", () => {
    const indices = [...lttbIndicesOfAll(x, [first, second], 500)];
    expect(indices.length).toBeLessThanOrEqual(500);
    expect(indices[0]).toBe(0);
    expect(indices.at(-1)).toBe(length - 1);
    expect(indices.every((value, at) => at === 0 || value > indices[at - 1]!)).toBe(true);
    expect(indices).toContain(12_345);
  });

  it("keeps everything when the data is already small", () => {
    expect([...lttbIndicesOfAll([1, 2, 3], [[1, 2, 3]], 500)]).toEqual([0, 1, 2]);
  });
});
