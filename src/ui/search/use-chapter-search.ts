import { useDeferredValue, useMemo, useState } from "react";
import type { SearchChapter, SearchHit } from "./search-engine";

let engineLoad: Promise<SearchChapter> | undefined;

/** Fetches the index and MiniSearch once, on the box's first use (never at page load). */
function loadEngine(): Promise<SearchChapter> {
  engineLoad ??= import("./search-engine")
    .then((module) => module.openChapterSearch())
    .catch((error: unknown) => {
      // A failed fetch (offline before the app was cached) may succeed later: let it be retried.
      engineLoad = undefined;
      throw error;
    });
  return engineLoad;
}

function countText(total: number, shown: number): string {
  if (total === 0) return "No results";
  const found = total === 1 ? "1 result" : `${total} results`;
  return total > shown ? `${found}, the best ${shown} shown` : found;
}

/** What the search box shows for its text: the hits, and a status line for screen readers. */
export interface ChapterSearch {
  /** The best hits for the text, empty while the index loads or the box is empty. */
  hits: SearchHit[];
  /** "3 results", "Loading the search index…", an error, or "" for an empty box. */
  status: string;
  /** Starts loading the index (once; again after a failure). */
  start: () => void;
}

/**
 * Searches the chapter for `query` once the index has loaded (`start`, on the box's first use).
 * The results follow the typed text as soon as the page is free (a deferred value), so the box
 * shows each key at once.
 */
export function useChapterSearch(query: string): ChapterSearch {
  const [engine, setEngine] = useState<{ search: SearchChapter } | undefined>();
  const [failed, setFailed] = useState(false);
  const start = () => {
    if (engine) return;
    setFailed(false);
    loadEngine().then(
      (search) => setEngine({ search }),
      () => setFailed(true),
    );
  };
  const trimmed = query.trim();
  const searched = useDeferredValue(trimmed);
  const results = useMemo(
    () => (engine && searched ? engine.search(searched) : undefined),
    [engine, searched],
  );
  const hits = results?.hits ?? [];
  const status = !trimmed
    ? ""
    : failed
      ? "Search could not load its index. Check the connection and type again."
      : !results
        ? "Loading the search index…"
        : countText(results.total, hits.length);
  return { hits, status, start };
}
