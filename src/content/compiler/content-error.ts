import type { VFile } from "vfile";

/** A problem in authored content: where it is (`file:line:column`), which rule it breaks, and why. */
export interface ContentProblem {
  file: string;
  line: number;
  /** 1-based; 1 when only the line is known. */
  column: number;
  /** The check that found it (`unknown-eqref`, `broken-link`, …), stable for filtering. */
  ruleId: string;
  message: string;
}

/** A located problem from a layer that reports no column or rule (the course layer's). */
export type LocatedProblem = Pick<ContentProblem, "file" | "line" | "message"> &
  Partial<Pick<ContentProblem, "column" | "ruleId">>;

/**
 * Formats a problem the way compilers do, `file:line:column: message [rule-id]`, so editors can
 * jump to it.
 */
export function formatProblem(problem: LocatedProblem): string {
  const column = problem.column === undefined ? "" : `:${problem.column}`;
  const rule = problem.ruleId === undefined ? "" : ` [${problem.ruleId}]`;
  return `${problem.file}:${problem.line}${column}: ${problem.message}${rule}`;
}

/** Thrown when content does not compile; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** A place in a file: a line, or a line and column (both 1-based); unknown parts count as 1. */
export type Place = number | { line?: number | undefined; column?: number | undefined } | undefined;

/** Collects problems while a compile pass runs, then throws them together. */
export class ProblemList {
  readonly problems: ContentProblem[] = [];

  add(file: string, place: Place, ruleId: string, message: string): void {
    const { line, column } = typeof place === "number" ? { line: place, column: 1 } : (place ?? {});
    this.problems.push({ file, line: line ?? 1, column: column ?? 1, ruleId, message });
  }

  /**
   * Takes over a parsed file's messages (the Markdown plugins report on the file they work on),
   * in the order they appear in the file rather than the order the plugins ran in.
   */
  addMessages(file: VFile): void {
    const inFileOrder = [...file.messages].sort(
      (a, b) => (a.line ?? 1) - (b.line ?? 1) || (a.column ?? 1) - (b.column ?? 1),
    );
    for (const message of inFileOrder) {
      this.add(
        message.file || file.path,
        { line: message.line, column: message.column },
        message.ruleId ?? "content",
        message.reason,
      );
    }
    file.messages = [];
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new ContentError(this.problems);
  }
}
