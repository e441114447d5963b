import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lightAxisColor, lightSeriesColors } from "../../../kernel/charts/chart-colors";
import { formatValue, seriesColor } from "./palette";

describe("formatValue", () => {
  it("keeps four significant digits and integers whole", () => {
    expect(formatValue(0.123456)).toBe("0.1235");
    expect(formatValue(42)).toBe("42");
    expect(formatValue(1234.5678)).toBe("1235");
  });

  it("writes very small and very large numbers in exponent form", () => {
    expect(formatValue(0.00012346)).toBe("1.235e-4");
    expect(formatValue(2.5e7)).toBe("25000000");
    expect(formatValue(2.55e6 + 0.5)).toBe("2.550e+6");
  });

  it("shows a missing number as a dash, and NULL, text and infinities as they are", () => {
    expect(formatValue(Number.NaN)).toBe("—");
    expect(formatValue(null)).toBe("NULL");
    expect(formatValue("late")).toBe("late");
    expect(formatValue(Infinity)).toBe("Infinity");
  });
});

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
