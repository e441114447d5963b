import type { ProblemList } from "./content-error";
import type { SourceFile } from "./compile-chapter";
import { parseYaml, splitFrontMatter } from "./front-matter";
import { parseDocument } from "./processor";
import {
  chapterSchema,
  lessonFrontMatterSchema,
  pageFrontMatterSchema,
  validate,
  type ChapterFile,
  type LessonFrontMatter,
  type PageFrontMatter,
} from "./schemas";
import type { SourceDocument } from "./source-document";

/** `chapter.yaml`, validated, with the line of each top-level key for later messages. */
export interface ChapterYaml {
  file: string;
  chapter: ChapterFile;
  keyLines: Map<string, number>;
}

/** Reads and validates `chapter.yaml`; throws a ContentError when it cannot be used. */
export function readChapterYaml(source: SourceFile, problems: ProblemList): ChapterYaml {
  const yaml = parseYaml(source.text, source.file, problems);
  problems.throwIfAny();
  const keyLines = yaml?.keyLines ?? new Map<string, number>();
  const chapter = validate(
    chapterSchema,
    yaml?.data,
    { file: source.file, keyLines, ruleId: "chapter-schema" },
    problems,
  );
  problems.throwIfAny();
  if (!chapter) throw new Error("unreachable: chapter.yaml validated without data");
  return { file: source.file, chapter, keyLines };
}

/** A parsed lesson or page with its front matter. */
export interface Read<Meta> {
  document: SourceDocument;
  meta: Meta;
}

/**
 * Parses the lessons chapter.yaml lists, in its order: each one's file must exist, its front
 * matter must be valid, its id must be its file name's slug, its objectives the chapter's.
 */
export function readLessons(
  yaml: ChapterYaml,
  lessons: ReadonlyMap<string, SourceFile>,
  problems: ProblemList,
): Read<LessonFrontMatter>[] {
  const objectiveIds = new Set(yaml.chapter.objectives.map((objective) => objective.id));
  return yaml.chapter.lessons.flatMap((name, position) => {
    const source = lessons.get(name);
    if (!source) {
      problems.add(
        yaml.file,
        yaml.keyLines.get("lessons"),
        "missing-lesson",
        `lesson "${name}" has no file ${name}.md`,
      );
      return [];
    }
    const split = splitFrontMatter(source.text, source.file, problems);
    if (!split) return [];
    const where = { file: source.file, keyLines: split.keyLines, ruleId: "front-matter" };
    const meta = validate(lessonFrontMatterSchema, split.data, where, problems);
    if (!meta) return [];
    const slug = name.replace(/^\d\d-/, "");
    if (meta.id !== slug) {
      problems.add(
        source.file,
        split.keyLines.get("id"),
        "lesson-id",
        `id "${meta.id}" must match the file name "${slug}"`,
      );
    }
    for (const objective of meta.objectives) {
      if (!objectiveIds.has(objective)) {
        problems.add(
          source.file,
          split.keyLines.get("objectives"),
          "unknown-objective",
          `unknown objective id "${objective}"`,
        );
      }
    }
    const document = parseDocument({
      file: source.file,
      kind: "lesson",
      id: meta.id,
      number: position + 1,
      text: split.body,
      firstLine: split.bodyStartLine,
    });
    return [{ document, meta }];
  });
}

/** Parses the free-standing pages (glossary, notation); `lessons` is not a page id. */
export function readPages(
  pages: readonly SourceFile[],
  problems: ProblemList,
): Read<PageFrontMatter>[] {
  return pages.flatMap((source) => {
    const split = splitFrontMatter(source.text, source.file, problems);
    if (!split) return [];
    const where = { file: source.file, keyLines: split.keyLines, ruleId: "front-matter" };
    const meta = validate(pageFrontMatterSchema, split.data, where, problems);
    if (!meta) return [];
    if (meta.id === "lessons")
      problems.add(
        source.file,
        split.keyLines.get("id"),
        "reserved-id",
        `page id "lessons" is reserved`,
      );
    const document = parseDocument({
      file: source.file,
      kind: "page",
      id: meta.id,
      text: split.body,
      firstLine: split.bodyStartLine,
    });
    return [{ document, meta }];
  });
}
