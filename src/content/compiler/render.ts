import type { Element, Root as HastRoot } from "hast";
import type { Heading, Nodes, Parents, PhrasingContent, Root, RootContent, Text } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { CellParam } from "../model/notebook-types";
import type { LessonBlock, LessonFigure } from "../model/types";
import type { ChapterSymbols } from "./collect";
import type { ProblemList } from "./content-error";
import { blockDirectives, figureDirective, isBlockDirective, isEmbedDirective } from "./directives";
import { parseFigureParams } from "./figure-params";
import { resolveLink, type LinkTargets } from "./link-resolution";
import { equationAnchor, findLabels, renderMath } from "./math";
import { sanitizeSchema } from "./sanitize-schema";
import { anchorRoute, fileLine, type SourceDocument } from "./source-document";

/** Ids that embeds may point to, supplied by the layers that render them. */
export interface EmbedRegistry {
  cells: ReadonlySet<string>;
  exercises: ReadonlySet<string>;
  /** Declared parameters of each cell, so a figure's fixed values can be checked. */
  cellParams?: ReadonlyMap<string, Record<string, CellParam>>;
}

interface RenderContext {
  document: SourceDocument;
  symbols: ChapterSymbols;
  targets: LinkTargets;
  embeds: EmbedRegistry;
  problems: ProblemList;
  mathHtml: string[];
}

const eqrefInText = /\\eqref\{([^}]*)\}/g;

function report(context: RenderContext, node: Nodes, message: string): void {
  const { document, problems } = context;
  problems.add(document.file, fileLine(document, node.position?.start.line), message);
}

/** Renders one math node and leaves a slot that is filled after sanitising. */
function mathSlot(context: RenderContext, node: Nodes & { value: string }, display: boolean) {
  let html = "";
  try {
    html = renderMath(node.value, display, context.symbols.equations);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report(context, node, `could not render math: ${message.replace(/^KaTeX parse error: /, "")}`);
  }
  context.mathHtml.push(html);
  const slot = String(context.mathHtml.length - 1);
  if (!display) {
    return {
      type: "emphasis",
      children: [],
      data: { hName: "span", hProperties: { dataMathSlot: slot } },
    };
  }
  const label = findLabels(node.value)[0];
  const id = label ? equationAnchor(label) : undefined;
  return {
    type: "blockquote",
    children: [],
    // Focusable so keyboard users can scroll an equation wider than a phone screen.
    data: {
      hName: "div",
      hProperties: { className: ["equation"], id, tabIndex: 0, dataMathSlot: slot },
    },
  };
}

function eqrefLinks(context: RenderContext, node: Text): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(eqrefInText)) {
    const label = match[1] ?? "";
    const target = context.symbols.equations.get(label);
    if (!target) report(context, node, `\\eqref to unknown label "${label}"`);
    parts.push({ type: "text", value: node.value.slice(last, match.index) });
    parts.push({
      type: "link",
      url: target?.href ?? "#",
      children: [{ type: "text", value: `(${target?.number ?? "?"})` }],
      data: { hProperties: { className: ["eqref"] } },
    });
    last = match.index + match[0].length;
  }
  parts.push({ type: "text", value: node.value.slice(last) });
  return parts;
}

function titleFor(context: RenderContext, node: Nodes & { name: string; children: RootContent[] }) {
  if (!isBlockDirective(node.name)) return;
  const kind = blockDirectives[node.name];
  const heading = context.symbols.directiveNumbers.get(node) ?? kind.label;
  const first = node.children[0];
  const labelled = first?.type === "paragraph" && first.data?.directiveLabel === true;
  const label = labelled ? first.children : [];
  const children: PhrasingContent[] = [
    { type: "strong", children: [{ type: "text", value: heading }] },
  ];
  if (label.length > 0) {
    children.push({ type: "text", value: kind.numbered ? " (" : ": " }, ...label);
    if (kind.numbered) children.push({ type: "text", value: ")" });
  }
  const title: RootContent = {
    type: "paragraph",
    children,
    data: { hProperties: { className: ["directive-title"] } },
  };
  node.children = [title, ...(labelled ? node.children.slice(1) : node.children)];
}

const authoredTombstone = /(\\blacksquare|\\square|\\Box|\\qed|∎|□|■)\s*$/;

/** Ends a proof with a tombstone, unless its author already wrote one. */
function endProof(children: RootContent[]): void {
  const last = children[children.length - 1];
  if (last?.type !== "paragraph") return;
  const tail = last.children[last.children.length - 1];
  const tailText = tail && "value" in tail ? tail.value : "";
  if (authoredTombstone.test(tailText)) return;
  last.children.push({
    type: "emphasis",
    children: [{ type: "text", value: "∎" }],
    data: { hName: "span", hProperties: { className: ["qed"], ariaHidden: "true" } },
  });
}

/** Rewrites one document's tree in place: math, links, headings, directives. */
function transform(context: RenderContext, tree: Root): void {
  const { document, symbols, targets } = context;
  const headings: [Heading, string][] = [];
  visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
    if (!parent || index === undefined) return;
    switch (node.type) {
      case "math":
      case "inlineMath": {
        parent.children[index] = mathSlot(context, node, node.type === "math") as RootContent;
        return SKIP;
      }
      case "text": {
        if (!node.value.includes("\\eqref")) return;
        const parts = eqrefLinks(context, node);
        parent.children.splice(index, 1, ...(parts as RootContent[]));
        return [SKIP, index + parts.length];
      }
      case "link": {
        const resolved = resolveLink(node.url, document, targets);
        if ("error" in resolved) report(context, node, resolved.error);
        else node.url = resolved.href;
        return;
      }
      case "heading": {
        const id = symbols.headingIds.get(node);
        if (id) headings.push([node, id]);
        return;
      }
      case "leafDirective": {
        if (node.name === figureDirective)
          report(context, node, "::figure must stand at the top level of the page");
        else if (!isEmbedDirective(node.name))
          report(context, node, `unknown directive "::${node.name}"`);
        else report(context, node, `::${node.name} must stand at the top level of the page`);
        return;
      }
      case "containerDirective": {
        if (node.name === "restate") {
          report(context, node, ":::restate must stand at the top level of the page");
          return;
        }
        if (!isBlockDirective(node.name)) {
          report(context, node, `unknown directive ":::${node.name}"`);
          return;
        }
        titleFor(context, node);
        if (node.name === "proof") endProof(node.children);
        const id = node.attributes?.id ?? undefined;
        node.data = {
          hName: "div",
          hProperties: { className: ["directive", `directive-${node.name}`], id },
        };
        return;
      }
      default:
        return;
    }
  });
  // Permalinks are added after the walk so they are not mistaken for authored links.
  for (const [heading, id] of headings) {
    heading.data = { ...heading.data, hProperties: { id } };
    heading.children.push({
      type: "link",
      url: anchorRoute(document.kind, document.id, id),
      children: [{ type: "text", value: "#" }],
      data: { hProperties: { className: ["anchor-link"], ariaLabel: "Link to this section" } },
    });
  }
}

function fillMathSlots(mathHtml: string[]) {
  return (tree: HastRoot) => {
    visit(tree, "element", (element: Element) => {
      const slot = element.properties["dataMathSlot"];
      if (slot === undefined) return;
      delete element.properties["dataMathSlot"];
      element.children = [{ type: "raw", value: mathHtml[Number(slot)] ?? "" }];
    });
  };
}

/** Tables scroll sideways inside a narrow column, so each one can take keyboard focus to scroll. */
function focusableTables() {
  return (tree: HastRoot) => {
    visit(tree, "element", (element: Element) => {
      if (element.tagName === "table") element.properties["tabIndex"] = 0;
    });
  };
}

function toHtml(children: RootContent[], mathHtml: string[]): string {
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(() => fillMathSlots(mathHtml))
    .use(focusableTables)
    .use(rehypeStringify, { allowDangerousHtml: true });
  const hast = processor.runSync({ type: "root", children });
  return processor.stringify(hast as HastRoot);
}

function embedBlock(context: RenderContext, node: RootContent): LessonBlock | undefined {
  if (node.type !== "leafDirective" || !isEmbedDirective(node.name)) return undefined;
  const id = node.attributes?.id ?? "";
  const known = node.name === "cell" ? context.embeds.cells : context.embeds.exercises;
  if (!id) report(context, node, `::${node.name} needs an id: ::${node.name}{#the-id}`);
  else if (!known.has(id)) report(context, node, `unknown ${node.name} id "${id}"`);
  return node.name === "cell" ? { kind: "cell", id } : { kind: "exercise", id };
}

const figureAttributes = new Set(["id", "cell", "params", "alt"]);

/**
 * `::figure[caption]{#id cell=… params="name=value,…" alt="…"}`: checks the id, the cell, every
 * fixed parameter and the text alternative, and renders the caption (Markdown and math).
 */
function figureBlock(context: RenderContext, node: RootContent): LessonFigure | undefined {
  if (node.type !== "leafDirective" || node.name !== figureDirective) return undefined;
  const attributes = node.attributes ?? {};
  const id = attributes.id ?? "";
  const cell = attributes.cell ?? "";
  const alt = (attributes.alt ?? "").trim();
  for (const name of Object.keys(attributes)) {
    if (!figureAttributes.has(name) && name !== "class")
      report(
        context,
        node,
        `::figure has no attribute "${name}" (it takes #id, cell, params, alt)`,
      );
  }
  if (!id) report(context, node, "::figure needs an id: ::figure[caption]{#fig-name cell=…}");
  else if (!id.startsWith("fig-")) report(context, node, `figure id "${id}" must start with fig-`);
  if (!alt)
    report(context, node, `::figure "${id}" needs alt="…": what the figure shows, in words`);
  if (node.children.length === 0)
    report(context, node, `::figure "${id}" needs a caption: ::figure[the caption]{…}`);
  let params: Record<string, number | string | boolean> = {};
  if (!cell) report(context, node, `::figure "${id}" needs cell=<a notebook cell id>`);
  else if (!context.embeds.cells.has(cell)) report(context, node, `unknown cell id "${cell}"`);
  else {
    const declared = context.embeds.cellParams?.get(cell) ?? {};
    const parsed = parseFigureParams(attributes.params ?? "", cell, declared);
    for (const error of parsed.errors) report(context, node, error);
    params = {
      ...Object.fromEntries(Object.entries(declared).map(([name, spec]) => [name, spec.default])),
      ...parsed.values,
    };
  }
  const root: Root = { type: "root", children: [{ type: "paragraph", children: node.children }] };
  const captionContext = { ...context, mathHtml: [] };
  transform(captionContext, root);
  const captionHtml = toHtml(root.children, captionContext.mathHtml).replace(
    /^<p>([\s\S]*)<\/p>$/,
    "$1",
  );
  const label = context.symbols.directiveNumbers.get(node) ?? "Figure";
  return { kind: "figure", id, label, cell, params, captionHtml, alt };
}

/**
 * Second pass: renders a document into ordered blocks. HTML runs are sanitised before math is
 * filled in; restate prompts and embeds become blocks of their own.
 */
export function renderDocument(
  document: SourceDocument,
  symbols: ChapterSymbols,
  targets: LinkTargets,
  embeds: EmbedRegistry,
  problems: ProblemList,
): LessonBlock[] {
  const blocks: LessonBlock[] = [];
  let pending: RootContent[] = [];
  const base = { document, symbols, targets, embeds, problems };
  const flush = (): void => {
    if (pending.length === 0) return;
    const context = { ...base, mathHtml: [] };
    const root: Root = { type: "root", children: pending };
    transform(context, root);
    blocks.push({ kind: "html", html: toHtml(root.children, context.mathHtml) });
    pending = [];
  };
  for (const node of document.tree.children) {
    const embed = embedBlock({ ...base, mathHtml: [] }, node);
    const figure = embed ? undefined : figureBlock({ ...base, mathHtml: [] }, node);
    if (figure) {
      flush();
      blocks.push(figure);
    } else if (embed) {
      flush();
      blocks.push(embed);
    } else if (node.type === "containerDirective" && node.name === "restate") {
      flush();
      const id = node.attributes?.id ?? "";
      if (!id)
        report({ ...base, mathHtml: [] }, node, ":::restate needs an id: :::restate{#the-id}");
      const context = { ...base, mathHtml: [] };
      const root: Root = { type: "root", children: node.children as RootContent[] };
      transform(context, root);
      blocks.push({ kind: "restate", id, html: toHtml(root.children, context.mathHtml) });
    } else {
      pending.push(node);
    }
  }
  flush();
  return blocks;
}
