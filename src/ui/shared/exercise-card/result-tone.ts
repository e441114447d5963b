import type { PartGrade } from "../../../exercises/grade-types";
import type { PartStatus } from "../../../exercises/part-outcome";

/** How a graded submission is shown: by how correct the answer is, not by the credit it earns. */
export type ResultTone = "correct" | "partial" | "incorrect" | "not-graded";

/**
 * A fully correct answer is shown as correct even when earlier attempts or hints lower its
 * credit (the credit arithmetic is shown beside it); wrong parts make it partial or incorrect.
 */
export function resultTone(result: { countsAsAttempt: boolean; rawScore: number }): ResultTone {
  if (!result.countsAsAttempt) return "not-graded";
  if (result.rawScore >= 1) return "correct";
  return result.rawScore > 0 ? "partial" : "incorrect";
}

/** The callout class and headline for each tone. */
export const toneView: Record<ResultTone, { className: string; headline: string }> = {
  correct: { className: "callout-success", headline: "Correct" },
  partial: { className: "", headline: "Partly correct" },
  incorrect: { className: "callout-error", headline: "Not correct yet" },
  "not-graded": { className: "", headline: "Not graded" },
};

const partStatusNames: Record<PartStatus, string> = {
  correct: "Correct",
  incorrect: "Incorrect",
  invalid: "Invalid",
  blank: "Blank",
  "not-graded": "Not graded",
};

/**
 * A part's grade as its card writes it: the status's name, then the grader's message without a
 * repeat of it ("blank, not graded" under "Blank" reads "not graded").
 */
export function partStatusText(grade: PartGrade): { name: string; message: string } {
  const status = new RegExp(`^${grade.status.replace("-", "[- ]")}[,:]\\s*`, "i");
  return {
    name: partStatusNames[grade.status],
    message: (grade.message ?? "").replace(status, ""),
  };
}
