import { describe, expect, it } from "vitest";
import { detectionDelay } from "./detection-delay";
import { LabError } from "../core/errors";

describe("detectionDelay", () => {
  it("gives the run length alarm − change + 1 for an alarm at or after the change", () => {
    // a run length from the change, alarm included, as ARL₁ counts (see average-run-length.ts)
    expect(detectionDelay(112, 100)).toEqual({ outcome: "detected", delay: 13 });
    expect(detectionDelay(100, 100)).toEqual({ outcome: "detected", delay: 1 });
  });

  it("calls an alarm before the change a false alarm and no alarm a miss", () => {
    expect(detectionDelay(40, 100)).toEqual({ outcome: "false-alarm", delay: null });
    expect(detectionDelay(null, 100)).toEqual({ outcome: "missed", delay: null });
  });

  it("rejects non-integer indexes", () => {
    expect(() => detectionDelay(1.5, 3)).toThrow(LabError);
    expect(() => detectionDelay(1, -3)).toThrow(
      "detectionDelay requires changeIndex to be a non-negative integer (got -3)",
    );
  });
});
