import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { ContentError } from "../content/compiler/content-error";
import { chapterBuild } from "./chapter-build";
import { jupyterFiles } from "./jupyter-files";

/**
 * Emits what notebooks need to run outside the app: `lab.mjs` and `show.mjs` (one ES module
 * each, versioned) at the site's root, and `downloads/<notebook>.ipynb` with every code cell's
 * first output computed now, which the app offers for download. Only in a production build.
 */
export function jupyterPlugin(options: { contentDirectory?: string } = {}): Plugin {
  let root = process.cwd();
  return {
    name: "jupyter-notebooks",
    apply: "build",
    // Once per site: not again in a server-side (prerender) build of the same config.
    applyToEnvironment: (environment) => environment.name === "client",
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      const { version } = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as {
        version: string;
      };
      let files: Map<string, string>;
      try {
        // The chapter and cell runs the other plugins of this build already made.
        const build = chapterBuild(resolve(root, options.contentDirectory ?? "content"), root);
        files = await jupyterFiles(build, version);
      } catch (error) {
        if (error instanceof ContentError)
          this.error(`content does not compile:\n${error.message}`);
        throw error;
      }
      for (const [fileName, source] of files) this.emitFile({ type: "asset", fileName, source });
    },
  };
}
