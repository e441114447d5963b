import { LineCounter, parseDocument } from "yaml";
import type { ProblemList } from "./content-error";

/** A Markdown file split into its YAML front matter and its body. */
export interface SplitSource {
  data: unknown;
  body: string;
  /** Line number (1-based) in the file of the body's first line. */
  bodyStartLine: number;
  /** Line (1-based) in the file where each top-level front-matter key is written. */
  keyLines: Map<string, number>;
}

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?(?:\n|$)/;

/**
 * Parses YAML text, reporting syntax errors at their line in `file` (offset by `firstLine - 1`).
 * Returns undefined when the YAML is invalid.
 */
export function parseYaml(
  text: string,
  file: string,
  problems: ProblemList,
  firstLine = 1,
): { data: unknown; keyLines: Map<string, number> } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      problems.add(
        file,
        { line: line + firstLine - 1, column: col },
        "yaml-syntax",
        `invalid YAML: ${error.message.split("\n")[0]}`,
      );
    }
    return undefined;
  }
  const keyLines = new Map<string, number>();
  const contents = document.contents;
  if (contents && "items" in contents) {
    for (const item of contents.items) {
      if (item && typeof item === "object" && "key" in item) {
        const key = item.key as { value?: unknown; range?: [number, number, number] } | null;
        if (key && typeof key.value === "string" && key.range) {
          keyLines.set(key.value, lineCounter.linePos(key.range[0]).line + firstLine - 1);
        }
      }
    }
  }
  return { data: document.toJS(), keyLines };
}

/** Splits `---` fenced front matter from a Markdown file. */
export function splitFrontMatter(
  source: string,
  file: string,
  problems: ProblemList,
): SplitSource | undefined {
  const match = fence.exec(source);
  if (!match) {
    problems.add(
      file,
      1,
      "front-matter-missing",
      "missing front matter: the file must start with a --- fenced YAML block",
    );
    return undefined;
  }
  const yamlText = match[1] ?? "";
  const parsed = parseYaml(yamlText, file, problems, 2);
  if (!parsed) return undefined;
  // The body starts on the line after the closing fence.
  const newlines = match[0].split("\n").length - 1;
  return {
    data: parsed.data,
    body: source.slice(match[0].length),
    bodyStartLine: newlines + 1,
    keyLines: parsed.keyLines,
  };
}
