import katex from "katex";

/** Where a labelled display equation lives and the number it carries in the chapter. */
export interface EquationTarget {
  number: number;
  href: string;
}

const labelPattern = /\\label\{([^}]*)\}/g;
const eqrefPattern = /\\eqref\{([^}]*)\}/g;
const labelName = /^eq:[a-z0-9]+(?:[-:][a-z0-9]+)*$/;

/** Labels written in a display equation's TeX, in order. */
export function findLabels(tex: string): string[] {
  return [...tex.matchAll(labelPattern)].map((match) => match[1] ?? "");
}

/** Whether a label follows the chapter's `eq:kebab-name` convention. */
export function isValidLabel(label: string): boolean {
  return labelName.test(label);
}

/** The anchor id of a labelled equation: `eq:pit-join` becomes `eq-pit-join`. */
export function equationAnchor(label: string): string {
  return label.replace(/:/g, "-");
}

/** Labels referenced with `\eqref{…}` in a piece of text or TeX. */
export function findEqrefs(text: string): string[] {
  return [...text.matchAll(eqrefPattern)].map((match) => match[1] ?? "");
}

/**
 * Renders TeX to HTML + MathML with KaTeX. `\label{…}` becomes `\tag{n}`; `\eqref{…}` becomes a
 * link "(n)". Throws KaTeX's parse error, which the caller locates in the source file.
 */
export function renderMath(
  tex: string,
  displayMode: boolean,
  equations: ReadonlyMap<string, EquationTarget>,
): string {
  let body = tex;
  const labels = findLabels(tex);
  body = body.replace(labelPattern, "");
  const first = labels[0];
  if (first !== undefined) {
    const target = equations.get(first);
    if (target) body = `${body}\\tag{${target.number}}`;
  }
  body = body.replace(eqrefPattern, (_whole, label: string) => {
    const target = equations.get(label);
    if (!target) throw new Error(`\\eqref to unknown label "${label}"`);
    return `\\href{${target.href}}{\\text{(${target.number})}}`;
  });
  return katex.renderToString(body, {
    displayMode,
    output: "htmlAndMathml",
    throwOnError: true,
    // Unicode letters in \text{} are fine; every other KaTeX warning is an authoring error.
    strict: (code: string) => (code === "unicodeTextInMathMode" ? "ignore" : "error"),
    // Only the links this compiler writes for \eqref are trusted.
    trust: (context) =>
      context.command === "\\href" &&
      [...equations.values()].some((equation) => equation.href === context.url),
  });
}
