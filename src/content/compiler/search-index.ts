import type { Element, ElementContent, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import katex from "katex";
import type { Nodes as MdastNodes } from "mdast";
import type { Exercise } from "../../exercises/types";
import type { CompiledNotebook } from "../model/notebook-types";
import type { SearchDocument, SearchKind, SearchTarget } from "../model/search-documents";
import type { CompiledLesson, CompiledPage, LessonBlock } from "../model/types";
import type { CompiledChapter } from "./compile-chapter";
import { mathElementText } from "./mathml-text";
import { contentProcessor } from "./processor";

/** An exercise as the index sees it: its prompt is Markdown + LaTeX for one instance. */
export interface SearchableExercise {
  id: string;
  title: string;
  prompt: string;
}

/**
 * The exercises with the prompt of one fixed instance (seed 1). Every reader gets their own
 * instance, whose prompt differs only in its data (numbers, a column's name), so the words a
 * reader searches for are in this one.
 */
export function searchableExercises(exercises: readonly Exercise[]): SearchableExercise[] {
  return exercises.map((exercise) => ({
    id: exercise.id,
    title: exercise.title,
    prompt: exercise.prompt(exercise.generate(1)),
  }));
}

/**
 * The entries of free-standing pages that are results of their own: each glossary term (a heading
 * under the letter headings) and each row of the notation tables.
 */
const pageEntries: Record<string, { headings?: SearchKind; tableRows?: SearchKind }> = {
  glossary: { headings: "glossary" },
  notation: { tableRows: "notation" },
};

/** Titled block directives that are results of their own; a proof stays in its section's text. */
const blockKinds = new Set<SearchKind>([
  "definition",
  "theorem",
  "proposition",
  "lemma",
  "corollary",
  "example",
  "pitfall",
  "note",
]);

const blockElements = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "tr",
  "td",
  "th",
  "table",
  "thead",
  "tbody",
  "blockquote",
  "pre",
  "br",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "figcaption",
  "dt",
  "dd",
]);

function classes(element: Element): string[] {
  const value = element.properties["className"];
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * The text a reader reads in compiled HTML: each formula from KaTeX's MathML on one line (not its
 * visual copy or its TeX annotation, see mathml-text.ts), no permalink "#" and no proof
 * tombstone, with blocks and cells kept apart.
 */
function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  if (node.type === "element") {
    const names = classes(node);
    if (["katex-html", "anchor-link", "qed"].some((name) => names.includes(name))) return "";
    if (node.tagName === "math") return mathElementText(node);
    const inner = node.children.map(textOf).join("");
    return blockElements.has(node.tagName) ? ` ${inner} ` : inner;
  }
  return node.children.map(textOf).join("");
}

/** Collapses runs of white space, as a browser shows them. */
function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** Plain text of one TeX formula: the characters of KaTeX's MathML. */
function mathText(tex: string): string {
  return clean(
    textOf(parseFragment(katex.renderToString(tex, { output: "mathml", throwOnError: false }))),
  );
}

/** Plain text of Markdown + LaTeX (an exercise prompt): words, code and math characters. */
export function markdownText(markdown: string): string {
  const walk = (node: MdastNodes): string => {
    if (node.type === "inlineMath" || node.type === "math") return ` ${mathText(node.value)} `;
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code")
      return node.value;
    if (!("children" in node)) return "";
    const inner = node.children.map((child) => walk(child)).join("");
    return node.type === "paragraph" || node.type === "listItem" ? ` ${inner} ` : inner;
  };
  return clean(walk(contentProcessor.parse(markdown)));
}

/** A directive's title line, `Definition 2.1 (Entity and feature)`, as its label and its name. */
function directiveTitle(element: Element): { label: string; name: string } {
  const title = element.children.find(
    (child): child is Element =>
      child.type === "element" && classes(child).includes("directive-title"),
  );
  if (!title) return { label: "", name: "" };
  const strong = title.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "strong",
  );
  const label = strong ? clean(textOf(strong)) : "";
  const rest = clean(textOf({ ...title, children: title.children.filter((c) => c !== strong) }));
  const name = rest.replace(/^:\s*/, "").replace(/^\((.*)\)$/, "$1");
  return { label, name };
}

/** Collects one lesson's or page's documents while its blocks are walked in reading order. */
class DocumentWalker {
  private sectionTitle: string;
  private sectionAnchor: string | undefined = undefined;
  private sectionKind: SearchKind = "section";
  private sectionText: string[] = [];

  constructor(
    private readonly out: Omit<SearchDocument, "id">[],
    private readonly place: string,
    private readonly title: string,
    private readonly target: (anchor: string | undefined) => SearchTarget,
    private readonly entries: { headings?: SearchKind; tableRows?: SearchKind },
  ) {
    this.sectionTitle = title;
  }

  /** Ends the open section. A section without text of its own whose title is a lone letter
   * (the glossary's "A", "B", …) leads nowhere useful and is left out. */
  private flush(): void {
    const text = clean(this.sectionText.join(" "));
    if (text || /\p{L}{2}/u.test(this.sectionTitle)) {
      // A lesson's section names its lesson; a page's section or entry, its page.
      const context =
        this.sectionAnchor === undefined || this.place === this.title
          ? this.place
          : `${this.place} · ${this.title}`;
      this.out.push({
        kind: this.sectionKind,
        title: this.sectionTitle,
        context,
        text,
        code: "",
        target: this.target(this.sectionAnchor),
      });
    }
    this.sectionText = [];
  }

  html(html: string): void {
    for (const node of parseFragment(html).children) this.node(node);
  }

  private node(node: RootContent): void {
    if (node.type !== "element") {
      if (node.type === "text") this.sectionText.push(node.value);
      return;
    }
    const id = typeof node.properties["id"] === "string" ? node.properties["id"] : undefined;
    const heading = /^h([2-6])$/.exec(node.tagName);
    if (heading && id) {
      this.flush();
      this.sectionTitle = clean(textOf(node));
      this.sectionAnchor = id;
      this.sectionKind =
        heading[1] === "3" && this.entries.headings ? this.entries.headings : "section";
      return;
    }
    const directive = classes(node)
      .find((name) => name.startsWith("directive-") && name !== "directive-title")
      ?.slice("directive-".length) as SearchKind | undefined;
    if (directive && blockKinds.has(directive)) {
      const { label, name } = directiveTitle(node);
      const body = node.children.filter(
        (child) => !(child.type === "element" && classes(child).includes("directive-title")),
      );
      this.out.push({
        kind: directive,
        title: name || label,
        context: `${this.place} · ${label || this.title}`,
        text: clean(body.map(textOf).join(" ")),
        code: "",
        target: this.target(id ?? this.sectionAnchor),
      });
      return;
    }
    if (node.tagName === "table" && this.entries.tableRows) {
      this.tableRows(node, this.entries.tableRows);
      return;
    }
    this.sectionText.push(textOf(node));
  }

  /** Each body row of a table as an entry: its first cell the title, the others its text. */
  private tableRows(table: Element, kind: SearchKind): void {
    const rows: Element[] = [];
    const collect = (element: Element) => {
      for (const child of element.children) {
        if (child.type !== "element") continue;
        if (child.tagName === "tr" && element.tagName !== "thead") rows.push(child);
        else if (child.tagName !== "thead") collect(child);
      }
    };
    collect(table);
    for (const row of rows) {
      const cells = row.children.filter((child): child is Element => child.type === "element");
      const [first, ...rest] = cells;
      if (!first || first.tagName === "th") continue;
      this.out.push({
        kind,
        title: clean(textOf(first)),
        context: `${this.title} · ${this.sectionTitle}`,
        text: clean(rest.map(textOf).join(" · ")),
        code: "",
        target: this.target(this.sectionAnchor),
      });
    }
  }

  figure(block: Extract<LessonBlock, { kind: "figure" }>): void {
    const caption = clean(textOf(parseFragment(block.captionHtml)));
    this.out.push({
      kind: "figure",
      title: caption,
      context: `${this.place} · ${block.label}`,
      text: block.alt,
      code: "",
      target: this.target(block.id),
    });
  }

  blocks(blocks: LessonBlock[]): void {
    for (const block of blocks) {
      if (block.kind === "html" || block.kind === "restate") this.html(block.html);
      else if (block.kind === "figure") this.figure(block);
      // Embedded cells and exercises are indexed once, from the notebook and the exercise list.
    }
    this.flush();
  }
}

function lessonDocuments(lesson: CompiledLesson, out: Omit<SearchDocument, "id">[]): void {
  const place = `Lesson ${lesson.number}`;
  new DocumentWalker(
    out,
    place,
    lesson.title,
    (anchor) => ({ route: "lesson", id: lesson.id, anchor }),
    {},
  ).blocks(lesson.blocks);
}

function pageDocuments(page: CompiledPage, out: Omit<SearchDocument, "id">[]): void {
  new DocumentWalker(
    out,
    page.title,
    page.title,
    (anchor) => ({ route: "page", id: page.id, anchor }),
    pageEntries[page.id] ?? {},
  ).blocks(page.blocks);
}

/**
 * A notebook's code cells, each with the prose just above it (the note that says what to try) and
 * the heading it sits under; the code and the parameters' labels are searchable but not shown.
 */
function notebookDocuments(notebook: CompiledNotebook, out: Omit<SearchDocument, "id">[]): void {
  let heading = "";
  let prose = "";
  for (const cell of notebook.cells) {
    if (cell.kind === "markdown") {
      const pieces = parseFragment(cell.html).children;
      let lastHeading = -1;
      pieces.forEach((piece, index) => {
        if (piece.type === "element" && /^h[1-6]$/.test(piece.tagName)) {
          lastHeading = index;
          heading = clean(textOf(piece));
        }
      });
      const after = pieces
        .slice(lastHeading + 1)
        .map(textOf)
        .join(" ");
      prose = lastHeading >= 0 ? after : `${prose} ${after}`;
      continue;
    }
    const labels = Object.values(cell.params).map((param) => param.label);
    out.push({
      kind: "cell",
      title: cell.title,
      context: heading ? `${notebook.title} · ${heading}` : notebook.title,
      text: clean(prose),
      code: [cell.source, ...labels].join("\n"),
      target: { route: "notebook", id: notebook.id, cell: cell.id },
    });
    prose = "";
  }
}

/**
 * Turns the compiled chapter into search documents: every lesson section (its text without the
 * titled blocks), every definition, theorem and other titled block, every figure, each glossary
 * term and notation row, each notebook cell and each exercise. Document ids are their positions.
 */
export function searchDocuments(
  chapter: Pick<CompiledChapter, "lessons" | "pages" | "notebooks">,
  exercises: readonly SearchableExercise[],
): SearchDocument[] {
  const out: Omit<SearchDocument, "id">[] = [];
  for (const lesson of chapter.lessons) lessonDocuments(lesson, out);
  for (const page of chapter.pages) pageDocuments(page, out);
  for (const notebook of chapter.notebooks) notebookDocuments(notebook, out);
  for (const exercise of exercises) {
    out.push({
      kind: "exercise",
      title: exercise.title,
      context: "Exercises",
      text: markdownText(exercise.prompt),
      code: "",
      target: { route: "exercises", exercise: exercise.id },
    });
  }
  return out.map((document, index) => ({ id: String(index), ...document }));
}

/**
 * The documents as the module the app imports (`virtual:search-documents`): JSON text parsed once
 * (faster than an object literal this large). The app indexes them on the search box's first use:
 * the documents are about a third smaller than a serialised index of them.
 */
export function searchDocumentsModule(documents: readonly SearchDocument[]): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(documents))});`;
}
