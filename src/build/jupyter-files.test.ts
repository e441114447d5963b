// The notebooks the site offers for download, checked as a notebook user meets them: valid
// nbformat 4 (the JSON schema Debian's python3-nbformat ships), with outputs in every code cell,
// and the theory notebook run top to bottom on Jupyter's Deno kernel (Deno from its npm package,
// Debian's jupyter_client) importing the built lab.mjs and show.mjs.
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileChapter, type CompiledChapter } from "../content/compiler/compile-chapter";
import { loadChapterSources } from "../content/compiler/load-chapter";
import { exercises } from "../exercises/catalog/index";
import { exercisesIpynb } from "../kernel/jupyter/exercises-ipynb";
import {
  importCellId,
  ipynbText,
  personalizeIpynb,
  type Ipynb,
  type IpynbOutput,
} from "../kernel/jupyter/ipynb";
import { jupyterModules, notebookFile, notebookOutputs } from "./jupyter-files";

const root = resolve(import.meta.dirname, "../..");
// Debian's Python with python3-nbformat and python3-nbclient (with jupyter_client; .ci/run
// installs them and jupyter-nbconvert); a Python from elsewhere on PATH usually lacks them.
const python = "/usr/bin/python3";
const hasNbformat = existsSync(python) && spawnSync(python, ["-c", "import nbformat"]).status === 0;
const hasNbclient = hasNbformat && spawnSync(python, ["-c", "import nbclient"]).status === 0;
const missing =
  "needs Debian's python3-nbformat, python3-nbclient and jupyter-nbconvert (.ci/run installs them: apt-get install jupyter-nbconvert python3-nbclient python3-nbformat)";

describe("the Jupyter packages", () => {
  // .ci/run installs them and sets REQUIRE_JUPYTER_TESTS, so CI never skips the tests below.
  it.runIf(process.env["REQUIRE_JUPYTER_TESTS"] === "1")(
    "are installed where CI requires them",
    () => {
      expect(hasNbclient, missing).toBe(true);
    },
  );
});

/** Validates a notebook against nbformat's own JSON schema; the error text when it fails. */
function nbformatProblems(text: string): string {
  const result = spawnSync(
    python,
    [
      "-c",
      "import json, sys, nbformat\nnb = nbformat.from_dict(json.load(sys.stdin))\nnbformat.validate(nb, version=4)",
    ],
    { input: text, encoding: "utf8" },
  );
  return result.status === 0 ? "" : result.stderr || `exit ${result.status}`;
}

function codeCells(ipynb: Ipynb) {
  return ipynb.cells.flatMap((cell) => (cell.cell_type === "code" ? [cell] : []));
}

const version = "0.0.0-test";
let directory = "";
let chapter: CompiledChapter;
let theory: Ipynb;
let modules: Map<string, string>;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "notebooks-"));
  const sources = loadChapterSources(resolve(root, "content"), root);
  chapter = compileChapter(sources);
  const outputs = await notebookOutputs(sources, chapter);
  modules = await jupyterModules(version);
  for (const [file, source] of modules) writeFileSync(join(directory, file), source);
  const notebook = chapter.notebooks.find((item) => item.id === "theory")!;
  theory = JSON.parse(notebookFile(notebook, outputs, version)) as Ipynb;
}, 240_000);

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/**
 * Runs a notebook of the test's folder on Jupyter's Deno kernel and answers it with its outputs.
 * The kernelspec is the one `deno jupyter --install` writes, in a folder of the test's own, with
 * the Deno binary of the npm package. scripts/run-notebook.py runs the notebook as nbconvert
 * --execute would, without losing the outputs Deno's kernel sends after reporting itself idle
 * (the script says how); it fails, naming the cell, when a cell fails.
 */
function runOnDeno(file: string): Ipynb {
  const kernels = join(directory, "jupyter", "kernels", "deno");
  mkdirSync(kernels, { recursive: true });
  const deno = realpathSync(resolve(root, "node_modules/.bin/deno"));
  writeFileSync(
    join(kernels, "kernel.json"),
    JSON.stringify({
      argv: [deno, "jupyter", "--kernel", "--conn", "{connection_file}"],
      display_name: "Deno",
      language: "typescript",
    }),
  );
  const output = `executed-${file}`;
  execFileSync(
    python,
    [resolve(root, "scripts/run-notebook.py"), file, output, "--kernel", "deno"],
    {
      cwd: directory,
      env: {
        ...process.env,
        JUPYTER_PATH: join(directory, "jupyter"),
        DENO_DIR: join(directory, "deno"),
        DENO_NO_UPDATE_CHECK: "1",
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  return JSON.parse(readFileSync(join(directory, output), "utf8")) as Ipynb;
}

describe("lab.mjs and show.mjs", () => {
  it("are one file each, naming the version in their first line and exporting it", () => {
    expect([...modules.keys()]).toEqual(["lab.mjs", "show.mjs"]);
    for (const [file, source] of modules) {
      expect(source.split("\n")[0], file).toMatch(new RegExp(`^// ${file} ${version}: `));
      expect(source, file).not.toMatch(/^import /m);
      expect(source, file).toMatch(/export \{[^}]*\bas version\b/);
    }
  });
});

describe("theory.ipynb", () => {
  it("carries every code cell's output, each with a text/plain fallback", () => {
    const cells = codeCells(theory);
    // The import cell plus one per code cell of content/notebooks/theory.md.
    const notebook = chapter.notebooks.find((item) => item.id === "theory")!;
    expect(cells.length).toBe(notebook.cells.filter((cell) => cell.kind === "code").length + 1);
    for (const cell of cells) expect(cell.outputs.length, cell.id).toBeGreaterThan(0);
    const displays = cells.flatMap((cell) =>
      cell.outputs.flatMap((output) => (output.output_type === "display_data" ? [output] : [])),
    );
    for (const display of displays) expect(Object.keys(display.data)).toContain("text/plain");
    const types = new Set(displays.flatMap((display) => Object.keys(display.data)));
    expect(types).toContain("image/svg+xml");
    expect(types).toContain("text/html");
  });

  it.skipIf(!hasNbformat)(`is valid nbformat 4${hasNbformat ? "" : ` (${missing})`}`, () => {
    expect(nbformatProblems(ipynbText(theory))).toBe("");
  });

  it.skipIf(!hasNbclient)(
    `runs top to bottom in Jupyter with the Deno kernel${hasNbclient ? "" : ` (${missing})`}`,
    () => {
      // As the app downloads it: the imports point at the site's address (here, the folder
      // holding the built lab.mjs and show.mjs).
      const downloaded = personalizeIpynb(
        theory,
        chapter.notebooks.find((n) => n.id === "theory")!,
        {
          siteUrl: `${pathToFileURL(directory).href}/`,
          sourceOf: () => undefined,
          paramsOf: () => undefined,
        },
      );
      writeFileSync(join(directory, "theory.ipynb"), ipynbText(downloaded));
      const executed = runOnDeno("theory.ipynb");
      const plain = (output: IpynbOutput) =>
        "data" in output ? (output.data["text/plain"] ?? []).join("") : "";
      const built = codeCells(theory);
      const ran = codeCells(executed);
      expect(ran.map((cell) => cell.id)).toEqual(built.map((cell) => cell.id));
      for (const [index, cell] of ran.entries()) {
        expect(
          cell.outputs.filter((output) => output.output_type === "error"),
          cell.id,
        ).toEqual([]);
        if (cell.id === importCellId) continue;
        // In Jupyter a cell's outputs arrive as one result (show.flush()); its text is the text
        // of the build's outputs of the same cell: same lab, same parameters, same seed.
        const results = cell.outputs.filter((output) => output.output_type === "execute_result");
        expect(results.map(plain), cell.id).toEqual([
          built[index]!.outputs.map(plain).join("\n\n"),
        ]);
      }
    },
    600_000,
  );
});

describe("exercises.ipynb", () => {
  const variants = exercises.map((exercise) => ({ exercise, seed: 1, variant: 1 }));
  const notebook = exercisesIpynb(variants, { siteUrl: "https://example.org/course/", version });

  it("has each exercise's prompt, data tables with outputs and an answer cell", () => {
    const cells = codeCells(notebook);
    for (const exercise of exercises) {
      const data = cells.find((cell) => cell.id === `${exercise.id}-data`);
      const tables = exercise.generate(1).tables.length;
      expect(data?.outputs.length, exercise.id).toBe(tables);
      const answer = cells.find((cell) => cell.id === `${exercise.id}-answer`);
      for (const part of Object.keys(exercise.answer))
        expect(answer?.source.join(""), exercise.id).toContain(JSON.stringify(part));
    }
    expect(notebook.cells.at(-1)?.source.join("")).toContain("npm run exercise -- grade");
    expect(codeCells(notebook)[0]?.source.join("")).toContain(
      'from "https://example.org/course/lab.mjs"',
    );
  });

  it.skipIf(!hasNbformat)(`is valid nbformat 4${hasNbformat ? "" : ` (${missing})`}`, () => {
    expect(nbformatProblems(ipynbText(notebook))).toBe("");
  });

  it.skipIf(!hasNbclient)(
    `runs top to bottom in Jupyter with the Deno kernel${hasNbclient ? "" : ` (${missing})`}`,
    () => {
      const local = exercisesIpynb(variants, {
        siteUrl: `${pathToFileURL(directory).href}/`,
        version,
      });
      writeFileSync(join(directory, "exercises.ipynb"), ipynbText(local));
      const executed = runOnDeno("exercises.ipynb");
      for (const cell of codeCells(executed)) {
        expect(
          cell.outputs.filter((output) => output.output_type === "error"),
          cell.id,
        ).toEqual([]);
        // Each data cell shows its tables; each answer cell prints the (empty) answer's JSON.
        if (cell.id.endsWith("-data") || cell.id.endsWith("-answer"))
          expect(cell.outputs.length, cell.id).toBeGreaterThan(0);
      }
    },
    600_000,
  );
});
