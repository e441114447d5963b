import { describe, expect, it } from "vitest";
import { resultTone, toneView } from "./result-tone";

describe("how a graded answer is shown", () => {
  it("shows a fully correct answer as correct even with reduced credit", () => {
    // Third attempt with one hint: 100% correct × 75% credit (see the credit rule in grade.ts).
    const tone = resultTone({ countsAsAttempt: true, rawScore: 1 });
    expect(tone).toBe("correct");
    expect(toneView[tone].className).toBe("callout-success");
  });

  it("keeps partial and wrong answers apart, and unread input ungraded", () => {
    expect(resultTone({ countsAsAttempt: true, rawScore: 0.5 })).toBe("partial");
    expect(resultTone({ countsAsAttempt: true, rawScore: 0 })).toBe("incorrect");
    expect(resultTone({ countsAsAttempt: false, rawScore: 0 })).toBe("not-graded");
  });
});
