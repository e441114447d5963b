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
 * `html` split right after its top-level element with id `id` (or after its first top-level
 * element when `id` is empty), or undefined when there is no such element at the top level.
 * The HTML is the compiler's own, well formed.
 */
export function splitAfterElement(html: string, id: string): [string, string] | undefined {
  let depth = 0;
  let inTarget = false;
  const idAttribute = new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`);
  for (const match of html.matchAll(tagPattern)) {
    const [text, closing, name = "", attributes = ""] = match;
    if (text.startsWith("<!--")) continue;
    const end = (match.index ?? 0) + text.length;
    const selfClosing = voidElements.has(name.toLowerCase()) || attributes.trimEnd().endsWith("/");
    if (closing) {
      depth -= 1;
      if (inTarget && depth === 0) return [html.slice(0, end), html.slice(end)];
      continue;
    }
    if (depth === 0 && (id === "" || idAttribute.test(attributes))) {
      if (selfClosing) return [html.slice(0, end), html.slice(end)];
      inTarget = true;
    }
    if (!selfClosing) depth += 1;
  }
  return undefined;
}
