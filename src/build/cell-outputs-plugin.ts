import { resolve } from "node:path";
import type { Logger, Plugin } from "vite";
import type { CellRunner, ComputedOutputs } from "../content/compiler/cell-outputs";
import { ContentError } from "../content/compiler/content-error";
import { chapterBuild } from "./chapter-build";

/**
 * The global the build defines for its prerender (the Node render of every route) with every
 * run it made, by run key; `src/ui/shared/outputs/prerendered-runs.tsx` reads it.
 */
const runsGlobal = "__PRERENDERED_CELL_RUNS__";

/**
 * Runs every notebook cell at its defaults and every lesson figure at its values when the site is
 * built (with `run`: the worker's own runner, `runWithLab`), and fails the build with
 * `file:line:column: message [rule-id]` when one cannot give its first output. The prerender of
 * each route gets the runs, so every page is printed with its cells' and figures' outputs; the
 * page carries each run it shows beside its outputs (see `PrerenderedRunData`), so the outputs add
 * nothing to the JavaScript. Build only: in development cells run in the worker as they appear.
 */
export function cellOutputsPlugin(options: { run: CellRunner; contentDirectory?: string }): Plugin {
  let root = process.cwd();
  let logger: Logger | undefined;

  const build = () => chapterBuild(resolve(root, options.contentDirectory ?? "content"), root);
  // Shared with the prerender's server-side build and the Jupyter notebooks: run once per build.
  const compute = (): Promise<ComputedOutputs> =>
    build().cellOutputs(options.run, (result) =>
      logger?.info(
        `cell outputs: ${result.encoded.size} runs at build time in ${(result.totalMs / 1000).toFixed(1)} s`,
      ),
    );
  const compiles = (): boolean => {
    try {
      build().chapter();
      return true;
    } catch {
      return false;
    }
  };
  // The runs need the compiled chapter: say which of the two failed.
  const failure = (error: unknown): string =>
    error instanceof ContentError
      ? `${compiles() ? "cells do not give their first outputs" : "content does not compile"}:\n${error.message}`
      : String(error);

  return {
    name: "chapter-cell-outputs",
    apply: "build",
    async config(config, env) {
      root = resolve(config.root ?? process.cwd());
      if (!env.isSsrBuild) return undefined;
      let computed: ComputedOutputs;
      try {
        computed = await compute();
      } catch (error) {
        throw new Error(failure(error), { cause: error });
      }
      const runs = [...computed.encoded]
        .map(([key, json]) => `${JSON.stringify(key)}:${json}`)
        .join(",");
      return { define: { [runsGlobal]: `({${runs}})` } };
    },
    configResolved(config) {
      root = config.root;
      logger = config.logger;
    },
    async buildStart() {
      try {
        await compute();
      } catch (error) {
        this.error(failure(error));
      }
    },
  };
}
