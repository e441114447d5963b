/**
 * Roster ids: what a student types once on the assignment page and the gradebook matches on.
 */

/** The longest roster id accepted. */
export const maxRosterIdLength = 64;

/**
 * Checks a typed roster id: trimmed, 1 to 64 characters, no control characters, no spaces inside
 * (ids and e-mail addresses have none, and a stray space would silently split one student in two).
 *
 * @param text - what the student typed
 * @returns `{ id }` with the trimmed id, or `{ problem }` in plain words
 * @example
 * checkRosterId("  s1234567 "); // { id: "s1234567" }
 */
export function checkRosterId(text: string): { id: string } | { problem: string } {
  const id = text.trim();
  if (id === "") return { problem: "Enter your roster id (student number or e-mail)." };
  if (id.length > maxRosterIdLength) {
    return { problem: `A roster id has at most ${maxRosterIdLength} characters.` };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(id))
    return { problem: "A roster id has no control characters." };
  if (/\s/.test(id)) return { problem: "A roster id has no spaces." };
  return { id };
}
