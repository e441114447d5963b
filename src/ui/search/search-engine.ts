import MiniSearch, { type SearchResult } from "minisearch";
import indexJson from "virtual:search-index";
import {
  searchIndexOptions,
  searchQueryOptions,
  type SearchDocument,
  type SearchKind,
  type SearchTarget,
  type StoredSearchFields,
} from "../../content/model/search-documents";
import { highlight, snippet, type Segment } from "./snippet";

/** One result as the search box shows it. */
export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: Segment[];
  context: string;
  snippet: Segment[];
  target: SearchTarget;
}

/** Searches the chapter: the best results for a query (at most `limit`) and how many matched. */
export type SearchChapter = (query: string, limit?: number) => { hits: SearchHit[]; total: number };

/**
 * Rebuilds the chapter's index. This module is imported only on the search box's first use, so
 * the index and MiniSearch stay out of the page's initial JavaScript; the index is rebuilt in
 * slices that yield to the page, so loading it does not freeze typing.
 */
export async function openChapterSearch(): Promise<SearchChapter> {
  const index = await MiniSearch.loadJSONAsync<SearchDocument>(indexJson, searchIndexOptions);
  return (query, limit) => searchIndex(index, query, limit);
}

function searchIndex(
  index: MiniSearch<SearchDocument>,
  query: string,
  limit = 10,
): { hits: SearchHit[]; total: number } {
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
