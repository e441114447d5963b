import { createContext, useContext } from "react";
import type { CompiledNotebook } from "../../../content/model/notebook-types";
import type { ChapterIndex, CompiledPage, LessonModule } from "../../../content/model/types";

/** The compiled chapter and the lazy loaders of its pages, provided once by the app. */
export interface ChapterData {
  chapter: ChapterIndex;
  lessonLoaders: Record<string, () => Promise<{ default: LessonModule }>>;
  pageLoaders: Record<string, () => Promise<{ default: CompiledPage }>>;
  notebookLoaders: Record<string, () => Promise<{ default: CompiledNotebook }>>;
}

export const ChapterContext = createContext<ChapterData | undefined>(undefined);

/** The chapter data; throws when used outside the app's provider (a programming error). */
export function useChapter(): ChapterData {
  const data = useContext(ChapterContext);
  if (!data) throw new Error("useChapter must be used inside ChapterContext.Provider");
  return data;
}
