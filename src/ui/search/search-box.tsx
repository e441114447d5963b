import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useHydrated } from "../shared/routing/use-hydrated";
import type { SearchHit } from "./search-engine";
import { searchTargetElementId } from "./search-target";
import { focusWhenShown } from "./focus-target";
import { SearchResult } from "./search-result";
import { useSlashShortcut } from "./slash-shortcut";
import { useChapterSearch } from "./use-chapter-search";
import "./search.css";

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
  // The prerendered box is disabled until the app runs: without JavaScript there is no search.
  const hydrated = useHydrated();
  useSlashShortcut(inputRef);
  const { hits, status, start } = useChapterSearch(query);
  const trimmed = query.trim();
  const expanded = open && hits.length > 0;

  useEffect(() => {
    if (active >= 0) optionRefs.current[active]?.scrollIntoView({ block: "nearest" });
  }, [active]);

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
              <SearchResult
                key={hit.id}
                hit={hit}
                id={optionId(index)}
                selected={index === active}
                linkRef={(element) => {
                  optionRefs.current[index] = element;
                }}
                onChoose={() => choose(hit)}
                onPoint={() => setActive(index)}
              />
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
