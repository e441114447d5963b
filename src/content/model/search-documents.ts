/**
 * The chapter's search documents as the build writes them and the app indexes them: their shape,
 * the MiniSearch configuration of the index, and how the app queries it. Plain data and pure
 * functions, no DOM.
 */

/** What a search result is, shown as its badge. */
export type SearchKind =
  | "section"
  | "definition"
  | "theorem"
  | "proposition"
  | "lemma"
  | "corollary"
  | "example"
  | "pitfall"
  | "note"
  | "figure"
  | "glossary"
  | "notation"
  | "cell"
  | "exercise";

/** The badge text of each kind. */
export const searchKindLabels: Record<SearchKind, string> = {
  section: "Lesson section",
  definition: "Definition",
  theorem: "Theorem",
  proposition: "Proposition",
  lemma: "Lemma",
  corollary: "Corollary",
  example: "Example",
  pitfall: "Pitfall",
  note: "Note",
  figure: "Figure",
  glossary: "Glossary",
  notation: "Notation",
  cell: "Cell",
  exercise: "Exercise",
};

/**
 * Where a result leads, as route parts rather than a URL: the app turns it into a link with the
 * route grammar's own functions, so the index never goes stale when the URL scheme changes.
 */
export type SearchTarget =
  | { route: "lesson"; id: string; anchor: string | undefined }
  | { route: "page"; id: string; anchor: string | undefined }
  | { route: "notebook"; id: string; cell: string | undefined }
  | { route: "exercises"; exercise: string };

/** One searchable piece of the chapter. */
export interface SearchDocument {
  /** Unique in the index, e.g. `lesson/features-entities-time/def-entity-feature`. */
  id: string;
  kind: SearchKind;
  /** The heading, block name, term, symbol, cell or exercise title. */
  title: string;
  /** Where it sits, e.g. "Lesson 2 · Definition 2.1". */
  context: string;
  /** Plain text (math as its MathML characters), for matching and for the snippet. */
  text: string;
  /** A cell's code: searchable, not shown. */
  code: string;
  target: SearchTarget;
}

/** The fields of a result the app gets back from the index. */
export type StoredSearchFields = Pick<
  SearchDocument,
  "kind" | "title" | "context" | "text" | "target"
>;

/** Letters and digits in any script: the words the index holds and the snippet marks. */
export const wordPattern = /[\p{L}\p{N}]+/gu;

/** Splits text into index words (punctuation, spaces and math operators separate words). */
export function tokenize(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** Normalises one word: lower case, accents removed (so "Kolmogorov–Smirnov" finds "smirnov"). */
export function processTerm(term: string): string {
  return term.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The app's MiniSearch index of the documents: the fields, stored fields and word handling. */
export const searchIndexOptions = {
  fields: ["title", "text", "code"],
  storeFields: ["kind", "title", "context", "text", "target"],
  tokenize,
  processTerm,
};

/** Kinds that define a term: where a reader looking a word up most likely wants to land. */
const definingKinds: ReadonlySet<string> = new Set([
  "definition",
  "theorem",
  "proposition",
  "lemma",
  "corollary",
  "glossary",
]);

/**
 * How the app queries the index: the last word as a prefix (the reader is still typing it),
 * longer words with a typo allowed, titles counting most, a cell's code least, and the blocks
 * that define a term a little ahead of the passages that use it.
 */
export const searchQueryOptions = {
  boost: { title: 3, text: 1, code: 0.25 },
  boostDocument: (_id: unknown, _term: string, stored?: Record<string, unknown>) =>
    definingKinds.has(String(stored?.["kind"])) ? 1.25 : 1,
  prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
  fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
  combineWith: "AND" as const,
};
