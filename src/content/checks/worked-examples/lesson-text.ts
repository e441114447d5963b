import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const lessonsDirectory = fileURLToPath(new URL("../../../../content/lessons/", import.meta.url));

/**
 * Reads a lesson's Markdown source so a test can check that the numbers printed in a worked
 * example are the numbers the lab computes.
 */
export function readLesson(fileName: string): string {
  return readFileSync(lessonsDirectory + fileName, "utf8");
}

/**
 * Formats a number the way lessons print it: fixed decimals, with a plain hyphen-minus.
 */
export function formatFixed(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where `printed` occurs in `text` as a whole number: not inside a longer number (no digit or
 * decimal point just before it, no digit just after it), and, for a number without a sign, not
 * right after a minus sign, so that 0.50 is not found in 10.50, 0.505 or −0.50.
 */
export function findPrinted(text: string, printed: string): number {
  const before = printed.startsWith("-") ? "(?<![\\d.])" : "(?<![\\d.\\-−])";
  const pattern = new RegExp(`${before}${escapeForRegExp(printed)}(?!\\d)`);
  return text.search(pattern);
}

/**
 * Asserts that `text` prints `value` with `decimals` decimals as a whole number (see
 * {@link findPrinted}), so a lesson and the lab can never disagree about a worked example.
 * Pass a {@link passage} rather than the whole lesson to pin the number to its place.
 * Throws with the missing string when it is absent.
 */
export function expectPrinted(text: string, value: number, decimals: number): void {
  const printed = formatFixed(value, decimals);
  if (findPrinted(text, printed) < 0) {
    throw new Error(`expected the text to print ${printed} (lab value ${value})`);
  }
}

/**
 * The passage of a lesson that contains `anchor` (a phrase that occurs exactly once): its
 * paragraph, where paragraphs end at blank lines and every list item starts a new one. Tests
 * look numbers up in the passage so that a number printed elsewhere in the lesson cannot
 * satisfy them. Throws when the anchor is missing or ambiguous.
 */
export function passage(text: string, anchor: string): string {
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`the lesson has no passage containing "${anchor}"`);
  if (text.indexOf(anchor, start + 1) >= 0) {
    throw new Error(`the anchor "${anchor}" occurs more than once in the lesson`);
  }
  const lines = text.split("\n");
  const startsPassage = (line: string) => line.trim() === "" || /^\s*([-*]|\d+\.)\s/.test(line);
  let offset = 0;
  let anchorLine = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const length = (lines[index] as string).length + 1;
    if (offset + length > start) {
      anchorLine = index;
      break;
    }
    offset += length;
  }
  let first = anchorLine;
  while (first > 0 && !startsPassage(lines[first] as string)) first -= 1;
  let last = anchorLine + 1;
  while (last < lines.length && !startsPassage(lines[last] as string)) last += 1;
  return lines.slice(first, last).join("\n");
}
