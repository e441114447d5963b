/**
 * Grading choice and decision parts (one option), multiple selections (Jaccard credit) and
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
 * Lesson concept: decisions (drift or not, ship or hold, compatible or not, root cause).
 *
 * @param raw - the submitted option id (or label)
 * @param reference - the correct option id
 * @param options - the part's options
 * @returns the outcome; invalid for an unknown option, blank when missing or empty
 * @throws never
 * @example
 * gradeChoice("hold", "ship", [{ id: "ship", label: "Ship" }, { id: "hold", label: "Hold" }]).credit; // 0
 */
export function gradeChoice(raw: unknown, reference: string, options: Option[]): PartOutcome {
  const accepted = `accepted: ${optionLabel(options, reference)} (${reference})`;
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

/**
 * Grades a multiple-selection part. Credit is the Jaccard index |S ∩ R| / |S ∪ R| of the selected
 * set S and the reference set R (1 when both are empty), so each missed or extra option costs
 * credit and "select everything" earns only |R| / |options|. An empty list is a real answer
 * ("none of these"); only a missing part is blank.
 *
 * Lesson concept: rebuild sets in a lineage graph (partial credit for a partly right set).
 *
 * @param raw - the submitted option ids
 * @param reference - the correct option ids
 * @param options - the part's options
 * @returns the outcome; invalid for an unknown option or a non-list
 * @throws never
 * @example
 * gradeMultiple(["a"], ["a", "b"], [{ id: "a", label: "A" }, { id: "b", label: "B" }]).credit; // 0.5
 */
export function gradeMultiple(raw: unknown, reference: string[], options: Option[]): PartOutcome {
  const described = reference.map((id) => optionLabel(options, id)).join(", ");
  const accepted = `accepted: ${reference.length === 0 ? "none of the options" : described}`;
  if (raw === undefined) return unreadable(true, "blank, not graded", accepted);
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== "string")) {
    return unreadable(false, "expected a list of option ids", accepted);
  }
  const resolved = resolveAll(raw as string[], options);
  if ("unknown" in resolved)
    return unreadable(false, unknownOptionMessage(resolved.unknown, options), accepted);
  const selected = new Set(resolved.ids);
  const wanted = new Set(reference);
  const overlap = [...selected].filter((id) => wanted.has(id)).length;
  const union = new Set([...selected, ...wanted]).size;
  const credit = union === 0 ? 1 : overlap / union;
  const correct = credit === 1;
  const missing = [...wanted].filter((id) => !selected.has(id)).length;
  const extra = selected.size - overlap;
  return {
    status: correct ? "correct" : "incorrect",
    credit,
    ...(correct ? {} : { message: `${missing} missing and ${extra} extra selection(s)` }),
    accepted,
    notes: [],
    matches: (value) => Array.isArray(value) && sameSet(value as string[], [...selected]),
  };
}

/**
 * Grades an ordering part. The answer must list every item exactly once (otherwise it is
 * invalid, not wrong); credit is the share of positions holding the reference's item there.
 *
 * Lesson concept: upgrade order under a schema compatibility mode.
 *
 * @param raw - the submitted item ids, first to last
 * @param reference - the correct order
 * @param items - the part's items
 * @returns the outcome; invalid for unknown, missing or repeated items
 * @throws never
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
