// The exercises notebook: each exercise's prompt, the student's own data as tables, and an answer
// cell shaped like the app's answer, which the instructor grades with the app's exercise CLI.
import type { AnswerPart, DataTable, Exercise, TableValue } from "../../exercises/types";
import {
  codeCell,
  displayOutput,
  flushLine,
  importCellId,
  importNote,
  importSource,
  markdownCell,
  notebookMetadata,
  type Ipynb,
  type IpynbCell,
} from "./ipynb";
import { toMimeBundle } from "./mime-bundle";

/** One exercise as the student has it: the exercise, and the seed of their instance. */
export interface ExerciseVariant {
  exercise: Exercise;
  seed: number;
  /** The variant number as the app shows it (1 for the first). */
  variant: number;
}

/** What each part of an answer takes, as a comment beside the part in the answer cell. */
function partHint(part: AnswerPart): string {
  switch (part.kind) {
    case "number":
      return `a number${part.unit ? ` in ${part.unit}` : ""}, as text`;
    case "choice":
    case "decision":
      return `one of ${part.options.map((option) => `"${option.id}" (${option.label})`).join(", ")}`;
    case "multiple":
      return `a list of ${part.options.map((option) => `"${option.id}" (${option.label})`).join(", ")}`;
    case "ordering":
      return `all of ${part.items.map((item) => `"${item.id}" (${item.label})`).join(", ")}, in order`;
    case "table":
      return `one ${part.valueKind === "number" ? "number" : "text"} per row, as text, for ${part.rowLabels.join(", ")}${part.allowNull ? ' ("NULL" allowed)' : ""}`;
  }
}

function emptyPart(part: AnswerPart): string {
  if (part.kind === "table") return JSON.stringify(part.rowLabels.map(() => ""));
  return part.kind === "multiple" || part.kind === "ordering" ? "[]" : '""';
}

/** The answer cell: one entry per part (as the CLI's `--answer` JSON), printed when run. */
function answerSource(exercise: Exercise, name: string): string {
  const entries = Object.entries(exercise.answer).map(
    ([part, spec]) =>
      `  // ${spec.label}: ${partHint(spec)}\n  ${JSON.stringify(part)}: ${emptyPart(spec)},`,
  );
  return [
    `// Your answer to "${exercise.title}". Work it out with \`lab\` and \`${name}\` above, then fill in:`,
    `const ${name}Answer = {`,
    ...entries,
    "};",
    `console.log(JSON.stringify(${name}Answer));`,
  ].join("\n");
}

/** A JavaScript name for an exercise id (`ks-basket-value-drift` → `ksBasketValueDrift`). */
export function variableName(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** The instance's tables as a JavaScript literal that reads like a table: one row a line. */
function tablesLiteral(tables: DataTable[]): string {
  const table = (item: DataTable) =>
    [
      "    {",
      `      name: ${JSON.stringify(item.name)},`,
      `      columns: ${JSON.stringify(item.columns)},`,
      ...(item.note ? [`      note: ${JSON.stringify(item.note)},`] : []),
      "      rows: [",
      ...item.rows.map((row) => `        ${JSON.stringify(row)},`),
      "      ],",
      "    },",
    ].join("\n");
  return `[\n${tables.map(table).join("\n")}\n  ]`;
}

/** The data cell's source: the instance as a constant, then its tables shown as in the app. */
function dataSource(name: string, variant: ExerciseVariant, tables: DataTable[]): string {
  return [
    `// Your data for "${variant.exercise.title}" (seed ${variant.seed}).`,
    `const ${name} = {\n  seed: ${variant.seed},\n  tables: ${tablesLiteral(tables)},\n};`,
    `for (const table of ${name}.tables) show.table({ title: table.name, columns: table.columns, rows: table.rows });`,
    flushLine,
  ].join("\n");
}

/** How the instructor grades the notebook: the exercise CLI on the printed answers. */
function gradingNote(variants: ExerciseVariant[], studentId: string | undefined): string {
  const [example] = variants;
  return [
    "## For the instructor: grading",
    "",
    `This notebook was downloaded${studentId ? ` by student \`${studentId}\`` : ""}; each exercise's data`,
    "comes from the seed shown with it, so every instance can be regenerated. Each answer cell prints its",
    "answer as JSON. Grade one with the chapter's exercise command line (the same grader as the web page):",
    "",
    "```sh",
    example
      ? `npm run exercise -- grade ${example.exercise.id} --seed ${example.seed} --answer '<the printed JSON>'`
      : "npm run exercise -- grade <exercise> --seed <seed> --answer '<the printed JSON>'",
    "npm run exercise -- show <exercise> --seed <seed> --solution   # the instance and its worked solution",
    "```",
    "",
    "Answers submitted in the web app are exported as submission files and re-graded together with",
    "`npm run gradebook` or on the site's gradebook page (README: For instructors).",
  ].join("\n");
}

/**
 * The exercises notebook for one student's variants (or the default seeds): prompts, data tables
 * (with their outputs, so it reads anywhere), answer cells and a grading note; the imports point
 * at `siteUrl` (`./` for copies beside the notebook).
 */
export function exercisesIpynb(
  variants: ExerciseVariant[],
  options: { siteUrl: string; version: string; studentId?: string },
): Ipynb {
  const cells: IpynbCell[] = [
    markdownCell(
      "title",
      [
        "# Exercises notebook",
        "",
        "Graded practice for feature stores and data contracts. Each exercise has its prompt, your own data",
        "(drawn from your seed, the same as on the site) and an answer cell. Submit answers on the site to be",
        "graded at once, or hand in this notebook.",
      ].join("\n"),
    ),
    markdownCell("running", importNote(options.siteUrl)),
    codeCell(importCellId, importSource(options.siteUrl)),
  ];
  variants.forEach((variant, index) => {
    const { exercise } = variant;
    const instance = exercise.generate(variant.seed);
    const name = variableName(exercise.id);
    const tables = instance.tables.map((table) => ({
      name: table.name,
      columns: table.columns,
      rows: table.rows as TableValue[][],
      ...(table.note ? { note: table.note } : {}),
    }));
    cells.push(
      markdownCell(
        exercise.id,
        [
          `## Exercise ${index + 1}. ${exercise.title}`,
          "",
          `*Variant ${variant.variant}, seed ${variant.seed}; exercise id \`${exercise.id}\`.*`,
          "",
          exercise.prompt(instance),
          ...tables.flatMap((table) => (table.note ? ["", `*${table.name}:* ${table.note}`] : [])),
        ].join("\n"),
      ),
      codeCell(
        `${exercise.id}-data`,
        dataSource(name, variant, tables),
        tables.map((table) =>
          displayOutput(
            toMimeBundle({
              kind: "table",
              title: table.name,
              columns: table.columns,
              rows: table.rows,
            }),
          ),
        ),
        { exercise: exercise.id, seed: variant.seed },
        index + 1,
      ),
      codeCell(`${exercise.id}-answer`, answerSource(exercise, name), [], {
        exercise: exercise.id,
        seed: variant.seed,
        answer: true,
      }),
    );
  });
  cells.push(markdownCell("grading", gradingNote(variants, options.studentId)));
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: notebookMetadata("Exercises notebook", {
      labVersion: options.version,
      ...(options.studentId ? { student: options.studentId } : {}),
    }),
    cells,
  };
}
