import { processTerm, wordPattern } from "../../content/model/search-documents";

/** A piece of shown text; `mark` pieces are words the query matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

interface Word {
  start: number;
  end: number;
  term: string;
}

/** The words of a text that the index matched, with their positions. */
function matchedWords(text: string, terms: ReadonlySet<string>): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(new RegExp(wordPattern.source, wordPattern.flags))) {
    const term = processTerm(match[0]);
    if (terms.has(term))
      words.push({ start: match.index, end: match.index + match[0].length, term });
  }
  return words;
}

/** Splits `text` (from `offset` on) into plain and marked pieces at the given words. */
function segments(text: string, words: readonly Word[], offset = 0): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const word of words) {
    const start = word.start - offset;
    const end = word.end - offset;
    if (start < last || end > text.length) continue;
    if (start > last) out.push({ text: text.slice(last, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    last = end;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}

/**
 * The whole of a short text (a title) with every word the search matched marked. `terms` are
 * the index's terms as MiniSearch reports them (already lower-cased, accents removed).
 */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return segments(text, matchedWords(text, terms));
}

/**
 * A window of about `length` characters of a long text, placed where the most distinct matched
 * terms fall close together (the first such place), cut at word boundaries, with "…" where text
 * was left out and the matched words of three letters or more marked. Without a match, the
 * text's beginning.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 180): Segment[] {
  // One- and two-letter words ("in", "of") would be marked all over a snippet: only titles mark them.
  const longTerms = new Set([...terms].filter((term) => term.length > 2));
  if (text.length <= length) return highlight(text, longTerms);
  const words = matchedWords(text, longTerms);
  let best = { start: 0, distinct: 0 };
  for (const [index, word] of words.entries()) {
    const inWindow = new Set<string>();
    for (const other of words.slice(index)) {
      if (other.end - word.start > length - 30) break;
      inWindow.add(other.term);
    }
    if (inWindow.size > best.distinct) best = { start: word.start, distinct: inWindow.size };
  }
  // Some words of context before the first match, then cut where a word begins or ends.
  let start = best.distinct > 0 ? Math.max(0, best.start - 40) : 0;
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < best.start ? space + 1 : start;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > start ? space : end;
    // "…" replaces the cut text, so a sentence's full stop or a comma before it goes too.
    while (end > start && /[\s.,;:]/.test(text.charAt(end - 1))) end -= 1;
  }
  const shown = segments(text.slice(start, end), words, start);
  if (start > 0) shown.unshift({ text: "…", mark: false });
  if (end < text.length) shown.push({ text: "…", mark: false });
  return shown;
}
