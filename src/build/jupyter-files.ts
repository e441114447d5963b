// The files the site ships for Jupyter: the lab and `show` as standalone ES modules, and the
// notebooks with their outputs computed at build time. Used by the build (jupyter-plugin.ts) and
// by the test that runs the notebook in Jupyter with the Deno kernel.
import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";
import { chapterRuns, computeCellOutputs } from "../content/compiler/cell-outputs";
import type { ChapterSources, CompiledChapter } from "../content/compiler/compile-chapter";
import type { CompiledNotebook } from "../content/model/notebook-types";
import { ipynbText, notebookIpynb } from "../kernel/jupyter/ipynb";
import type { CellOutput } from "../kernel/output-types";
import { runWithLab } from "../kernel/run-with-lab";
import type { ChapterBuild } from "./chapter-build";

/** Where the site keeps the notebooks offered for download, relative to its root. */
export const downloadsDirectory = "downloads";

const sourceFile = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The modules a notebook imports: file name, the module the build starts from, what it is. */
const modules = [
  { file: "lab.mjs", entry: sourceFile("../lab/index.ts"), what: "statistics library (`lab`)" },
  {
    file: "show.mjs",
    entry: sourceFile("../kernel/jupyter/show-module.ts"),
    what: "`show` for Jupyter's display protocol",
  },
] as const;

/**
 * Bundles one module into a single self-contained ES module (no imports, minified), with the
 * package version in a header comment and as the export `version`.
 */
async function bundle(entry: string, header: string, version: string): Promise<string> {
  const virtualEntry = "\0jupyter-module-entry";
  const result = await build({
    configFile: false,
    logLevel: "warn",
    publicDir: false,
    plugins: [
      {
        name: "jupyter-module-entry",
        enforce: "pre",
        // Vite hands the library entry over as a path under the root.
        resolveId: (id) => (id.endsWith("jupyter-module-entry") ? virtualEntry : undefined),
        load: (id) =>
          id === virtualEntry
            ? `export * from ${JSON.stringify(entry)};\nexport const version = ${JSON.stringify(version)};\n`
            : undefined,
      },
    ],
    build: {
      write: false,
      target: "es2022",
      minify: true,
      reportCompressedSize: false,
      lib: { entry: "jupyter-module-entry", formats: ["es"], fileName: "module" },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === "chunk");
  if (chunks.length !== 1)
    throw new Error(`bundling ${entry} made ${chunks.length} chunks; a notebook imports one file`);
  // Prepended here rather than as the bundler's banner, which minification can move down.
  return `${header}\n${chunks[0]!.code}`;
}

/**
 * `lab.mjs` and `show.mjs`: each one file, imported by the notebooks' first cell (from the site,
 * or from a copy beside the notebook).
 */
export async function jupyterModules(version: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const module of modules) {
    const header = `// ${module.file} ${version}: the chapter's ${module.what}, for notebooks run in Jupyter with the Deno kernel.`;
    files.set(module.file, await bundle(module.entry, header, version));
  }
  return files;
}

/**
 * Each notebook code cell's first output (its default parameters, seed 1), computed with the
 * build's cell runner, the worker's own; a cell that fails is a build error at its `file:line:column`.
 */
export async function notebookOutputs(
  sources: ChapterSources,
  chapter: CompiledChapter,
): Promise<Map<string, CellOutput[]>> {
  const cellIds = new Set(
    chapter.notebooks.flatMap((notebook) =>
      notebook.cells.flatMap((cell) => (cell.kind === "code" ? [cell.id] : [])),
    ),
  );
  // Figures run their cell with other parameters; a notebook shows each cell at its defaults.
  const runs = chapterRuns(sources, chapter).filter(
    (run) => run.key === run.cellId && cellIds.has(run.cellId),
  );
  const computed = await computeCellOutputs(runs, { run: runWithLab });
  return computed.outputs as Map<string, CellOutput[]>;
}

/**
 * A notebook as an `.ipynb` file with every code cell's first output (the build's copy imports
 * `lab.mjs` and `show.mjs` from beside it; the app points the imports at its own address when
 * the reader downloads it).
 */
export function notebookFile(
  notebook: CompiledNotebook,
  outputs: Map<string, CellOutput[]>,
  version: string,
): string {
  return ipynbText(
    notebookIpynb(notebook, (cell) => outputs.get(cell.id) ?? [], { siteUrl: "./", version }),
  );
}

/**
 * Every file the site ships for Jupyter, by path under the site's root: `lab.mjs`, `show.mjs`
 * and `downloads/<notebook>.ipynb`, with the outputs of the build's own cell runs (each notebook
 * cell's run is keyed by its id). Content problems and failing cells throw a ContentError.
 */
export async function jupyterFiles(
  build: ChapterBuild,
  version: string,
): Promise<Map<string, string>> {
  const chapter = build.chapter();
  const computed = await build.cellOutputs(runWithLab);
  const outputs = computed.outputs as Map<string, CellOutput[]>;
  const files = await jupyterModules(version);
  for (const notebook of chapter.notebooks)
    files.set(
      `${downloadsDirectory}/${notebook.id}.ipynb`,
      notebookFile(notebook, outputs, version),
    );
  return files;
}
