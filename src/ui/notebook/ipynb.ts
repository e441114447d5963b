import type { CompiledNotebook } from "../../content/notebook-types";

/** Splits text into nbformat's list of lines, each keeping its newline. */
function lines(text: string): string[] {
  const parts = text.split("\n");
  return parts
    .map((line, index) => (index < parts.length - 1 ? `${line}\n` : line))
    .filter((line) => line !== "");
}

/**
 * The notebook as a valid nbformat 4 `.ipynb` (Markdown and JavaScript code cells, no outputs),
 * with the reader's edits applied. Parameters become a `params` object at the top of each cell.
 */
export function toIpynb(
  notebook: CompiledNotebook,
  sourceOf: (cellId: string) => string,
  paramsOf: (cellId: string) => Record<string, unknown>,
): string {
  const cells = notebook.cells.map((cell) => {
    if (cell.kind === "markdown")
      return {
        cell_type: "markdown",
        id: `md-${notebook.cells.indexOf(cell)}`,
        metadata: {},
        source: lines(cell.source),
      };
    const params = paramsOf(cell.id);
    const header =
      Object.keys(params).length > 0
        ? `// Parameters (sliders in the web notebook)\nconst params = ${JSON.stringify(params, null, 2)};\nconst seed = 1;\n\n`
        : "const seed = 1;\n\n";
    return {
      cell_type: "code",
      id: cell.id,
      metadata: {
        title: cell.title,
        ...(cell.lesson
          ? { lesson: `${cell.lesson.id}${cell.lesson.anchor ? `#${cell.lesson.anchor}` : ""}` }
          : {}),
      },
      execution_count: null,
      outputs: [],
      source: lines(`// ${cell.title}\n${header}${sourceOf(cell.id)}`),
    };
  });
  return JSON.stringify(
    {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {
        title: notebook.title,
        kernelspec: { name: "javascript", display_name: "JavaScript", language: "javascript" },
        language_info: {
          name: "javascript",
          file_extension: ".js",
          mimetype: "application/javascript",
        },
      },
      cells,
    },
    null,
    1,
  );
}
