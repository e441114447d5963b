// Where a cell's card goes in a lesson's HTML: right after the element it illustrates (a heading,
// a definition, an example), so that the page is built with the card in place, on the server as
// in the browser, instead of being moved there once the page is running.

const voidElements = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Tags and comments, with quoted attribute values that may hold `>`. */
const tagPattern = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * `html` cut right after each of its top-level elements whose id is one of `ids`, and after its
 * first top-level element for the id "" (taken from `ids` as they match, in document order; an id
 * that two adjacent cuts could take goes to the first in `ids`' order). Returns the pieces between
 * the cuts (one more than the cuts) and, per cut, the id it was made for. One pass over the HTML,
 * and none when no id can match. The HTML is the compiler's own, well formed.
 */
export function splitAfterElements(
  html: string,
  ids: Iterable<string>,
): { pieces: string[]; cuts: string[] } {
  const pending = [...ids];
  const none = { pieces: [html], cuts: [] };
  if (!pending.some((id) => id === "" || html.includes(`id="${id}"`))) return none;
  const pieces: string[] = [];
  const cuts: string[] = [];
  let depth = 0;
  let start = 0;
  let topId: string | undefined;
  const cutAfter = (end: number, id: string | undefined) => {
    const index = pending.findIndex((candidate) => candidate === "" || candidate === id);
    if (index < 0) return;
    cuts.push(pending[index]!);
    pending.splice(index, 1);
    pieces.push(html.slice(start, end));
    start = end;
  };
  for (const match of html.matchAll(tagPattern)) {
    if (pending.length === 0) break;
    const [text, closing, name = "", attributes = ""] = match;
    if (text.startsWith("<!--")) continue;
    const end = (match.index ?? 0) + text.length;
    if (closing) {
      depth -= 1;
      if (depth === 0) cutAfter(end, topId);
      continue;
    }
    const selfClosing = voidElements.has(name.toLowerCase()) || attributes.trimEnd().endsWith("/");
    if (depth === 0) {
      topId = idPattern.exec(attributes)?.[1];
      if (selfClosing) cutAfter(end, topId);
    }
    if (!selfClosing) depth += 1;
  }
  if (cuts.length === 0) return none;
  pieces.push(html.slice(start));
  return { pieces, cuts };
}

/** An element's id among its attributes (the compiler writes them double-quoted). */
const idPattern = /\sid="([^"]*)"/;

/**
 * `html` split right after its top-level element with id `id` (or after its first top-level
 * element when `id` is empty), or undefined when there is no such element at the top level.
 */
export function splitAfterElement(html: string, id: string): [string, string] | undefined {
  const { pieces, cuts } = splitAfterElements(html, [id]);
  return cuts.length === 1 ? [pieces[0]!, pieces[1]!] : undefined;
}
