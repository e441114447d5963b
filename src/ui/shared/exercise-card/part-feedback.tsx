import type { PartGrade } from "../../../exercises/grade-types";
import { partStatusText } from "./result-tone";

/**
 * The line under an answer field after a submission: the part's status in words, the grader's
 * message and, when `showAccepted`, what was accepted. Shared by the practice and assignment
 * cards.
 */
export function PartFeedback({ part, showAccepted }: { part: PartGrade; showAccepted: boolean }) {
  const { name, message } = partStatusText(part);
  return (
    <p className={`part-feedback part-${part.status}`} role="status">
      <strong>{name}</strong>
      {message ? `: ${message}` : ""}
      {part.accepted && showAccepted ? ` (${part.accepted})` : ""}
    </p>
  );
}
