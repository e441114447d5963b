import { describe, expect, it } from "vitest";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { countValues, linfDistance } from "./linf";

describe("linfDistance (TFDV)", () => {
  it("reproduces reference E: L-infinity 0.2 at a", () => {
    const result = linfDistance({ a: 50, b: 30, c: 20 }, { a: 30, b: 30, c: 25, d: 15 });
    expectClose(result.distance, 0.2, 1e-15);
    expect(result.key).toBe("a");
  });

  it("gives ties to the last key in byte order, as TFDV's std::map scan with >=", () => {
    expect(linfDistance({ a: 1, b: 1 }, { a: 0, b: 0, c: 2 }).key).toBe("c");
    expect(linfDistance({ x: 1 }, { y: 1 })).toEqual({ distance: 1, key: "y" });
  });

  it("counts values", () => {
    expect(countValues(["a", "b", "a", 1, 1])).toEqual({ a: 2, b: 1, "1": 2 });
  });

  it("rejects negative counts and empty maps", () => {
    expect(() => linfDistance({ a: -1 }, { a: 1 })).toThrow(
      new LabError('linfDistance requires non-negative finite counts in a (found -1 at key "a")'),
    );
    expect(() => linfDistance({}, { a: 1 })).toThrow(
      "linfDistance requires a to sum to a positive number",
    );
  });
});
