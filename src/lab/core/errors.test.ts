import { describe, expect, it } from "vitest";
import {
  LabError,
  dropNonFinite,
  requireFinite,
  requireInteger,
  requireNonEmpty,
  requireNonNegativeCounts,
  requirePositiveSum,
  requireProbability,
  requireSameLength,
} from "./errors";

describe("LabError and guards", () => {
  it("is an Error named LabError", () => {
    const error = new LabError("psi requires at least one value in reference");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("LabError");
  });

  it("produce one message shape, function name first", () => {
    expect(() => requireNonEmpty("ks2samp", "x", [])).toThrow(
      "ks2samp requires at least one value in x",
    );
    expect(() => requireFinite("psi", "reference", [1, 2, 3, Number.NaN])).toThrow(
      "psi requires finite values in reference (found NaN at index 3)",
    );
    expect(() => requireFinite("psi", "current", [-Infinity])).toThrow(
      "psi requires finite values in current (found -Infinity at index 0)",
    );
    expect(() => requireProbability("f", "confidence", 0)).toThrow(
      "f requires confidence in (0, 1) (found 0)",
    );
    expect(() => requireProbability("f", "p", 0, true)).not.toThrow();
    expect(() => requireNonNegativeCounts("f", "counts", [1, -1])).toThrow(
      "f requires non-negative finite counts in counts (found -1 at index 1)",
    );
    expect(() => requirePositiveSum("f", "weights", [0, 0])).toThrow(
      "f requires weights to sum to a positive number",
    );
    expect(() => requireSameLength("f", "a", [1], "b", [1, 2])).toThrow(
      "f requires a and b of equal length (found 1 and 2)",
    );
    expect(() => requireInteger("f", "n", 2.5, 0)).toThrow(
      "f requires n to be an integer >= 0 (found 2.5)",
    );
  });

  it("dropNonFinite keeps finite values in order, as Evidently cleans a column", () => {
    expect(Array.from(dropNonFinite([1, Number.NaN, Infinity, 2, -Infinity, 3]))).toEqual([
      1, 2, 3,
    ]);
  });
});
