import { describe, expect, it } from "vitest";
import { controlLimits } from "../../lab/index";
import { grade } from "../grade";
import { referenceAsRawAnswer } from "../practice";
import { controlLimitsAlerts } from "./control-limits-alerts";

const seeds = Array.from({ length: 50 }, (_, index) => index + 1);
const fresh = { attempts: 0, hintsUsed: 0 };

describe("control-limits-alerts: the limit's tolerance is tight relative to sigma", () => {
  it("gives the reference mean and mean − 1σ no credit for the limit (seed 2 was full credit)", () => {
    for (const seed of seeds) {
      const instance = controlLimitsAlerts.generate(seed);
      const limits = controlLimits(instance.params.referenceAccuracy);
      const reference = referenceAsRawAnswer(controlLimitsAlerts, instance);
      for (const wrong of [limits.center, limits.center - limits.standardDeviation]) {
        const result = grade(
          controlLimitsAlerts,
          seed,
          { ...reference, lower: String(wrong) },
          fresh,
        );
        expect({ seed, credit: result.parts.lower?.credit }).toEqual({ seed, credit: 0 });
      }
    }
  });

  it("accepts at most a tenth of sigma either side of the limit", () => {
    const part = controlLimitsAlerts.answer.lower;
    if (part.kind !== "number") throw new Error("lower is a number part");
    for (const seed of seeds) {
      const instance = controlLimitsAlerts.generate(seed);
      const limits = controlLimits(instance.params.referenceAccuracy);
      const reference = referenceAsRawAnswer(controlLimitsAlerts, instance);
      const off = limits.lower - 0.1 * limits.standardDeviation;
      const result = grade(controlLimitsAlerts, seed, { ...reference, lower: String(off) }, fresh);
      expect({ seed, credit: result.parts.lower?.credit }).toEqual({ seed, credit: 0 });
    }
  });
});
