import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { searchKindLabels } from "../../content/model/search-documents";
import { useHydrated } from "../shared/routing/use-hydrated";
import type { SearchChapter, SearchHit } from "./search-engine";
import { searchTargetElementId, searchTargetHref } from "./search-target";
import type { Segment } from "./snippet";
import { focusWhenShown } from "./focus-target";
import "./search.css";

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

/** Input types whose field takes typed text, so `/` is a character there, not the shortcut. */
const textInputTypes = new Set(["text", "search", "email", "url", "tel", "password", "number"]);

/** True when a key press is meant for a text field or an editor, not for the page. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && textInputTypes.has(target.type);
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text,
  );
}

function countText(total: number, shown: number): string {
  if (total === 0) return "No results";
  const found = total === 1 ? "1 result" : `${total} results`;
  return total > shown ? `${found}, the best ${shown} shown` : found;
}

/**
 * The chapter search in the top bar: an ARIA 1.2 combobox whose listbox lists lesson sections,
 * definitions and theorems, glossary and notation entries, cells and exercises with the matched
 * words marked. `/` focuses it; arrows move through the results; Enter opens the active one (or
 * the first); Escape closes the list, then clears the box. The index loads on first focus.
 */
export function SearchBox() {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const optionRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [engine, setEngine] = useState<{ search: SearchChapter } | undefined>();
  const [failed, setFailed] = useState(false);
  // The prerendered box is disabled until the app runs: without JavaScript there is no search.
  const hydrated = useHydrated();

  const start = () => {
    if (engine) return;
    setFailed(false);
    loadEngine().then(
      (search) => setEngine({ search }),
      () => setFailed(true),
    );
  };

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const trimmed = query.trim();
  // The box shows each key at once; the results follow as soon as the page is free.
  const searched = useDeferredValue(trimmed);
  const results = useMemo(
    () => (engine && searched ? engine.search(searched) : undefined),
    [engine, searched],
  );
  const hits: SearchHit[] = results?.hits ?? [];
  const expanded = open && hits.length > 0;

  useEffect(() => {
    if (active >= 0) optionRefs.current[active]?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const status = !trimmed
    ? ""
    : failed
      ? "Search could not load its index. Check the connection and type again."
      : !results
        ? "Loading the search index…"
        : countText(results.total, hits.length);

  const choose = (hit: SearchHit) => {
    setOpen(false);
    setActive(-1);
    const elementId = searchTargetElementId(hit.target);
    if (elementId) focusWhenShown(elementId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) =>
        !expanded || current < 0
          ? step > 0
            ? 0
            : hits.length - 1
          : (current + step + hits.length) % hits.length,
      );
    } else if (event.key === "Enter") {
      if (!expanded) return;
      event.preventDefault();
      // A real click on the option's link: the same navigation as choosing it with the mouse.
      optionRefs.current[Math.max(active, 0)]?.click();
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query) {
        event.preventDefault();
        setQuery("");
      }
    }
  };

  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-result-${index}`;

  return (
    <div
      className="search-box"
      role="search"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        Search the chapter
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="search-input"
        type="search"
        role="combobox"
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts="/"
        disabled={!hydrated}
        value={query}
        onFocus={() => {
          start();
          setOpen(true);
        }}
        onChange={(event) => {
          start();
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      <span id={`${id}-hint`} className="visually-hidden">
        Press the up and down arrows to move through the results and Enter to open one.
      </span>
      <div className="search-popup" hidden={!open || !trimmed}>
        <div
          role="listbox"
          id={listId}
          aria-label="Search results"
          className="search-results"
          hidden={!expanded}
          // Keeps the focus in the box while a result is pressed, so the list stays open.
          onMouseDown={(event) => event.preventDefault()}
        >
          {expanded &&
            hits.map((hit, index) => (
              <a
                key={hit.id}
                ref={(element) => {
                  optionRefs.current[index] = element;
                }}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                className="search-result"
                href={searchTargetHref(hit.target)}
                data-kind={hit.kind}
                onClick={() => choose(hit)}
                onMouseMove={() => setActive(index)}
              >
                <span className="search-result-head">
                  <span className="search-kind">{searchKindLabels[hit.kind]}</span>
                  <span className="search-title">
                    <Marked segments={hit.title} />
                  </span>
                </span>
                <span className="search-context">{hit.context}</span>
                {hit.snippet.length > 0 && (
                  <span className="search-snippet">
                    <Marked segments={hit.snippet} />
                  </span>
                )}
              </a>
            ))}
        </div>
        {status && !expanded && <p className="search-message">{status}</p>}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
