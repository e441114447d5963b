import type { CellError } from "./contract";

/** Lines the Function constructor adds before the body: `async function anonymous(…\n) {\n`. */
const wrapperLines = 2;

/**
 * Finds the cell line of a runtime error from its stack, which names the evaluated function
 * (`<anonymous>:LINE:COLUMN` in V8, `Function:LINE` elsewhere).
 */
export function runtimeErrorLine(error: unknown, marker: string): number | undefined {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  for (const line of stack.split("\n")) {
    const match = line.includes(marker) ? /:(\d+):\d+\)?\s*$/.exec(line) : null;
    if (match) return Number(match[1]) - wrapperLines;
  }
  const anonymous = /<anonymous>:(\d+):\d+/.exec(stack);
  return anonymous ? Number(anonymous[1]) - wrapperLines : undefined;
}

/** Locates a syntax error with a real parser (loaded only when a cell fails to compile). */
export async function syntaxErrorLine(source: string): Promise<number | undefined> {
  const { parse } = await import("acorn");
  try {
    parse(`(async function () {\n${source}\n})`, { ecmaVersion: "latest", sourceType: "script" });
  } catch (error) {
    const location = (error as { loc?: { line: number } }).loc;
    return location ? location.line - 1 : undefined;
  }
  return undefined;
}

/** The error as data the page can show. */
export function describeError(error: unknown, line: number | undefined): CellError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message.replace(/\s*\(\d+:\d+\)$/, ""), line };
  }
  return { name: "Error", message: String(error), line };
}
