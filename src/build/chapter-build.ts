import { createHash } from "node:crypto";
import {
  chapterRuns,
  computeCellOutputs,
  type CellRunner,
  type ComputedOutputs,
} from "../content/compiler/cell-outputs";
import {
  compileChapter,
  type ChapterSources,
  type CompiledChapter,
} from "../content/compiler/compile-chapter";
import { loadChapterSources } from "../content/compiler/load-chapter";

/**
 * One content folder as a build uses it: compiled once and its cells run once, whichever plugin
 * asks first (the chapter's modules, the prerender's cell outputs, the Jupyter notebooks).
 */
export interface ChapterBuild {
  readonly sources: ChapterSources;
  /** The compiled chapter; throws the compiler's ContentError when the content does not compile. */
  chapter(): CompiledChapter;
  /**
   * Every notebook cell's and lesson figure's first output, run with `run` the first time it is
   * asked for; `onRun` hears about that one run when it finishes.
   */
  cellOutputs(
    run: CellRunner,
    onRun?: (outputs: ComputedOutputs) => void,
  ): Promise<ComputedOutputs>;
  /** A value made from this content once per build (the search index, for one). */
  shared<T>(name: string, make: () => T): T;
}

interface Entry {
  fingerprint: string;
  build: ChapterBuild;
}

// On globalThis, not in a module variable: the prerender's server-side build, which the same
// `vite build` starts, loads the config (and so this module) afresh.
const entriesKey = Symbol.for("chapter-build");

function entries(): Map<string, Entry> {
  const holder = globalThis as { [entriesKey]?: Map<string, Entry> };
  holder[entriesKey] ??= new Map();
  return holder[entriesKey];
}

/** Changes whenever a content file is added, removed, renamed or edited. */
function fingerprint(sources: ChapterSources): string {
  const hash = createHash("sha256");
  const files = [
    sources.chapter,
    ...sources.lessons.values(),
    ...sources.pages,
    ...(sources.notebooks ?? []),
  ];
  for (const file of files) hash.update(`${file.file}\0${file.text}\0`);
  hash.update([...(sources.exercises ?? [])].join("\0"));
  return hash.digest("hex");
}

function createBuild(sources: ChapterSources): ChapterBuild {
  let compiled: { chapter: CompiledChapter } | { error: unknown } | undefined;
  let outputs: Promise<ComputedOutputs> | undefined;
  const made = new Map<string, unknown>();
  const build: ChapterBuild = {
    sources,
    chapter() {
      if (!compiled) {
        try {
          compiled = { chapter: compileChapter(sources) };
        } catch (error) {
          compiled = { error };
        }
      }
      if ("error" in compiled) throw compiled.error;
      return compiled.chapter;
    },
    cellOutputs(run, onRun) {
      if (!outputs) {
        outputs = Promise.resolve().then(() =>
          computeCellOutputs(chapterRuns(sources, build.chapter()), { run }),
        );
        if (onRun) void outputs.then(onRun, () => undefined);
      }
      return outputs;
    },
    shared<T>(name: string, make: () => T): T {
      if (!made.has(name)) made.set(name, make());
      return made.get(name) as T;
    },
  };
  return build;
}

/**
 * The build of the content folder as it is on disk now: the same one (compiled chapter, cell
 * runs) as long as no content file changed since it was made, a fresh one after a change (in
 * the dev server or `vite build --watch`).
 */
export function chapterBuild(contentDirectory: string, root: string): ChapterBuild {
  const sources = loadChapterSources(contentDirectory, root);
  const print = fingerprint(sources);
  const known = entries().get(contentDirectory);
  if (known?.fingerprint === print) return known.build;
  const build = createBuild(sources);
  entries().set(contentDirectory, { fingerprint: print, build });
  return build;
}
