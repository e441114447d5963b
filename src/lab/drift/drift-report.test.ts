import { describe, expect, it } from "vitest";
import { datasetDrift } from "./drift-report";
import { LabError } from "../core/errors";

const repeat = <T>(value: T, count: number): T[] => new Array<T>(count).fill(value);
const categories = (counts: Record<string, number>) =>
  Object.entries(counts).flatMap(([value, count]) => repeat(value, count));
const linspace = (start: number, stop: number, count: number) =>
  Array.from({ length: count }, (_, index) => start + ((stop - start) * index) / (count - 1));

describe("datasetDrift", () => {
  const reference = {
    plan: categories({ a: 50, b: 30, c: 20 }),
    age: linspace(0, 10, 50),
  };
  const current = {
    plan: categories({ a: 30, b: 30, c: 25, d: 15 }),
    age: linspace(2, 12, 40),
  };

  it("declares dataset drift when the share of drifted columns is ≥ 0.5", () => {
    // Evidently (DataDriftPreset, drift_share 0.5): dataset drift if share of drifted columns ≥ 0.5; here 1 of 2.
    const result = datasetDrift(reference, current);
    expect(result.columns.map((column) => [column.column, column.drifted])).toEqual([
      ["plan", true],
      ["age", false],
    ]);
    expect(result).toMatchObject({
      columnCount: 2,
      driftedCount: 1,
      share: 0.5,
      datasetDrift: true,
    });
    expect(datasetDrift(reference, current, { driftShare: 0.6 }).datasetDrift).toBe(false);
  });

  it("applies global and per-column overrides", () => {
    const result = datasetDrift(reference, current, {
      test: "psi",
      perColumn: { plan: { test: "chisquare" } },
    });
    expect(result.columns.map((column) => column.test)).toEqual(["chisquare", "psi"]);
    expect(
      datasetDrift(reference, current, { columns: ["age"], categoricalColumns: ["age"] }).columns[0]
        ?.test,
    ).toBe("chisquare");
  });

  it("rejects a column missing from one table", () => {
    expect(() => datasetDrift(reference, { plan: current.plan })).toThrow(
      "datasetDrift requires column age in both tables",
    );
    expect(() => datasetDrift(reference, current, { driftShare: 2 })).toThrow(LabError);
  });
});
