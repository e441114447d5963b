import { z } from "zod";
import type { ProblemList } from "./content-error";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Front matter of a lesson: every field is known, unknown ones are errors. */
export const lessonFrontMatterSchema = z
  .object({
    id: z.string().regex(kebab, "must be kebab-case"),
    title: z.string().min(1),
    objectives: z.array(z.string()).min(1, "a lesson teaches at least one objective"),
    minutes: z.number().int().positive(),
    summary: z.string().min(1).optional(),
    cells: z.array(z.string()).optional(),
  })
  .strict();

/** Front matter of a free-standing page (glossary, notation). */
export const pageFrontMatterSchema = z
  .object({
    id: z.string().regex(kebab, "must be kebab-case"),
    title: z.string().min(1),
    summary: z.string().min(1).optional(),
  })
  .strict();

/** content/chapter.yaml */
export const chapterSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1),
    epigraph: z.string().min(1),
    overview: z.array(z.string().min(1)).min(1),
    prerequisites: z.array(z.string().min(1)),
    notebooks: z.array(
      z.object({ id: z.string().regex(kebab), file: z.string(), description: z.string() }).strict(),
    ),
    objectivesIntro: z.string().min(1),
    objectives: z
      .array(
        z.object({ id: z.string().regex(kebab, "must be kebab-case"), text: z.string() }).strict(),
      )
      .min(1),
    studyFlow: z.array(z.string().min(1)),
    lessons: z.array(z.string().regex(/^\d\d-[a-z0-9-]+$/, "must look like NN-slug")).min(1),
    pages: z.array(z.string().regex(kebab)).optional(),
  })
  .strict();

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
export type ChapterFile = z.infer<typeof chapterSchema>;

/** Turns zod issues into messages that name the field. */
export function describeIssues(error: z.ZodError): { key: string | undefined; message: string }[] {
  return error.issues.map((issue) => {
    const key = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
    const where = issue.path.length > 0 ? issue.path.join(".") : "front matter";
    if (issue.code === "unrecognized_keys") {
      return {
        key: issue.keys[0],
        message: `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
      };
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
      return { key, message: `missing field "${where}"` };
    }
    return { key, message: `${where}: ${issue.message}` };
  });
}

/**
 * Validates parsed YAML with a schema; each issue becomes a problem at the line of the key it
 * concerns (line 1 when none), under `ruleId`.
 */
export function validate<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  where: { file: string; keyLines: ReadonlyMap<string, number>; ruleId: string },
  problems: ProblemList,
): z.infer<Schema> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of describeIssues(result.error)) {
    const line = issue.key === undefined ? 1 : where.keyLines.get(issue.key);
    problems.add(where.file, line, where.ruleId, issue.message);
  }
  return undefined;
}
