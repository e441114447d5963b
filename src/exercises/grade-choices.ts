/**
 * Grading choice and decision parts (one option), multiple selections (net-correct credit) and
 * orderings (share of items in their correct position).
 */

import type { PartOutcome } from "./part-outcome";
import {
  optionLabel,
  resolveOption,
  sameSet,
  unknownOptionMessage,
  unreadable,
} from "./part-outcome";

type Option = { id: string; label: string };

/**
 * Grades a choice or decision part: the submitted option must be the reference option.
 *
 * @param raw - the submitted option id (or label)
 * @param reference - the correct option id
 * @param options - the part's options
 * @returns the outcome; invalid for an unknown option, blank when missing or empty
 * @example
 * gradeChoice("hold", "ship", [{ id: "ship", label: "Ship" }, { id: "hold", label: "Hold" }]).credit; // 0
 */
export function gradeChoice(raw: unknown, reference: string, options: Option[]): PartOutcome {
  const accepted = `accepted: ${optionLabel(options, reference)}`;
  if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
    return unreadable(true, "blank, not graded", accepted);
  }
  if (typeof raw !== "string") return unreadable(false, "expected one option id", accepted);
  const chosen = resolveOption(options, raw);
  if (chosen === undefined)
    return unreadable(false, unknownOptionMessage(raw.trim(), options), accepted);
  const correct = chosen === reference;
  return {
    status: correct ? "correct" : "incorrect",
    credit: correct ? 1 : 0,
    ...(correct ? {} : { message: `${optionLabel(options, chosen)} is not the answer` }),
    accepted,
    notes: [],
    matches: (value) => value === chosen,
  };
}

/** Resolves a list of typed ids, or returns the first one that is not an option. */
function resolveAll(raw: string[], options: Option[]): { ids: string[] } | { unknown: string } {
  const ids: string[] = [];
  for (const typed of raw) {
    const id = resolveOption(options, typed);
    if (id === undefined) return { unknown: typed.trim() };
    ids.push(id);
  }
  return { ids };
}

/** The id of an explicit "none of these" option; it cannot be selected together with others. */
export const noneOptionId = "none";

/**
 * Grades a multiple-selection part with PrairieLearn's pl-checkbox "net-correct" partial credit
 * (PrairieLearn documentation, elements/pl-checkbox, "Partial credit grading"; formerly
 * `partial-credit="true"`, method "PC"): each right selection adds a point and each wrong
 * selection takes one away, divided by the number of right options and floored at 0. Where the wrong options are fewer than the right ones,
 * a wrong selection costs |right| / |wrong| points, so that ticking every option always earns 0.
 * An empty selection is blank (not graded, not an attempt); an explicit "none" option ticked
 * together with others is a contradiction, hence invalid rather than wrong.
 *
 * @param raw - the submitted option ids
 * @param reference - the correct option ids (not empty: a "none" answer is the "none" option)
 * @param options - the part's options
 * @returns the outcome; blank for an empty list, invalid for an unknown option, a non-list or a
 *   contradictory selection
 * @example
 * gradeMultiple(["a", "c"], ["a", "b"], [{ id: "a", label: "A" }, { id: "b", label: "B" }, { id: "c", label: "C" }]).credit; // 0
 */
export function gradeMultiple(raw: unknown, reference: string[], options: Option[]): PartOutcome {
  const described = reference.map((id) => optionLabel(options, id)).join(", ");
  const accepted = `accepted: ${reference.length === 0 ? "none of the options" : described}`;
  const noneOption = options.find((option) => option.id === noneOptionId);
  const blankMessage =
    noneOption === undefined
      ? "blank, not graded: select at least one option"
      : `blank, not graded: select at least one option ("${noneOption.label}" if none applies)`;
  if (raw === undefined) return unreadable(true, blankMessage, accepted);
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== "string")) {
    return unreadable(false, "expected a list of option ids", accepted);
  }
  const resolved = resolveAll(raw as string[], options);
  if ("unknown" in resolved)
    return unreadable(false, unknownOptionMessage(resolved.unknown, options), accepted);
  const selected = new Set(resolved.ids);
  if (selected.size === 0) return unreadable(true, blankMessage, accepted);
  if (noneOption !== undefined && selected.has(noneOptionId) && selected.size > 1) {
    return unreadable(
      false,
      `"${noneOption.label}" contradicts the other selections: choose either it or the others`,
      accepted,
    );
  }
  const wanted = new Set(reference);
  const right = [...selected].filter((id) => wanted.has(id)).length;
  const wrong = selected.size - right;
  // "None" cannot be ticked with others, so it is not among the wrong options one could add.
  const wrongOptions = options.filter(
    (option) => !wanted.has(option.id) && option.id !== noneOptionId,
  ).length;
  const cost = wrongOptions > 0 ? Math.max(1, wanted.size / wrongOptions) : 1;
  const correct = wrong === 0 && right === wanted.size;
  const credit = correct
    ? 1
    : wanted.size === 0
      ? 0
      : Math.max(0, Math.min(1, (right - cost * wrong) / wanted.size));
  const missing = wanted.size - right;
  return {
    status: correct ? "correct" : "incorrect",
    credit,
    ...(correct
      ? {}
      : {
          message: `${missing} missing and ${wrong} wrong selection(s); each wrong selection cancels a right one`,
        }),
    accepted,
    notes: [],
    matches: (value) => Array.isArray(value) && sameSet(value as string[], [...selected]),
  };
}

/**
 * Grades an ordering part. The answer must list every item exactly once (otherwise it is
 * invalid, not wrong); credit is the share of positions holding the reference's item there.
 *
 * @param raw - the submitted item ids, first to last
 * @param reference - the correct order
 * @param items - the part's items
 * @returns the outcome; blank for an empty list, invalid for unknown, missing or repeated items
 * @example
 * gradeOrdering(["b", "a"], ["a", "b"], [{ id: "a", label: "A" }, { id: "b", label: "B" }]).credit; // 0
 */
export function gradeOrdering(raw: unknown, reference: string[], items: Option[]): PartOutcome {
  const accepted = `accepted: ${reference.map((id) => optionLabel(items, id)).join(" → ")}`;
  if (raw === undefined) return unreadable(true, "blank, not graded", accepted);
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== "string")) {
    return unreadable(false, "expected a list of item ids in order", accepted);
  }
  const resolved = resolveAll(raw as string[], items);
  if ("unknown" in resolved)
    return unreadable(false, unknownOptionMessage(resolved.unknown, items), accepted);
  const order = resolved.ids;
  if (order.length === 0 && items.length > 0)
    return unreadable(true, "blank, not graded", accepted);
  const missing = items.filter((item) => !order.includes(item.id)).map((item) => item.id);
  if (missing.length > 0 || new Set(order).size !== order.length) {
    const detail = missing.length > 0 ? `missing ${missing.join(", ")}` : "an item is repeated";
    return unreadable(false, `list each item exactly once (${detail})`, accepted);
  }
  const placed = order.filter((id, position) => reference[position] === id).length;
  const credit = items.length === 0 ? 1 : placed / items.length;
  const correct = placed === items.length;
  return {
    status: correct ? "correct" : "incorrect",
    credit,
    ...(correct ? {} : { message: `${placed} of ${items.length} items in the right position` }),
    accepted,
    notes: [],
    matches: (value) =>
      Array.isArray(value) &&
      value.length === order.length &&
      order.every((id, at) => value[at] === id),
  };
}
