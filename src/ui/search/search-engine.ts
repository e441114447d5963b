import MiniSearch, { type SearchResult } from "minisearch";
import indexJson from "virtual:search-index";
import {
  searchIndexOptions,
  searchQueryOptions,
  type SearchDocument,
  type SearchKind,
  type SearchTarget,
  type StoredSearchFields,
} from "../../content/search";
import { highlight, snippet, type Segment } from "./snippet";

// Loaded with this module, which the search box imports only on its first use: the index and
// MiniSearch stay out of the page's initial JavaScript.
const index = MiniSearch.loadJSON<SearchDocument>(indexJson, searchIndexOptions);

/** One result as the search box shows it. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: Segment[];
  context: string;
  snippet: Segment[];
  target: SearchTarget;
}

/** The best results for a query (at most `limit`), and how many documents matched in all. */
export function searchChapter(query: string, limit = 10): { hits: SearchHit[]; total: number } {
  // Every word must match; if none does with all of them, the documents that match most words.
  let results: SearchResult[] = index.search(query, searchQueryOptions);
  if (results.length === 0)
    results = index.search(query, { ...searchQueryOptions, combineWith: "OR" });
  const hits = results.slice(0, limit).map((result) => {
    const stored = result as unknown as SearchResult & StoredSearchFields;
    const terms = new Set(result.terms);
    return {
      id: String(result.id),
      kind: stored.kind,
      title: highlight(stored.title, terms),
      context: stored.context,
      snippet: snippet(stored.text, terms),
      target: stored.target,
    };
  });
  return { hits, total: results.length };
}
