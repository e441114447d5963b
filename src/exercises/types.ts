/**
 * The exercise model: each exercise is data plus pure functions, so the browser page and the
 * command line grade with the same code. Nothing here touches the DOM, React or storage.
 */

/** A value in a data table shown to the student (NULL is a real answer in joins). */
export type TableValue = number | string | boolean | null;

/** A data table of an instance, shown to the student and downloadable as CSV and JSON. */
export interface DataTable {
  name: string;
  columns: string[];
  rows: TableValue[][];
  /** Units or meaning per column, shown under the table. */
  note?: string;
}

/** How close a numeric answer must be. PrairieLearn's rules; `relabs` is the default. */
export type Tolerance =
  | { rule: "relabs"; rtol: number; atol: number }
  | { rule: "sigfig"; digits: number }
  | { rule: "decimals"; digits: number }
  | { rule: "absolute"; atol: number };

/** One answer part. An exercise's answer is one or more named parts. */
export type AnswerPart =
  | { kind: "number"; label: string; unit?: string; tolerance: Tolerance }
  | { kind: "choice"; label: string; options: { id: string; label: string }[] }
  | { kind: "multiple"; label: string; options: { id: string; label: string }[] }
  | { kind: "decision"; label: string; options: { id: string; label: string }[] }
  | {
      kind: "table";
      label: string;
      rowLabels: string[];
      valueKind: "number" | "text";
      tolerance?: Tolerance;
      allowNull: boolean;
    }
  | { kind: "ordering"; label: string; items: { id: string; label: string }[] };

/** The answer spec: named parts with a weight each (weights sum to 1 for partial credit). */
export type AnswerSpec = Record<string, AnswerPart & { weight: number }>;

/**
 * A submitted answer as the student gives it (raw text for numbers and table cells), per part:
 * number -> string; choice / decision -> option id; multiple -> option ids; table -> string per
 * row ("NULL" allowed); ordering -> item ids in order. This is also the CLI's `--answer` JSON.
 */
export type RawAnswer = Record<string, string | string[] | undefined>;

/** The reference answer, per part: number; option id; option ids; per-row number|string|null; item ids. */
export type ReferenceAnswer = Record<
  string,
  number | string | string[] | (number | string | null)[]
>;

/** A known mistake: if the answer to `part` matches `value` (with the part's tolerance), say `message`. */
export interface KnownMistake {
  part: string;
  /** What the mistaken computation gives for this instance. */
  value: number | string | string[] | (number | string | null)[];
  /** A short name (e.g. "log-base-2") used in tests and analytics. */
  id: string;
  message: string;
}

/**
 * An exercise's generated instance: parameters and data, all derived from the seed. Outside the
 * exercise that made it, the parameters are opaque (`unknown`): only the tables are read there.
 */
export interface Instance<P = unknown> {
  seed: number;
  params: P;
  tables: DataTable[];
}

/**
 * One exercise: everything about it lives in one place. `P` is the type of its instance's
 * parameters; `Exercise` without it is the registry's view, where the parameters are opaque.
 * An `Exercise<P>` is an `Exercise` with no cast because the instance-taking members are methods
 * (checked bivariantly); that is sound here because every caller gives an exercise back only the
 * instances its own `generate` made.
 */
export interface Exercise<P = unknown> {
  id: string;
  title: string;
  /** Learning-objective ids of the chapter (content/chapter.yaml). */
  objectives: string[];
  topic:
    | "drift"
    | "skew"
    | "feature-store"
    | "contracts"
    | "schema"
    | "lineage"
    | "monitoring"
    | "release-gates"
    | "canary"
    | "llm"
    | "incidents";
  /**
   * The id of the lesson it practises (content/lessons); the notebook lists the exercises in
   * lesson order and its index groups them by lesson.
   */
  lesson: string;
  difficulty: 1 | 2 | 3;
  /** Data from the seed (deterministic: same seed, same instance). */
  generate(seed: number): Instance<P>;
  /** The prompt in Markdown + LaTeX ($…$), filled from the instance. */
  prompt(instance: Instance<P>): string;
  answer: AnswerSpec;
  /** The reference answer, computed with the lab. */
  solve(instance: Instance<P>): ReferenceAnswer;
  /** Targeted feedback for known mistakes, computed for this instance. */
  mistakes(instance: Instance<P>): KnownMistake[];
  /** Progressive hints, from a nudge to nearly the method. */
  hints: string[];
  /** A worked solution in Markdown + LaTeX, generated from the instance. */
  solution(instance: Instance<P>): string;
}
