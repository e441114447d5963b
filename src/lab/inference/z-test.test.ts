import { describe, expect, it } from "vitest";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { zTestProportions } from "./z-test";

describe("zTestProportions", () => {
  it("reproduces reference G: reference yes 30/100, current yes 45/100", () => {
    const result = zTestProportions(30, 100, 45, 100);
    expect(result.z).toBe(-2.1908902300206647);
    expectClose(result.pvalue, 0.02845973691631065, 1e-13);
  });

  it("is antisymmetric in the order of the samples", () => {
    const forward = zTestProportions(12, 40, 30, 60);
    const backward = zTestProportions(30, 60, 12, 40);
    expect(forward.z).toBeCloseTo(-backward.z, 14);
    expect(forward.pvalue).toBeCloseTo(backward.pvalue, 14);
  });

  it("returns z = 0, p = 1 when both samples are constant", () => {
    expect(zTestProportions(0, 10, 0, 20)).toEqual({ z: 0, pvalue: 1 });
    expect(zTestProportions(10, 10, 20, 20)).toEqual({ z: 0, pvalue: 1 });
  });

  it("rejects impossible counts", () => {
    expect(() => zTestProportions(1, 0, 1, 2)).toThrow(
      new LabError("zTestProportions requires totalA to be an integer >= 1 (found 0)"),
    );
    expect(() => zTestProportions(3, 2, 1, 2)).toThrow(
      "zTestProportions requires successes to be at most the total of their sample",
    );
    expect(() => zTestProportions(1.5, 2, 1, 2)).toThrow(
      "zTestProportions requires successesA to be an integer >= 0 (found 1.5)",
    );
  });
});
