import MiniSearch, { type SearchResult } from "minisearch";
import documents from "virtual:search-documents";
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
 * Indexes the chapter's documents. This module is imported only on the search box's first use, so
 * the documents and MiniSearch stay out of the page's initial JavaScript; the index is built in
 * slices of a few milliseconds that yield to the page, so building it does not freeze typing.
 */
export async function openChapterSearch(): Promise<SearchChapter> {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  let next = 0;
  while (next < documents.length) {
    const sliceStart = performance.now();
    while (next < documents.length && performance.now() - sliceStart < sliceMs)
      index.add(documents[next++]!);
    if (next < documents.length) await yieldToPage();
  }
  return (query, limit) => searchIndex(index, query, limit);
}

/** How long one slice of indexing may hold the main thread. */
const sliceMs = 8;

/** Resolves after the page has had the chance to handle input and paint (a fresh task). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
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
