import { describe, expect, it } from "vitest";
import { averageRunLength, createDetector } from "./average-run-length";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";

// Oracle: a vectorised numpy simulation of the same detectors (10^5–2·10^5 runs):
// two-sided CUSUM k = 0.5, h = 4: ARL0 167.35 (Montgomery's table: 168), ARL1 at a 1σ shift 8.38;
// EWMA λ = 0.2, L = 3 with exact limits: ARL0 553.8, ARL1 at 1σ 9.88.
// Each check allows 4 Monte-Carlo standard errors of this test's own estimate.
describe("averageRunLength", () => {
  it("reproduces the in-control ARL0 of a two-sided CUSUM (k = 0.5, h = 4)", () => {
    const result = averageRunLength({
      detector: { kind: "cusum", options: { k: 0.5, h: 4 } },
      runs: 3000,
      rng: createRng("arl0-cusum"),
    });
    expect(result.censoredRuns).toBe(0);
    expect(Math.abs(result.averageRunLength - 167.35)).toBeLessThan(4 * result.standardError);
  });

  it("reproduces the out-of-control ARL1 of the CUSUM after a 1σ shift", () => {
    const result = averageRunLength({
      detector: { kind: "cusum", options: { k: 0.5, h: 4 } },
      shift: 1,
      runs: 3000,
      rng: createRng("arl1-cusum"),
    });
    expect(Math.abs(result.averageRunLength - 8.38)).toBeLessThan(4 * result.standardError);
  });

  it("reproduces the EWMA ARL0 and ARL1 (λ = 0.2, L = 3, exact limits)", () => {
    const inControl = averageRunLength({
      detector: { kind: "ewma", options: { lambda: 0.2, limitWidth: 3 } },
      runs: 1500,
      rng: createRng("arl0-ewma"),
    });
    expect(Math.abs(inControl.averageRunLength - 553.8)).toBeLessThan(4 * inControl.standardError);
    const shifted = averageRunLength({
      detector: { kind: "ewma", options: { lambda: 0.2, limitWidth: 3 } },
      shift: 1,
      runs: 3000,
      rng: createRng("arl1-ewma"),
    });
    expect(Math.abs(shifted.averageRunLength - 9.88)).toBeLessThan(4 * shifted.standardError);
  });

  it("shifts are measured in the detector's own σ and target", () => {
    const result = averageRunLength({
      detector: { kind: "cusum", options: { target: 100, standardDeviation: 10, k: 0.5, h: 4 } },
      shift: 1,
      runs: 2000,
      rng: createRng("scaled"),
    });
    expect(Math.abs(result.averageRunLength - 8.38)).toBeLessThan(4 * result.standardError);
  });

  it("counts runs cut at maxLength as censored", () => {
    const result = averageRunLength({
      detector: { kind: "cusum", options: { h: 50 } },
      runs: 3,
      maxLength: 10,
      rng: createRng(1),
    });
    expect(result.censoredRuns).toBe(3);
    expect(result.runLengths).toEqual([10, 10, 10]);
  });

  it("builds detectors from plain data and rejects bad options", () => {
    expect(createDetector({ kind: "ewma" }).update(0)).toBe(false);
    expect(() =>
      averageRunLength({ detector: { kind: "cusum" }, runs: 0, rng: createRng(1) }),
    ).toThrow(LabError);
    expect(() =>
      averageRunLength({ detector: { kind: "cusum" }, shift: NaN, rng: createRng(1) }),
    ).toThrow("averageRunLength requires a finite shift (got NaN)");
  });
});
