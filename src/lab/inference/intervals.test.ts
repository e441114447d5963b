import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixture from "../__fixtures__/scipy-reference.json";
import { expectClose } from "../__fixtures__/expect-close";
import { LabError } from "../core/errors";
import { clopperPearsonInterval, wilsonInterval } from "./intervals";

describe("proportion intervals", () => {
  it("match scipy.stats.beta.ppf/isf (Clopper-Pearson) and the Wilson formula", () => {
    // Expected: scripts/lab-fixtures.py (statsmodels' formulas evaluated with scipy)
    for (const c of fixture.intervals) {
      const [cpLow, cpHigh] = clopperPearsonInterval(c.successes, c.total, c.confidence);
      expectClose(cpLow, c.clopperPearson[0]!, 1e-11, 1e-300, `CP low ${c.successes}/${c.total}`);
      expectClose(cpHigh, c.clopperPearson[1]!, 1e-11, 0, `CP high ${c.successes}/${c.total}`);
      const [wilsonLow, wilsonHigh] = wilsonInterval(c.successes, c.total, c.confidence);
      expectClose(wilsonLow, c.wilson[0]!, 1e-12, 1e-15, `Wilson low ${c.successes}/${c.total}`);
      expectClose(wilsonHigh, c.wilson[1]!, 1e-12, 0, `Wilson high ${c.successes}/${c.total}`);
    }
  });

  it("has exact ends for 0 and n successes", () => {
    expect(wilsonInterval(0, 10)[0]).toBe(0);
    expect(wilsonInterval(10, 10)[1]).toBe(1);
    expect(clopperPearsonInterval(0, 10)[0]).toBe(0);
    expect(clopperPearsonInterval(10, 10)[1]).toBe(1);
  });

  it("Wilson contains the point estimate (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        (total, fraction, confidence) => {
          const successes = Math.round(fraction * total);
          const [low, high] = wilsonInterval(successes, total, confidence);
          const share = successes / total;
          return (
            low <= share + 1e-15 && share <= high + 1e-15 && low >= -1e-15 && high <= 1 + 1e-15
          );
        },
      ),
    );
  });

  it("rejects bad counts and confidence levels", () => {
    expect(() => wilsonInterval(5, 4)).toThrow(
      new LabError("wilsonInterval requires successes <= total (found 5 and 4)"),
    );
    expect(() => clopperPearsonInterval(1, 4, 1)).toThrow(
      "clopperPearsonInterval requires confidence in (0, 1) (found 1)",
    );
    expect(() => wilsonInterval(1, 0)).toThrow(
      "wilsonInterval requires total to be an integer >= 1 (found 0)",
    );
  });
});
