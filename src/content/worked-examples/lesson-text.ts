import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const lessonsDirectory = fileURLToPath(new URL("../../../content/lessons/", import.meta.url));

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

/**
 * Asserts that `text` contains `value` printed with `decimals` decimals, so a lesson and the lab
 * can never disagree about a worked example. Throws with the missing string when it is absent.
 */
export function expectPrinted(text: string, value: number, decimals: number): void {
  const printed = formatFixed(value, decimals);
  if (!text.includes(printed)) {
    throw new Error(`expected the lesson to print ${printed} (lab value ${value})`);
  }
}
