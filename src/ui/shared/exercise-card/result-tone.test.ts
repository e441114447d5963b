import { describe, expect, it } from "vitest";
import { partStatusText, resultTone, toneView } from "./result-tone";

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

describe("a part's status under its field", () => {
  it("names the status in words and does not repeat it from the grader's message", () => {
    expect(partStatusText({ status: "blank", credit: 0, message: "blank, not graded" })).toEqual({
      name: "Blank",
      message: "not graded",
    });
    expect(
      partStatusText({
        status: "not-graded",
        credit: 0,
        message: "another part is blank or invalid",
      }),
    ).toEqual({ name: "Not graded", message: "another part is blank or invalid" });
    expect(
      partStatusText({ status: "invalid", credit: 0, message: "'0.5.3' is not a number" }),
    ).toEqual({ name: "Invalid", message: "'0.5.3' is not a number" });
    expect(partStatusText({ status: "correct", credit: 1 })).toEqual({
      name: "Correct",
      message: "",
    });
  });
});
