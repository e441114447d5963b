import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { hodgesLehmann } from "./hodges-lehmann";

describe("hodgesLehmann (Kayenta)", () => {
  it("reproduces the Kayenta worked example: estimate 11, 98% CI [8, 14]", () => {
    // Kayenta's MannWhitneyClassifier (spinnaker/kayenta) example: High because the lower bound 8 > 0.25·11
    const control = [100, 102, 98, 101, 99, 103, 100, 97, 102, 101];
    const experiment = [110, 112, 108, 115, 109, 111, 113, 110, 114, 112];
    expect(hodgesLehmann(control, experiment)).toEqual({ estimate: 11, lower: 8, upper: 14 });
  });

  it("matches Kayenta's root finding (re-implemented with scipy brentq) on random cases", () => {
    // Expected: scripts/lab-fixtures.py; brentq stops within 1e-12 of the jump, Kayenta's own
    // solver within 1e-6, while hodgesLehmann returns the pairwise difference exactly.
    for (const [index, c] of fixture.hodgesLehmann.entries()) {
      const result = hodgesLehmann(c.control, c.experiment, c.confidence);
      expectClose(result.estimate, c.estimate, 1e-12, 1e-12, `case ${index} estimate`);
      expectClose(result.lower, c.lower, 0, 1e-9, `case ${index} lower`);
      expectClose(result.upper, c.upper, 0, 1e-9, `case ${index} upper`);
    }
  });

  it("returns the extreme differences when the interval would reach past them", () => {
    const result = hodgesLehmann([1, 2], [3, 4], 0.99);
    expect(result).toEqual({ estimate: 2, lower: 1, upper: 3 });
  });

  it("rejects empty samples, non-finite values, all-tied data", () => {
    expect(() => hodgesLehmann([], [1])).toThrow(
      new LabError("hodgesLehmann requires at least one value in control"),
    );
    expect(() => hodgesLehmann([1], [Number.NaN])).toThrow(
      "hodgesLehmann requires finite values in experiment (found NaN at index 0)",
    );
    expect(() => hodgesLehmann([1, 1], [1, 1])).toThrow(
      "hodgesLehmann requires observations that are not all tied",
    );
    expect(() => hodgesLehmann([1, 2], [1, 3], 1.2)).toThrow(
      "hodgesLehmann requires confidence in (0, 1) (found 1.2)",
    );
  });
});
