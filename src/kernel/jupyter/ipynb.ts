// nbformat 4 notebooks of the chapter for Jupyter with the Deno kernel: cells, outputs and the
// first cell that imports the site's `lab.mjs` and `show.mjs`. Pure: the build writes the theory
// notebook with its outputs, the app personalises it (site address, the reader's edits) and
// writes the exercises notebook at download time.
import { hrefs } from "../../content/model/routes";
import type { CompiledCodeCell, CompiledNotebook } from "../../content/model/notebook-types";
import type { CellOutput } from "../output-types";
import type { MimeBundle } from "./mime-bundle";
import { toMimeBundle } from "./mime-bundle";

/** The seed a cell runs with until the reader changes it (the app's and the build's). */
export const defaultCellSeed = 1;

/** The id of the first code cell, which imports the lab; the app rewrites it at download time. */
export const importCellId = "import-lab";

/** One nbformat 4 output. */
export type IpynbOutput =
  | { output_type: "display_data"; data: Record<string, string[]>; metadata: Record<string, never> }
  | {
      output_type: "execute_result";
      execution_count: number | null;
      data: Record<string, string[]>;
      metadata: Record<string, never>;
    }
  | { output_type: "stream"; name: "stdout" | "stderr"; text: string[] }
  | { output_type: "error"; ename: string; evalue: string; traceback: string[] };

/** One nbformat 4.5 cell (ids are required from 4.5 on). */
export type IpynbCell =
  | { cell_type: "markdown"; id: string; metadata: Record<string, unknown>; source: string[] }
  | {
      cell_type: "code";
      id: string;
      metadata: Record<string, unknown>;
      execution_count: number | null;
      outputs: IpynbOutput[];
      source: string[];
    };

/** An nbformat 4.5 notebook. */
export interface Ipynb {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: Record<string, unknown>;
  cells: IpynbCell[];
}

/** Splits text into nbformat's list of lines, each keeping its newline. */
export function lines(text: string): string[] {
  const parts = text.split("\n");
  return parts
    .map((line, index) => (index < parts.length - 1 ? `${line}\n` : line))
    .filter((line) => line !== "");
}

/** Notebook metadata for the Deno kernel (TypeScript, which runs the cells' JavaScript as is). */
export function notebookMetadata(
  title: string,
  chapter: { labVersion: string; student?: string },
): Record<string, unknown> {
  return {
    title,
    kernelspec: { name: "deno", display_name: "Deno", language: "typescript" },
    language_info: {
      name: "typescript",
      file_extension: ".ts",
      mimetype: "text/x.typescript",
      codemirror_mode: "typescript",
      pygments_lexer: "typescript",
    },
    chapter,
  };
}

/** A Markdown cell. */
export function markdownCell(id: string, markdown: string): IpynbCell {
  return { cell_type: "markdown", id, metadata: {}, source: lines(markdown) };
}

/** A code cell with its outputs (numbered as executed when it has any). */
export function codeCell(
  id: string,
  source: string,
  outputs: IpynbOutput[] = [],
  metadata: Record<string, unknown> = {},
  executionCount: number | null = null,
): IpynbCell {
  return {
    cell_type: "code",
    id,
    metadata,
    execution_count: outputs.length > 0 ? executionCount : null,
    outputs,
    source: lines(source),
  };
}

/** A MIME bundle as a `display_data` output. */
export function displayOutput(bundle: MimeBundle): IpynbOutput {
  return {
    output_type: "display_data",
    data: Object.fromEntries(Object.entries(bundle).map(([type, text]) => [type, lines(text)])),
    metadata: {},
  };
}

/** A site-relative link as an address that works from the notebook file (`./` keeps it relative). */
function siteHref(siteUrl: string, href: string): string {
  return siteUrl === "./" ? href : new URL(href, siteUrl).href;
}

/**
 * Notebook Markdown with the chapter's own links (`lesson:<id>#…`, `notebook:<id>#…`,
 * `<page>#…`) turned into links to the site's pages, which is where they lead from a notebook
 * file; web links and same-notebook anchors are left as written.
 */
export function siteMarkdown(markdown: string, siteUrl: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (/^(?:[a-z]+:\/\/|mailto:|#)/.test(target)) return whole;
    const [path = "", anchor] = target.split("#", 2);
    const [scheme, id] = path.includes(":") ? path.split(":", 2) : [undefined, path];
    if (!id) return whole;
    const href =
      scheme === "lesson"
        ? hrefs.lesson(id, anchor)
        : scheme === "notebook"
          ? hrefs.notebook(id, anchor)
          : scheme === undefined
            ? hrefs.page(id, anchor)
            : undefined;
    return href === undefined ? whole : `](${siteHref(siteUrl, href)})`;
  });
}

/** Where the site keeps the modules a notebook imports; `./` is a copy beside the notebook. */
function moduleUrl(siteUrl: string, file: string): string {
  return siteUrl === "./" ? `./${file}` : new URL(file, siteUrl).href;
}

/** The first code cell's source: the imports of `lab` and `show`. */
export function importSource(siteUrl: string): string {
  return [
    "// The chapter's statistics library and the `show` of the web notebook, as ES modules.",
    `import * as lab from "${moduleUrl(siteUrl, "lab.mjs")}";`,
    `import { show } from "${moduleUrl(siteUrl, "show.mjs")}";`,
    "console.log(`lab ${lab.version}`);",
  ].join("\n");
}

/** The Markdown cell before the imports: how to run the notebook, and how to run it offline. */
export function importNote(siteUrl: string): string {
  const where =
    siteUrl === "./"
      ? "The next cell imports them from copies saved next to this notebook."
      : `The next cell imports them from the site this notebook was downloaded from (${siteUrl}).`;
  return [
    "## Running this notebook",
    "",
    "The outputs below were computed when the site was built, so the notebook reads without running anything.",
    "To run it, use Jupyter with the Deno kernel: install Deno, run `deno jupyter --install` once, open this",
    "notebook and choose the *Deno* kernel. The code cells need two modules of the site: `lab.mjs`, the chapter's",
    "statistics library, and `show.mjs`, which draws the same charts and tables as the web notebook.",
    where,
    "",
    "To work offline, save `lab.mjs` and `show.mjs` from the site's address next to this notebook and change the",
    'imports to `"./lab.mjs"` and `"./show.mjs"`.',
  ].join("\n");
}

/**
 * A code cell's source in the notebook file: its parameters and seed as constants, then its code,
 * inside a block so each cell keeps its names to itself, as cells do in the web notebook.
 */
export function cellSource(
  cell: CompiledCodeCell,
  source: string,
  params: Record<string, unknown>,
  seed = defaultCellSeed,
): string {
  const parameters =
    Object.keys(params).length > 0
      ? `  // Parameters (the controls beside the cell in the web notebook)\n  const params = ${JSON.stringify(params, null, 2).replaceAll("\n", "\n  ")};\n`
      : "  const params = {};\n";
  return `// ${cell.title}\n{\n${parameters}  const seed = ${seed};\n\n${source}\n}\n${flushLine}`;
}

/** The last line of a cell that shows outputs: its result is the display of those outputs. */
export const flushLine = "show.flush();";

/** A code cell's default parameter values. */
export function defaultParams(cell: CompiledCodeCell): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(cell.params).map(([name, param]) => [name, param.default]),
  );
}

function cellMetadata(cell: CompiledCodeCell): Record<string, unknown> {
  return {
    title: cell.title,
    ...(cell.lesson
      ? { lesson: `${cell.lesson.id}${cell.lesson.anchor ? `#${cell.lesson.anchor}` : ""}` }
      : {}),
  };
}

/**
 * The notebook with each code cell's outputs from a run with its default parameters and seed
 * (`outputsOf`); the imports point at `siteUrl` (`./` for copies beside the notebook).
 */
export function notebookIpynb(
  notebook: CompiledNotebook,
  outputsOf: (cell: CompiledCodeCell) => CellOutput[],
  options: { siteUrl: string; version: string },
): Ipynb {
  const cells: IpynbCell[] = [];
  let executed = 1;
  let markdownIndex = 0;
  const [first, ...rest] = notebook.cells;
  // The notebook's own title and introduction come before the note on running it.
  const opening = first?.kind === "markdown" ? [first] : [];
  for (const cell of opening)
    cells.push(markdownCell(`md-${markdownIndex++}`, siteMarkdown(cell.source, options.siteUrl)));
  cells.push(markdownCell("running", importNote(options.siteUrl)));
  cells.push(
    codeCell(
      importCellId,
      importSource(options.siteUrl),
      [{ output_type: "stream", name: "stdout", text: [`lab ${options.version}\n`] }],
      {},
      executed++,
    ),
  );
  for (const cell of first?.kind === "markdown" ? rest : notebook.cells) {
    if (cell.kind === "markdown") {
      cells.push(markdownCell(`md-${markdownIndex++}`, siteMarkdown(cell.source, options.siteUrl)));
      continue;
    }
    cells.push(
      codeCell(
        cell.id,
        cellSource(cell, cell.source, defaultParams(cell)),
        outputsOf(cell).map((output) => displayOutput(toMimeBundle(output))),
        cellMetadata(cell),
        executed++,
      ),
    );
  }
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: notebookMetadata(notebook.title, { labVersion: options.version }),
    cells,
  };
}

/**
 * The notebook as the reader downloads it: the imports and the chapter's links point at the
 * site's address, and a cell the reader edited or re-parameterised carries that code and those
 * values, without the build's outputs (they were computed from the original; running the cell
 * makes new ones).
 */
export function personalizeIpynb(
  ipynb: Ipynb,
  notebook: CompiledNotebook,
  reader: {
    siteUrl: string;
    sourceOf: (cellId: string) => string | undefined;
    paramsOf: (cellId: string) => Record<string, unknown> | undefined;
  },
): Ipynb {
  const codeCells = new Map(
    notebook.cells.flatMap((cell) => (cell.kind === "code" ? [[cell.id, cell] as const] : [])),
  );
  const markdown = notebook.cells.flatMap((cell) => (cell.kind === "markdown" ? [cell] : []));
  const cells = ipynb.cells.map((cell): IpynbCell => {
    if (cell.id === "running") return markdownCell("running", importNote(reader.siteUrl));
    if (cell.cell_type !== "code") {
      // Markdown cell `md-<n>` is the notebook's n-th; its links now lead to the site itself.
      const source = markdown[Number(cell.id.replace(/^md-/, ""))]?.source;
      return source === undefined || !cell.id.startsWith("md-")
        ? cell
        : markdownCell(cell.id, siteMarkdown(source, reader.siteUrl));
    }
    if (cell.id === importCellId) return { ...cell, source: lines(importSource(reader.siteUrl)) };
    const compiled = codeCells.get(cell.id);
    if (!compiled) return cell;
    const defaults = defaultParams(compiled);
    const params = { ...defaults, ...reader.paramsOf(cell.id) };
    const source = reader.sourceOf(cell.id) ?? compiled.source;
    if (source === compiled.source && JSON.stringify(params) === JSON.stringify(defaults))
      return cell;
    return {
      ...cell,
      metadata: { ...cell.metadata, edited: true },
      execution_count: null,
      outputs: [],
      source: lines(cellSource(compiled, source, params)),
    };
  });
  return { ...ipynb, metadata: { ...ipynb.metadata }, cells };
}

/** The notebook with no outputs (and no execution counts), as a notebook never run. */
export function withoutOutputs(ipynb: Ipynb): Ipynb {
  return {
    ...ipynb,
    cells: ipynb.cells.map((cell) =>
      cell.cell_type === "code" ? { ...cell, outputs: [], execution_count: null } : cell,
    ),
  };
}

/** A notebook as the text of an `.ipynb` file (one space of indentation, as Jupyter writes). */
export function ipynbText(ipynb: Ipynb): string {
  return `${JSON.stringify(ipynb, null, 1)}\n`;
}
