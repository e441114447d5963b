import { resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import type { CompiledChapter } from "../content/compiler/compile-chapter";
import { ContentError } from "../content/compiler/content-error";
import { lessonModule } from "../content/compiler/lesson-cells";
import {
  searchableExercises,
  searchDocuments,
  searchDocumentsModule,
} from "../content/compiler/search-index";
import { exercises } from "../exercises/catalog/index";
import { chapterBuild, type ChapterBuild } from "./chapter-build";

const chapterModule = "virtual:chapter";
const lessonPrefix = "virtual:lesson/";
const pagePrefix = "virtual:page/";
const notebookPrefix = "virtual:notebook/";
// The search documents, a lazily imported chunk: fetched on the search box's first use (which
// indexes them), precached with the other scripts for offline use.
const searchDocumentsId = "virtual:search-documents";

/**
 * Compiles `content/` at build time into virtual modules: `virtual:chapter` (overview, navigation,
 * lazy loaders) and one `virtual:lesson/<id>` / `virtual:page/<id>` module per page, so a route
 * loads only its own lesson (with the notebook cells it shows, not their whole notebooks). Content
 * problems fail the build with `file:line:column: message [rule-id]`. The chapter is compiled
 * once per build and shared with the other plugins (see `chapterBuild`).
 */
export function contentPlugin(options: { contentDirectory?: string } = {}): Plugin {
  let root = process.cwd();
  let cached: ChapterBuild | undefined;
  const contentDirectory = () => resolve(root, options.contentDirectory ?? "content");
  const build = (): ChapterBuild => {
    cached ??= chapterBuild(contentDirectory(), root);
    return cached;
  };

  return {
    name: "chapter-content",
    configResolved(config) {
      root = config.root;
    },
    configureServer(server: ViteDevServer) {
      server.watcher.add(contentDirectory());
      server.watcher.on("all", (_event, path) => {
        if (!path.startsWith(contentDirectory())) return;
        cached = undefined;
        for (const id of server.moduleGraph.idToModuleMap.keys()) {
          if (id.startsWith("\0virtual:")) {
            const module = server.moduleGraph.getModuleById(id);
            if (module) server.moduleGraph.invalidateModule(module);
          }
        }
        server.ws.send({ type: "full-reload" });
      });
    },
    resolveId(id) {
      const prefixes = [lessonPrefix, pagePrefix, notebookPrefix];
      if (
        id === chapterModule ||
        id === searchDocumentsId ||
        prefixes.some((prefix) => id.startsWith(prefix))
      )
        return `\0${id}`;
      return undefined;
    },
    load(id) {
      // Only the modules resolved above: other plugins' virtual modules are theirs to load.
      const own = [chapterModule, searchDocumentsId, lessonPrefix, pagePrefix, notebookPrefix];
      if (!own.some((prefix) => id.startsWith(`\0${prefix}`))) return undefined;
      let chapter: CompiledChapter;
      try {
        chapter = build().chapter();
      } catch (error) {
        if (error instanceof ContentError)
          this.error(`content does not compile:\n${error.message}`);
        throw error;
      }
      const name = id.slice(1);
      if (name === searchDocumentsId) {
        // Made once for the browser build and the prerender's server-side build.
        return build().shared(searchDocumentsId, () => {
          const documents = searchDocuments(chapter, searchableExercises(exercises));
          return searchDocumentsModule(documents);
        });
      }
      if (name === chapterModule) {
        const loaders = (prefix: string, ids: string[]) =>
          `{${ids.map((item) => `${JSON.stringify(item)}: () => import(${JSON.stringify(prefix + item)})`).join(",")}}`;
        return [
          `export const chapter = ${JSON.stringify(chapter.index)};`,
          `export const lessonLoaders = ${loaders(
            lessonPrefix,
            chapter.lessons.map((l) => l.id),
          )};`,
          `export const pageLoaders = ${loaders(
            pagePrefix,
            chapter.pages.map((p) => p.id),
          )};`,
          `export const notebookLoaders = ${loaders(
            notebookPrefix,
            chapter.notebooks.map((n) => n.id),
          )};`,
        ].join("\n");
      }
      if (name.startsWith(lessonPrefix)) {
        const lesson = chapter.lessons.find((item) => item.id === name.slice(lessonPrefix.length));
        if (!lesson) this.error(`no compiled content for ${name}`);
        return `export default ${JSON.stringify(lessonModule(lesson, chapter.notebooks))};`;
      }
      const compiled = name.startsWith(notebookPrefix)
        ? chapter.notebooks.find((item) => item.id === name.slice(notebookPrefix.length))
        : chapter.pages.find((item) => item.id === name.slice(pagePrefix.length));
      if (!compiled) this.error(`no compiled content for ${name}`);
      return `export default ${JSON.stringify(compiled)};`;
    },
    buildStart() {
      cached = undefined;
      for (const file of [contentDirectory()]) this.addWatchFile(file);
    },
  };
}
