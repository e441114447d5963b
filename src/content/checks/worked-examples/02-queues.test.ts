import { describe, expect, it } from "vitest";
import { outageRecovery, simulateQueue } from "../../../lab/index";
import { expectPrinted, passage, readLesson } from "./lesson-text";

const text = readLesson("02-features-entities-time.md");
const thousands = (value: number) => value.toLocaleString("en-US");

describe("lesson 2 worked examples: backlogs and Little's law", () => {
  const example = passage(text, "Events arrive at 400 per second");

  it("turns the consumer lag into the mean wait by Little's law", () => {
    // L = λW with L = 12,000 events and λ = 400 per second.
    expect(example).toContain(thousands(12_000));
    expectPrinted(example, 12_000 / 400, 0);
    // The law itself, on a simulated queue that starts and ends empty.
    const arrivals = [4, 4, 4, 4, 0, 0, 0, 0];
    const simulated = simulateQueue(arrivals, [2, 2, 2, 2, 2, 2, 2, 2]);
    expect(simulated.meanBacklog).toBeCloseTo(simulated.arrivalRate * simulated.meanWait, 12);
  });

  it("prints the outage's backlog, drain time, recovery time and longest wait", () => {
    const recovery = outageRecovery({ arrivalRate: 400, serviceRate: 1000, outageSeconds: 600 });
    expect(example).toContain(thousands(recovery.backlog));
    expectPrinted(example, 1000 - 400, 0);
    expect(example).toContain(`${recovery.drainSeconds} s`);
    expect(example).toContain(`${thousands(recovery.recoveredAfterSeconds)} s`);
    expect(example).toContain(`whole ${recovery.oldestWaitSeconds} s`);
  });

  it("sizes the quarantine and labelling queues", () => {
    const queues = passage(text, "The same law sizes the other queues");
    const quarantined = 0.02 * 50_000;
    expect(queues).toContain(`${thousands(quarantined)} rows a day`);
    expect(queues).toContain(`${thousands(quarantined * 2)} rows sit in quarantine`);
    expect(queues).toContain(`${thousands(300 * 5)} pending items`);
  });
});
