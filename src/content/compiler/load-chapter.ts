import { exercises } from "../../exercises/catalog/index";
import type { ChapterSources } from "./compile-chapter";
import { loadSources } from "./load-sources";

/**
 * The chapter's sources as the build, the content check and the content tests compile them:
 * the content folder plus the ids of the exercises lessons may embed (`::exercise{#id}`).
 */
export function loadChapterSources(contentDirectory: string, displayRoot: string): ChapterSources {
  return {
    ...loadSources(contentDirectory, displayRoot),
    exercises: new Set(exercises.map((exercise) => exercise.id)),
  };
}
