import { describe, expect, it } from "vitest";
import type { LineOutput } from "../output-types";
import { barValueAxis, baseline, dataAxis, lineAxes } from "./chart-axes";

const line = (overrides: Partial<LineOutput>): LineOutput => ({
  kind: "line",
  title: "",
  xLabel: "",
  yLabel: "",
  x: Float64Array.of(1, 2, 3),
  series: [{ name: "s", y: Float64Array.of(0.2, 0.4, 0.3) }],
  references: [],
  markers: [],
  area: false,
  ...overrides,
});

describe("lineAxes", () => {
  it("spans x as the data is, with round ticks inside, and y from zero on round bounds", () => {
    const { x, y } = lineAxes(line({}));
    expect(x).toEqual({ domain: [1, 3], ticks: [1, 1.5, 2, 2.5, 3] });
    expect(y).toEqual({ domain: [0, 0.4], ticks: [0, 0.1, 0.2, 0.3, 0.4] });
  });

  it("takes in markers, bands and reference lines, and skips missing values", () => {
    const { x, y } = lineAxes(
      line({
        series: [
          {
            name: "s",
            y: Float64Array.of(-1, Number.NaN, 1),
            lower: Float64Array.of(-2, -2, -2),
            upper: Float64Array.of(2, 2, 2),
          },
        ],
        references: [{ y: 3.5, label: "limit" }],
        markers: [{ x: 5, label: "change" }],
      }),
    );
    expect(x.domain).toEqual([1, 5]);
    expect(y.domain).toEqual([-2, 4]);
  });

  it("widens a flat series around its value, and gives an empty chart a unit axis", () => {
    expect(lineAxes(line({ x: Float64Array.of(4) })).x.domain).toEqual([2, 6]);
    expect(lineAxes(line({ series: [] })).y.domain).toEqual([0, 1]);
  });
});

describe("dataAxis and barValueAxis", () => {
  it("puts values on round bounds, and widens a single value by one", () => {
    expect(dataAxis([0.3, 8.7], [Number.NaN]).domain).toEqual([0, 10]);
    expect(dataAxis([5]).domain).toEqual([4, 6]);
    expect(dataAxis([]).domain).toEqual([0, 1]);
  });

  it("takes zero into a bar chart's value axis", () => {
    expect(barValueAxis([{ values: Float64Array.of(3, 7.5) }]).domain).toEqual([0, 8]);
    expect(barValueAxis([{ values: Float64Array.of(-3, Number.NaN) }]).domain).toEqual([-3, 0]);
    expect(barValueAxis([]).domain).toEqual([0, 1]);
  });
});

describe("baseline", () => {
  it("is zero when the axis spans it, else the end nearer zero", () => {
    expect(baseline([-1, 4])).toBe(0);
    expect(baseline([2, 4])).toBe(2);
    expect(baseline([-4, -2])).toBe(-2);
  });
});
