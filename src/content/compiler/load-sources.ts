import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ChapterSources, SourceFile } from "./compile-chapter";

/**
 * Reads a content folder from disk: `chapter.yaml`, `lessons/*.md` and `pages/*.md`.
 * File names in messages are relative to `displayRoot` (the project folder) so they are clickable.
 */
export function loadSources(contentDirectory: string, displayRoot: string): ChapterSources {
  const read = (path: string): SourceFile => ({
    file: relative(displayRoot, path),
    text: readFileSync(path, "utf8"),
  });
  const markdownIn = (folder: string): string[] => {
    const path = join(contentDirectory, folder);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => join(path, name));
  };
  const lessons = new Map<string, SourceFile>();
  for (const path of markdownIn("lessons")) {
    const name = path.split(/[\\/]/).pop()?.replace(/\.md$/, "") ?? "";
    lessons.set(name, read(path));
  }
  return {
    chapter: read(join(contentDirectory, "chapter.yaml")),
    lessons,
    pages: markdownIn("pages").map(read),
    notebooks: markdownIn("notebooks").map(read),
  };
}
