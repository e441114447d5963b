/**
 * The exercises from the command line: list them, show a seeded instance, grade an answer, derive
 * a student's seed, or self-check the registry. Same grader as the page.
 *
 * Usage:
 *   exercise list
 *   exercise show <id> --seed <seed> [--json] [--solution]
 *   exercise grade <id> --seed <seed> --answer '<json RawAnswer>' [--attempts N] [--hints N]
 *   exercise seed --context <c> --student <s> --exercise <id> [--variant N]
 *   exercise check [<id>] [--seeds N]
 * Bad input prints a message on stderr and exits with code 2.
 */
import { exerciseById, exercises } from "../exercises/catalog/index";
import { grade } from "../exercises/grade";
import { referenceAsRawAnswer, toCsv } from "../exercises/practice";
import { deriveSeed } from "../exercises/seeds";
import { checkExercise } from "../exercises/self-check";
import type { AnswerPart, Exercise, RawAnswer } from "../exercises/types";
import { parseCommandLine, UsageError } from "./parse-command-line";

const usage = `usage:
  exercise list
  exercise show <id> --seed <seed> [--json] [--solution]
  exercise grade <id> --seed <seed> --answer '<json>' [--attempts N] [--hints N]
  exercise seed --context <c> --student <s> --exercise <id> [--variant N]
  exercise check [<id>] [--seeds N]`;

const optionSpec = {
  seed: { type: "string" },
  answer: { type: "string" },
  attempts: { type: "string" },
  hints: { type: "string" },
  context: { type: "string" },
  student: { type: "string" },
  exercise: { type: "string" },
  variant: { type: "string" },
  seeds: { type: "string" },
  json: { type: "boolean" },
  solution: { type: "boolean" },
} as const;

/** Splits arguments into positionals and the options given, by name. */
function parseArguments(argv: string[]): {
  positional: string[];
  options: Map<string, string | true>;
} {
  const { values, positionals } = parseCommandLine(
    argv,
    { options: optionSpec, allowPositionals: true },
    (message) => `exercise: ${message}\n${usage}`,
  );
  const options = new Map<string, string | true>();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== false) options.set(name, value);
  }
  return { positional: positionals, options };
}

/** A non-negative integer option (or its default when absent and a default is given). */
function integerOption(
  options: Map<string, string | true>,
  name: string,
  fallback?: number,
): number {
  const text = options.get(name);
  if (text === undefined && fallback !== undefined) return fallback;
  if (typeof text !== "string") throw new UsageError(`exercise: --${name} <integer> is required`);
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value)) {
    throw new UsageError(`exercise: --${name} must be a non-negative integer, got '${text}'`);
  }
  return value;
}

function textOption(options: Map<string, string | true>, name: string): string {
  const value = options.get(name);
  if (typeof value !== "string") throw new UsageError(`exercise: --${name} <text> is required`);
  return value;
}

function findExercise(id: string | undefined): Exercise {
  if (id === undefined) throw new UsageError(`exercise: an exercise id is required\n${usage}`);
  const exercise = exerciseById(id);
  if (!exercise) throw new UsageError(`exercise: unknown exercise '${id}' (see 'exercise list')`);
  return exercise;
}

/** Left-aligned text columns. */
function columns(rows: string[][]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function describePart(name: string, part: AnswerPart & { weight: number }): string {
  const head = `- ${name} (${part.kind}, weight ${part.weight}): ${part.label}`;
  switch (part.kind) {
    case "number":
      return `${head}${part.unit ? ` [${part.unit}]` : ""}; tolerance ${JSON.stringify(part.tolerance)}`;
    case "choice":
    case "decision":
    case "multiple":
      return `${head}; options: ${part.options.map((option) => `${option.id} (${option.label})`).join(", ")}`;
    case "ordering":
      return `${head}; items: ${part.items.map((item) => `${item.id} (${item.label})`).join(", ")}`;
    case "table":
      return `${head}; one ${part.valueKind} per row: ${part.rowLabels.join(" | ")}${part.allowNull ? "; NULL allowed" : ""}`;
  }
}

function list(): string {
  const rows = exercises.map((exercise) => [
    exercise.id,
    exercise.title,
    exercise.objectives.join(","),
    [...new Set(Object.values(exercise.answer).map((part) => part.kind))].join(","),
  ]);
  return `${columns([["id", "title", "objectives", "answer kinds"], ...rows])}\n${exercises.length} exercises`;
}

function show(exercise: Exercise, seed: number, json: boolean, solution: boolean): string {
  const instance = exercise.generate(seed);
  const reference = solution ? referenceAsRawAnswer(exercise, instance) : undefined;
  if (json) {
    return JSON.stringify(
      {
        id: exercise.id,
        title: exercise.title,
        seed,
        objectives: exercise.objectives,
        prompt: exercise.prompt(instance),
        tables: instance.tables,
        answer: exercise.answer,
        hints: exercise.hints,
        ...(solution ? { reference, solution: exercise.solution(instance) } : {}),
      },
      null,
      2,
    );
  }
  const sections = [
    `# ${exercise.title} (${exercise.id}, seed ${seed})`,
    exercise.prompt(instance),
  ];
  for (const table of instance.tables) {
    sections.push(
      `## Table ${table.name}${table.note ? ` (${table.note})` : ""}\n${toCsv(table).replaceAll("\r\n", "\n").trimEnd()}`,
    );
  }
  sections.push(
    `## Answer parts\n${Object.entries(exercise.answer)
      .map(([name, part]) => describePart(name, part))
      .join("\n")}`,
  );
  if (solution) {
    sections.push(
      `## Reference answer\n${JSON.stringify(reference)}`,
      `## Solution\n${exercise.solution(instance)}`,
    );
  }
  return sections.join("\n\n");
}

function parseAnswer(text: string): RawAnswer {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `exercise: --answer is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const isEntry = (entry: unknown): boolean =>
    typeof entry === "string" ||
    (Array.isArray(entry) && entry.every((item) => typeof item === "string"));
  if (
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value) ||
    !Object.values(value).every(isEntry)
  ) {
    throw new UsageError(
      `exercise: --answer must be a JSON object of strings or string lists, e.g. '{"psi": "0.21"}'`,
    );
  }
  return value as RawAnswer;
}

function run(argv: string[]): string {
  const { positional, options } = parseArguments(argv);
  const [command, id] = positional;
  switch (command) {
    case "list":
      return list();
    case "show":
      return show(
        findExercise(id),
        integerOption(options, "seed"),
        options.has("json"),
        options.has("solution"),
      );
    case "grade": {
      const exercise = findExercise(id);
      const seed = integerOption(options, "seed");
      const answer = parseAnswer(textOption(options, "answer"));
      const history = {
        attempts: integerOption(options, "attempts", 0),
        hintsUsed: integerOption(options, "hints", 0),
      };
      return JSON.stringify(grade(exercise, seed, answer, history), null, 2);
    }
    case "seed":
      return String(
        deriveSeed({
          context: textOption(options, "context"),
          student: textOption(options, "student"),
          exercise: textOption(options, "exercise"),
          variant: integerOption(options, "variant", 0),
        }),
      );
    case "check": {
      const chosen = id === undefined ? exercises : [findExercise(id)];
      const seedCount = integerOption(options, "seeds", 100);
      const problems = chosen.flatMap((exercise) =>
        Array.from({ length: seedCount }, (_, index) => checkExercise(exercise, index + 1)).flat(),
      );
      if (problems.length > 0)
        throw new Error(`${problems.join("\n")}\n${problems.length} problem(s)`);
      return `${chosen.length} exercise(s) × ${seedCount} seeds: no problems`;
    }
    default:
      throw new UsageError(
        command === undefined ? usage : `exercise: unknown command '${command}'\n${usage}`,
      );
  }
}

try {
  process.stdout.write(`${run(process.argv.slice(2))}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
