/**
 * Dispatching one answer part to the grader of its kind, after checking that the exercise's
 * reference value fits the part.
 */

import { gradeChoice, gradeMultiple, gradeOrdering } from "./grade-choices";
import { gradeNumber, gradeTable } from "./grade-numeric";
import type { PartOutcome } from "./part-outcome";
import type { AnswerPart } from "./types";

/**
 * Grades one part on its own against its reference value.
 *
 * @param name - the part's name in the answer spec
 * @param part - the part
 * @param raw - the submitted value (string or list of strings; undefined when missing)
 * @param reference - the part's reference value from `solve`
 * @returns the part's outcome (status, credit, message, accepted, mistake matcher)
 * @throws {Error} "grade requires a ... reference for part '...'" when the reference does not fit
 * @example
 * gradePart("decision", { kind: "decision", label: "D", options: [{ id: "ship", label: "Ship" }] }, "ship", "ship").credit; // 1
 */
export function gradePart(
  name: string,
  part: AnswerPart,
  raw: unknown,
  reference: unknown,
): PartOutcome {
  const wrongReference = (expected: string): never => {
    throw new Error(`grade requires a ${expected} reference for part '${name}'`);
  };
  const isIdList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((id) => typeof id === "string");
  switch (part.kind) {
    case "number":
      if (typeof reference !== "number" || !Number.isFinite(reference))
        wrongReference("finite number");
      return gradeNumber(raw, reference as number, part.tolerance);
    case "choice":
    case "decision":
      if (typeof reference !== "string") wrongReference("option id");
      return gradeChoice(raw, reference as string, part.options);
    case "multiple":
      if (!isIdList(reference)) wrongReference("list of option ids");
      return gradeMultiple(raw, reference as string[], part.options);
    case "ordering":
      if (!isIdList(reference)) wrongReference("list of item ids");
      return gradeOrdering(raw, reference as string[], part.items);
    case "table":
      if (!Array.isArray(reference) || reference.length !== part.rowLabels.length) {
        wrongReference(`list of ${part.rowLabels.length} cells`);
      }
      return gradeTable(raw, reference as (number | string | null)[], part);
  }
}
