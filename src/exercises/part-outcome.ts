/**
 * The shared shape of one graded answer part, and the option-id helpers used by the choice,
 * multiple-selection and ordering graders.
 */

/** How a part fared. "not-graded": the part was readable but another part was blank or invalid. */
export type PartStatus = "correct" | "incorrect" | "invalid" | "blank" | "not-graded";

/** The outcome of grading one part on its own, before the submission-level rules apply. */
export interface PartOutcome {
  status: "correct" | "incorrect" | "invalid" | "blank";
  /** Credit in [0, 1] for this part (0 unless readable). */
  credit: number;
  /** Why the part is blank, invalid or incorrect, in plain words. */
  message?: string;
  /** What would have been accepted (range or reference), e.g. "accepted: 0.2257 to 0.2303". */
  accepted: string;
  /** Extra feedback lines (e.g. how an ambiguous "1,234" was read). */
  notes: string[];
  /** Whether this answer matches a known mistake's value (with the part's tolerance). */
  matches(value: unknown): boolean;
}

/**
 * The outcome of an unreadable part: blank or invalid, with its reason and no credit.
 *
 * @param blank - whether the part is blank (else invalid)
 * @param message - the reason in plain words
 * @param accepted - what would have been accepted
 * @returns an outcome with credit 0 that matches no mistake
 * @example
 * unreadable(true, "blank, not graded", "accepted: 1 to 2").status; // "blank"
 */
export function unreadable(blank: boolean, message: string, accepted: string): PartOutcome {
  return {
    status: blank ? "blank" : "invalid",
    credit: 0,
    message,
    accepted,
    notes: [],
    matches: () => false,
  };
}

/**
 * Finds an option by id: exact id first, then case-insensitive id, then case-insensitive label,
 * so that "Drift" or the option's label typed in the CLI still counts.
 *
 * @param options - the part's options (or ordering items)
 * @param typed - what was submitted
 * @returns the option's id, or undefined when nothing matches
 * @example
 * resolveOption([{ id: "drift", label: "Drift detected" }], "drift detected"); // "drift"
 */
export function resolveOption(
  options: { id: string; label: string }[],
  typed: string,
): string | undefined {
  const wanted = typed.trim();
  const lower = wanted.toLowerCase();
  return (
    options.find((option) => option.id === wanted) ??
    options.find((option) => option.id.toLowerCase() === lower) ??
    options.find((option) => option.label.trim().toLowerCase() === lower)
  )?.id;
}

/**
 * The invalid message for an unknown option id.
 *
 * @param typed - what was submitted
 * @param options - the part's options
 * @returns e.g. "'x' is not one of the options: a, b, c"
 * @example
 * unknownOptionMessage("x", [{ id: "a" }]); // "'x' is not one of the options: a"
 */
export function unknownOptionMessage(typed: string, options: { id: string }[]): string {
  return `'${typed}' is not one of the options: ${options.map((option) => option.id).join(", ")}`;
}

/**
 * The label of an option id, for feedback (the id itself when unknown).
 *
 * @param options - the part's options
 * @param id - an option id
 * @returns the option's label
 * @example
 * optionLabel([{ id: "ship", label: "Ship" }], "ship"); // "Ship"
 */
export function optionLabel(options: { id: string; label: string }[], id: string): string {
  return options.find((option) => option.id === id)?.label ?? id;
}

/**
 * Whether two lists hold the same ids, ignoring order and repeats.
 *
 * @param left - ids
 * @param right - ids
 * @returns true when the sets are equal
 * @example
 * sameSet(["a", "b"], ["b", "a", "a"]); // true
 */
export function sameSet(left: readonly string[], right: readonly string[]): boolean {
  const leftSet = new Set(left);
  const rightSet = new Set(right);
  return leftSet.size === rightSet.size && [...leftSet].every((id) => rightSet.has(id));
}
