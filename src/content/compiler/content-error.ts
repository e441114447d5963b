/** A problem in authored content, located at `file:line`. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** Formats a problem the way compilers do, so editors can jump to it. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
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

/** Collects problems while a compile pass runs, then throws them together. */
export class ProblemList {
  readonly problems: ContentProblem[] = [];

  add(file: string, line: number | undefined, message: string): void {
    this.problems.push({ file, line: line ?? 1, message });
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new ContentError(this.problems);
  }
}
