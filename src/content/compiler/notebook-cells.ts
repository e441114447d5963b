import { parse } from "acorn";
import { z } from "zod";
import type { CellParam } from "../model/notebook-types";
import type { ProblemList } from "./content-error";
import { parseYaml } from "./front-matter";

const number = z.number().refine(Number.isFinite, "must be a finite number");
const numeric = {
  label: z.string().min(1),
  unit: z.string().optional(),
  min: number,
  max: number,
  step: number.positive(),
  default: number,
};

/** The declaration of one cell parameter (zod, strict: unknown keys are errors). */
export const cellParamSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("range"), ...numeric }).strict(),
  z.object({ kind: z.literal("number"), ...numeric }).strict(),
  z
    .object({
      kind: z.literal("select"),
      label: z.string().min(1),
      unit: z.string().optional(),
      options: z.array(z.string()).min(1),
      default: z.string(),
    })
    .strict(),
  z.object({ kind: z.literal("toggle"), label: z.string().min(1), default: z.boolean() }).strict(),
]);

const cellOptionsSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case"),
    title: z.string().min(1),
    lesson: z
      .string()
      .regex(/^[a-z0-9-]+(?:#[a-z0-9-]+)?$/, "must look like lesson-id#anchor")
      .optional(),
    params: z
      .record(
        z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, "must be a camelCase name"),
        cellParamSchema,
      )
      .optional(),
  })
  .strict();

/** A code cell read from a notebook file, before links are checked. */
export interface ParsedCodeCell {
  id: string;
  title: string;
  source: string;
  params: Record<string, CellParam>;
  lesson: string | undefined;
  /** File line of the first source line. */
  line: number;
}

/** A piece of a notebook file: Markdown between code cells, or a code cell. */
export type NotebookPiece =
  { kind: "markdown"; text: string; line: number } | { kind: "code"; cell: ParsedCodeCell };

const codeCellFence = /^```\{code-cell\}\s*javascript\s*$/;

function checkParams(
  params: Record<string, CellParam>,
  file: string,
  line: number,
  problems: ProblemList,
): void {
  for (const [name, param] of Object.entries(params)) {
    if (param.kind !== "range" && param.kind !== "number") {
      if (param.kind === "select" && !param.options.includes(param.default)) {
        problems.add(
          file,
          line,
          "cell-params",
          `param "${name}": default "${param.default}" is not one of its options`,
        );
      }
      continue;
    }
    if (param.min >= param.max)
      problems.add(file, line, "cell-params", `param "${name}": min must be below max`);
    if (param.default < param.min || param.default > param.max) {
      problems.add(
        file,
        line,
        "cell-params",
        `param "${name}": default ${param.default} is outside [${param.min}, ${param.max}]`,
      );
    }
  }
}

function checkSyntax(source: string, file: string, firstLine: number, problems: ProblemList): void {
  try {
    parse(`(async function () {\n${source}\n})`, { ecmaVersion: "latest", sourceType: "script" });
  } catch (error) {
    // Acorn counts lines of the wrapped source (one line before the cell's) and columns from 0.
    const location = (error as { loc?: { line: number; column: number } }).loc;
    const message =
      error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
    problems.add(
      file,
      location ? { line: firstLine + location.line - 2, column: location.column + 1 } : firstLine,
      "cell-syntax",
      `syntax error in code cell: ${message}`,
    );
  }
}

/**
 * Splits a jupytext/MyST notebook body into Markdown pieces and ```{code-cell} javascript
 * blocks, whose YAML option block (between `---` lines) declares id, title, lesson and params.
 * Every problem is reported at its file line.
 */
export function parseNotebookPieces(
  body: string,
  file: string,
  bodyStartLine: number,
  problems: ProblemList,
): NotebookPiece[] {
  const lines = body.split("\n");
  const pieces: NotebookPiece[] = [];
  let markdown: string[] = [];
  let markdownLine = bodyStartLine;
  const flushMarkdown = () => {
    const text = markdown.join("\n").trim();
    if (text) pieces.push({ kind: "markdown", text: markdown.join("\n"), line: markdownLine });
    markdown = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (!codeCellFence.test(line)) {
      if (markdown.length === 0) markdownLine = bodyStartLine + index;
      markdown.push(line);
      continue;
    }
    flushMarkdown();
    const fenceLine = bodyStartLine + index;
    const end = lines.findIndex(
      (candidate, position) => position > index && /^```\s*$/.test(candidate),
    );
    if (end < 0) {
      problems.add(file, fenceLine, "cell-unclosed", "code cell is never closed with ```");
      return pieces;
    }
    const inner = lines.slice(index + 1, end);
    let optionsEnd = -1;
    if (inner[0]?.trim() === "---")
      optionsEnd = inner.findIndex(
        (candidate, position) => position > 0 && candidate.trim() === "---",
      );
    if (optionsEnd < 0) {
      problems.add(
        file,
        fenceLine,
        "cell-options",
        "code cell needs a --- YAML block with at least id and title",
      );
      index = end;
      continue;
    }
    const yaml = parseYaml(inner.slice(1, optionsEnd).join("\n"), file, problems, fenceLine + 2);
    const options = cellOptionsSchema.safeParse(yaml?.data ?? {});
    const source = inner.slice(optionsEnd + 1).join("\n");
    const sourceLine = fenceLine + optionsEnd + 2;
    if (!options.success) {
      for (const issue of options.error.issues) {
        problems.add(
          file,
          fenceLine,
          "cell-options",
          `code cell option ${issue.path.join(".") || ""}: ${issue.message}`.replace(
            "option : ",
            "options: ",
          ),
        );
      }
    } else {
      const params = (options.data.params ?? {}) as Record<string, CellParam>;
      checkParams(params, file, fenceLine, problems);
      checkSyntax(source, file, sourceLine, problems);
      pieces.push({
        kind: "code",
        cell: {
          id: options.data.id,
          title: options.data.title,
          source,
          params,
          lesson: options.data.lesson,
          line: sourceLine,
        },
      });
    }
    index = end;
  }
  flushMarkdown();
  return pieces;
}

/** The default value of every declared parameter: what a cell runs with before anyone moves a control. */
export function defaultParams(
  params: Record<string, CellParam>,
): Record<string, number | string | boolean> {
  return Object.fromEntries(Object.entries(params).map(([name, param]) => [name, param.default]));
}
