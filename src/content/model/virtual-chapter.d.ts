// Types of the `virtual:chapter` module that the content plugin generates at build time
// (tsconfig maps the module name here; Vite serves the real module).
import type { CompiledNotebook } from "./notebook-types";
import type { ChapterIndex, CompiledPage, LessonModule } from "./types";

export declare const chapter: ChapterIndex;
export declare const lessonLoaders: Record<string, () => Promise<{ default: LessonModule }>>;
export declare const pageLoaders: Record<string, () => Promise<{ default: CompiledPage }>>;
export declare const notebookLoaders: Record<string, () => Promise<{ default: CompiledNotebook }>>;
