import type { Element, ElementContent } from "hast";

/*
 * KaTeX's MathML as one line of plain text that still reads as a formula, for search snippets:
 * q_i becomes qᵢ, a fraction a/b, a hat p̂, and relations get spaces around them. Reading the
 * MathML's characters in order instead runs a subscript into its base ("qi") and a fraction's
 * parts into each other.
 */

const subscripts: Record<string, string> = Object.fromEntries(
  [..."0123456789+−=()aehijklmnoprstuvx"].map((char, index) => [
    char,
    [..."₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"][index] ?? "",
  ]),
);

const superscripts: Record<string, string> = Object.fromEntries(
  [..."0123456789+−=()abcdefghijklmnoprstuvwxyzT′"].map((char, index) => [
    char,
    [..."⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ′"][index] ?? "",
  ]),
);

/** Accents KaTeX draws over a base (`\hat`, `\bar`, `\tilde`, `\dot`), as combining marks. */
const combiningAccents: Record<string, string> = {
  "^": "\u0302",
  ˆ: "\u0302",
  "‾": "\u0304",
  ˉ: "\u0304",
  "¯": "\u0304",
  "~": "\u0303",
  "˜": "\u0303",
  "˙": "\u0307",
};

/** Operators read with a space on each side (not "∣", which KaTeX also draws for absolute values). */
const spaced = new Set([..."=<>≤≥≠≈≃∼≡∝+−±∓×·∈∉⊆⊂∪∩→←↦⇒⇔∧∨"]);

/**
 * Without MathML's invisible operators: function application (as in "ln x", invisible in print)
 * becomes a space, invisible times and separators nothing.
 */
const visible = (text: string) => text.replace(/\u2061/g, " ").replace(/[\u2062-\u2064]/g, "");

/**
 * Spaces tidied: runs collapsed, and a sign that opens an operand (after the start, a bracket,
 * a comma or a relation) kept against it, "−2n" rather than "− 2n".
 */
function tidy(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/(^|[([{]|[,;] |[=<>≤≥≠≈∈] ) ?([−+±]) /g, "$1$2")
    .trim();
}

/** Table rows on one line: apart by "; " unless a row already ends in punctuation. */
function joinRows(rows: string[]): string {
  return rows
    .map((row) => row.trim())
    .reduce(
      (line, row) =>
        line === "" ? row : /[,;.]$/.test(line) ? `${line} ${row}` : `${line}; ${row}`,
      "",
    );
}

/**
 * `text` in script characters when every character has one and it is a number or short (a longer
 * run of small letters reads badly), otherwise undefined.
 */
function inScript(text: string, table: Record<string, string>): string | undefined {
  const chars = [...text];
  return chars.length > 0 &&
    (chars.length <= 3 || /^[\d+−=()]+$/.test(text)) &&
    chars.every((char) => table[char])
    ? chars.map((char) => table[char]).join("")
    : undefined;
}

/** A script written after `_` or `^`, in parentheses when it is longer than one character. */
function plainScript(mark: string, text: string): string {
  return [...text].length === 1 ? `${mark}${text}` : `${mark}(${text})`;
}

/** A subscript or superscript: in script characters where it can be, else after `_` or `^`. */
function script(text: string, table: Record<string, string>, mark: string): string {
  const compact = text.replace(/\s+/g, "");
  return inScript(compact, table) ?? plainScript(mark, compact);
}

const sub = (text: string) => script(text, subscripts, "_");
const sup = (text: string) => script(text, superscripts, "^");

/** A fraction's part, in parentheses when it holds more than one symbol. */
const part = (text: string) =>
  [...text].length === 1 || /^[\p{L}\p{N}.]+$/u.test(text) ? text : `(${text})`;

/** The text of a node inside a formula. */
function nodeText(node: ElementContent): string {
  if (node.type === "text") return visible(node.value);
  if (node.type !== "element") return "";
  return mathElementText(node);
}

/**
 * The plain text of one MathML element (a `<math>` and everything in it).
 *
 * @param element - a MathML element, as hast
 * @returns the formula on one line, e.g. "PSI = ∑ᵢ(qᵢ − pᵢ)ln (qᵢ/pᵢ)"
 */
export function mathElementText(element: Element): string {
  // Each child's text once: the cases below read them as a whole or by position.
  const texts = element.children.map(nodeText);
  const all = texts.join("");
  const elementTexts = texts.filter((_, index) => element.children[index]?.type === "element");
  const [first, second, third] = elementTexts;
  // A base's trailing space (an operator name's function application) would part it from its script.
  const base = (first ?? "").trimEnd();
  // ...but an operator name with limits (max, lim, arg min) keeps a space before its argument.
  const applied = base !== first ? " " : "";
  switch (element.tagName) {
    case "math":
      return tidy(all);
    case "annotation":
    case "annotation-xml":
      return "";
    case "mo": {
      const text = all.trim();
      // Function application, as in "ln x", reads as a space.
      if (text === "" && element.children.length > 0) return " ";
      if (spaced.has(text)) return ` ${text} `;
      return text === "," ? ", " : text;
    }
    case "mspace":
      // A negative space (TeX's \!) pulls two symbols together.
      return String(element.properties["width"] ?? "").startsWith("-") ? "" : " ";
    case "msub":
      return base + sub(second ?? "") + applied;
    case "msup":
      return base + sup(second ?? "");
    case "msubsup":
      return base + sub(second ?? "") + sup(third ?? "");
    case "munder":
      return base + sub(second ?? "") + applied;
    case "munderover":
      return base + sub(second ?? "") + sup(third ?? "");
    case "mover": {
      const accent = combiningAccents[(second ?? "").trim()];
      return accent && element.properties["accent"] !== undefined
        ? base + accent
        : base + sup(second ?? "");
    }
    case "mfrac":
      return `${part(base.trim())}/${part((second ?? "").trim())}`;
    case "msqrt":
      return `√${part(all.trim())}`;
    case "mroot":
      return `${sup(second ?? "")}√${part(base.trim())}`;
    case "mtable":
      return joinRows(elementTexts);
    case "mtr":
      return elementTexts.join(" ");
    default:
      return all;
  }
}
