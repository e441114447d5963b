import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatAxisNumber, formatNumber } from "./format-number";

describe("formatNumber", () => {
  it("rounds to significant figures (4 by default) without trailing zeros", () => {
    expect(formatNumber(0.228217409)).toBe("0.2282");
    expect(formatNumber(0.1 + 0.2, 12)).toBe("0.3");
    expect(formatNumber(1234.5, 12)).toBe("1234.5");
    expect(formatNumber(2.5e-9)).toBe("2.5e-9");
    expect(formatNumber(1e21, 12)).toBe("1e+21");
  });

  it("prints fixed decimals when asked (a slider's value, as wide as its step)", () => {
    expect(formatNumber(0.5, { decimals: 2 })).toBe("0.50");
    expect(formatNumber(3, { decimals: 0 })).toBe("3");
  });

  it("prints the special values the same way everywhere", () => {
    for (const precision of [4, 12, { decimals: 2 }]) {
      expect(formatNumber(NaN, precision)).toBe("NaN");
      expect(formatNumber(Infinity, precision)).toBe("∞");
      expect(formatNumber(-Infinity, precision)).toBe("-∞");
      expect(formatNumber(-0, precision)).toBe(precision === 4 || precision === 12 ? "0" : "0.00");
      expect(formatNumber(-0.00001, { decimals: 2 })).toBe("0.00");
    }
  });
});

describe("formatAxisNumber", () => {
  it("keeps integers whole, uses exponents for tiny and huge values, and a dash for NaN", () => {
    expect(formatAxisNumber(1234567)).toBe("1234567");
    expect(formatAxisNumber(0.228217409)).toBe("0.2282");
    expect(formatAxisNumber(0.000123456)).toBe("1.235e-4");
    expect(formatAxisNumber(-2345678.9)).toBe("-2.346e+6");
    expect(formatAxisNumber(0)).toBe("0");
    expect(formatAxisNumber(Number.NaN)).toBe("—");
    expect(formatAxisNumber(Number.POSITIVE_INFINITY)).toBe("Infinity");
  });
});

describe("there is one formatNumber", () => {
  it("is defined once in the source tree", () => {
    const root = join(__dirname, "../..");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(root);
    const definitions = files.filter((path) =>
      /(function formatNumber\b|const formatNumber\s*=)/.test(readFileSync(path, "utf8")),
    );
    expect(definitions.map((path) => path.slice(root.length + 1))).toEqual([
      "lab/core/format-number.ts",
    ]);
  });
});
