import { describe, expect, it } from "vitest";
import { LabError } from "../core/errors";
import { outageRecovery, simulateQueue } from "./queues";

describe("outageRecovery", () => {
  it("computes backlog, drain time and the longest wait of the fluid model", () => {
    // 400 items/s for 600 s → 240,000 waiting; drained at 1000 − 400 = 600 net per second.
    expect(outageRecovery({ arrivalRate: 400, serviceRate: 1000, outageSeconds: 600 })).toEqual({
      backlog: 240_000,
      drainSeconds: 400,
      recoveredAfterSeconds: 1000,
      oldestWaitSeconds: 600,
    });
  });

  it("agrees with the step simulation of the same outage", () => {
    const steps = 1200;
    const arrivals = Array.from({ length: steps }, () => 4);
    const capacity = Array.from({ length: steps }, (_, step) => (step < 60 ? 0 : 10));
    const simulated = simulateQueue(arrivals, capacity);
    const fluid = outageRecovery({ arrivalRate: 4, serviceRate: 10, outageSeconds: 60 });
    expect(simulated.backlog[59]).toBe(fluid.backlog);
    // Empty again at the end of step 60 + 40 − 1: the drain takes 40 steps.
    expect(simulated.backlog.findIndex((value, step) => step >= 60 && value === 0)).toBe(
      60 + fluid.drainSeconds - 1,
    );
    expect(Math.max(...simulated.oldestAge)).toBe(fluid.oldestWaitSeconds - 1);
  });

  it("refuses a consumer that can never catch up, and bad numbers", () => {
    expect(() => outageRecovery({ arrivalRate: 5, serviceRate: 5, outageSeconds: 1 })).toThrow(
      /never drains/,
    );
    expect(() => outageRecovery({ arrivalRate: -1, serviceRate: 5, outageSeconds: 1 })).toThrow(
      LabError,
    );
  });
});

describe("simulateQueue", () => {
  it("serves first in first out and records waits", () => {
    const result = simulateQueue([2, 0, 0], [1, 1, 1]);
    expect(result.backlog).toEqual([1, 0, 0]);
    expect(result.oldestAge).toEqual([0, 0, 0]);
    expect(result.meanWait).toBe(0.5);
    expect(result.served).toBe(2);
  });

  it("satisfies Little's law exactly when the queue ends empty", () => {
    const arrivals = [3, 1, 0, 4, 2, 0, 0, 5, 1, 0, 0, 0, 0, 0];
    const capacity = [1, 2, 1, 2, 1, 3, 0, 2, 2, 2, 2, 2, 2, 2];
    const result = simulateQueue(arrivals, capacity);
    expect(result.waiting).toBe(0);
    expect(result.meanBacklog).toBeCloseTo(result.arrivalRate * result.meanWait, 12);
    // By hand: total waiting is the sum of the backlogs, 2+1+0+2+3+0+0+3+2+0+… = 13.
    expect(result.backlog.reduce((total, value) => total + value, 0)).toBe(13);
  });

  it("says what is wrong with bad input", () => {
    expect(() => simulateQueue([], [])).toThrow(/same, non-zero length/);
    expect(() => simulateQueue([1, 2], [1])).toThrow(LabError);
    expect(() => simulateQueue([1.5], [1])).toThrow(/integer/);
  });
});
