import { describe, expect, it } from "vitest";
import { pieSlice } from "./progress-meter";

describe("the reading-progress pie", () => {
  it("fills from twelve o'clock clockwise, as a closed slice", () => {
    // A quarter ends at three o'clock; three quarters take the large arc and end at nine.
    expect(pieSlice(0.25, 9, 5)).toBe("M9 9V4A5 5 0 0 1 14 9Z");
    expect(pieSlice(0.75, 9, 5)).toBe("M9 9V4A5 5 0 1 1 4 9Z");
  });
});
