import { resolve } from "node:path";
import type { Plugin } from "vite";
import { compileAssignments } from "../content/compiler/compile-assignments";
import { formatProblem } from "../content/compiler/content-error";
import { loadAssignmentSources } from "../content/compiler/load-assignments";

const assignmentsModule = "virtual:assignments";

/**
 * Compiles `content/assignments/*.yaml` at build time into `virtual:assignments` (the validated
 * assignments, sorted by id). A problem fails the build with
 * `file:line:column: message [rule-id]`.
 */
export function assignmentsPlugin(options: { contentDirectory?: string } = {}): Plugin {
  let root = process.cwd();
  const contentDirectory = () => resolve(root, options.contentDirectory ?? "content");
  return {
    name: "chapter-assignments",
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.watcher.on("all", (_event, path) => {
        if (!path.startsWith(resolve(contentDirectory(), "assignments"))) return;
        const module = server.moduleGraph.getModuleById(`\0${assignmentsModule}`);
        if (module) server.moduleGraph.invalidateModule(module);
      });
    },
    resolveId(id) {
      return id === assignmentsModule ? `\0${assignmentsModule}` : undefined;
    },
    load(id) {
      if (id !== `\0${assignmentsModule}`) return undefined;
      const sources = loadAssignmentSources(contentDirectory(), root);
      for (const source of sources) this.addWatchFile(resolve(root, source.file));
      const { assignments, problems } = compileAssignments(sources);
      if (problems.length > 0) {
        this.error(`assignments do not compile:\n${problems.map(formatProblem).join("\n")}`);
      }
      return `export const assignments = ${JSON.stringify(assignments)};`;
    },
  };
}
