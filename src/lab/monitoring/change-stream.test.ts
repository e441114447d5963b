import { describe, expect, it } from "vitest";
import { generateChangeStream } from "./change-stream";
import { LabError } from "../core/errors";
import { createRng } from "../random/rng";

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe("generateChangeStream", () => {
  it("shifts the mean by `shift` standard deviations from changeIndex on", () => {
    const stream = generateChangeStream(createRng(11), {
      length: 40000,
      changeIndex: 20000,
      shift: 1.5,
      mean: 10,
      standardDeviation: 2,
    });
    expect(average(stream.slice(0, 20000))).toBeCloseTo(10, 1);
    expect(average(stream.slice(20000))).toBeCloseTo(13, 1);
  });

  it("ramps linearly when rampLength is set", () => {
    const ramp = generateChangeStream(createRng(12), {
      length: 3,
      changeIndex: 1,
      shift: 1000,
      rampLength: 2,
    });
    // Progress 0, 1/2, 1: means 0, 500, 1000 with unit noise.
    expect(Math.abs(ramp[1]! - 500)).toBeLessThan(6);
    expect(Math.abs(ramp[2]! - 1000)).toBeLessThan(6);
  });

  it("rejects bad options", () => {
    const rng = createRng(1);
    expect(() => generateChangeStream(rng, { length: 2.5, changeIndex: 0, shift: 1 })).toThrow(
      LabError,
    );
    expect(() =>
      generateChangeStream(rng, { length: 5, changeIndex: 0, shift: 1, standardDeviation: 0 }),
    ).toThrow("generateChangeStream requires a positive finite standardDeviation (got 0)");
  });
});
