import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lightAxisColor, lightSeriesColors } from "../../../kernel/charts/chart-colors";
import { seriesColor } from "./palette";

describe("the light theme's chart colours", () => {
  it("are the colours a notebook file's charts are drawn in, one custom property each", () => {
    const css = readFileSync(new URL("../styles/notebook.css", import.meta.url), "utf8");
    const light = /:root \{([^}]*--chart-series-1:[^}]*)\}/.exec(css)?.[1] ?? "";
    const value = (name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(light)?.[1];
    expect(lightSeriesColors.map((_, index) => value(`chart-series-${index + 1}`))).toEqual([
      ...lightSeriesColors,
    ]);
    expect(value(`chart-series-${lightSeriesColors.length + 1}`)).toBeUndefined();
    expect(value("chart-axis")).toBe(lightAxisColor);
    expect(seriesColor(lightSeriesColors.length)).toBe(seriesColor(0));
  });
});
