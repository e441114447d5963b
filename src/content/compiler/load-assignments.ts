import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { SourceFile } from "./compile-chapter";

/**
 * Reads `assignments/*.yaml` (and `.yml`) of a content folder, in name order. File names in
 * messages are relative to `displayRoot` so they are clickable.
 */
export function loadAssignmentSources(contentDirectory: string, displayRoot: string): SourceFile[] {
  const folder = join(contentDirectory, "assignments");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      return { file: relative(displayRoot, path), text: readFileSync(path, "utf8") };
    });
}
