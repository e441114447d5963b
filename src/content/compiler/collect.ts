import GithubSlugger from "github-slugger";
import type { Heading, Nodes, Parents } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { blockDirectives, figureDirective, isBlockDirective } from "./directives";
import { equationAnchor, findLabels, isValidLabel, type EquationTarget } from "./math";
import { report } from "./plugins/content-data";
import { anchorRoute, type SourceDocument } from "./source-document";

/** What the first pass learns about the whole chapter. */
export interface ChapterSymbols {
  equations: Map<string, EquationTarget & { file: string; line: number }>;
  /** Heading slug of each heading node. */
  headingIds: WeakMap<Heading, string>;
  /** "Definition 2.1" and the like, per numbered directive node. */
  directiveNumbers: WeakMap<Nodes, string>;
  /** Anchors of every document, by document id. */
  anchorsByDocument: Map<string, Set<string>>;
}

const anchorPattern = /^[a-z0-9]+(?:[-:][a-z0-9]+)*$/;

/**
 * First pass: numbers labelled equations in chapter order, gives every heading a slug and every
 * numbered block its number, and records each document's anchors so links can be checked.
 * Problems become messages of each document's file.
 */
export function collectSymbols(documents: SourceDocument[]): ChapterSymbols {
  const symbols: ChapterSymbols = {
    equations: new Map(),
    headingIds: new WeakMap(),
    directiveNumbers: new WeakMap(),
    anchorsByDocument: new Map(),
  };
  const directiveIds = new Map<string, string>();
  for (const document of documents) {
    const slugger = new GithubSlugger();
    const anchors = document.anchors;
    let counter = 0;
    let figures = 0;
    const problem = (node: Nodes, ruleId: string, message: string) =>
      report(document.vfile, node, ruleId, message);
    const addAnchor = (anchor: string, node: Nodes, what: string): void => {
      if (anchors.has(anchor)) problem(node, "duplicate-anchor", `duplicate ${what} "${anchor}"`);
      anchors.add(anchor);
    };
    visit(document.tree, (node: Nodes, _index, parent: Parents | undefined) => {
      if (node.type === "heading" && node.depth >= 2) {
        const slug = slugger.slug(toString(node));
        symbols.headingIds.set(node, slug);
        addAnchor(slug, node, "heading anchor");
        if (node.depth <= 3)
          document.toc.push({ id: slug, depth: node.depth, text: toString(node) });
      }
      if (node.type === "containerDirective" && isBlockDirective(node.name)) {
        const kind = blockDirectives[node.name];
        if (kind.numbered) {
          counter += 1;
          const prefix = document.number === undefined ? "" : `${document.number}.`;
          symbols.directiveNumbers.set(node, `${kind.label} ${prefix}${counter}`);
        }
      }
      if (node.type === "leafDirective" && node.name === figureDirective) {
        figures += 1;
        const prefix = document.number === undefined ? "" : `${document.number}.`;
        symbols.directiveNumbers.set(node, `Figure ${prefix}${figures}`);
      }
      if (
        (node.type === "containerDirective" || node.type === "leafDirective") &&
        node.attributes?.id
      ) {
        const id = node.attributes.id;
        if (!anchorPattern.test(id)) problem(node, "id-format", `id "${id}" must be kebab-case`);
        const seen = directiveIds.get(id);
        if (seen) problem(node, "duplicate-id", `duplicate id "${id}" (also in ${seen})`);
        directiveIds.set(id, document.file);
        if (node.type === "containerDirective" || node.name === figureDirective)
          addAnchor(id, node, "id");
      }
      if (node.type === "math") {
        for (const label of findLabels(node.value)) {
          const line = node.position?.start.line ?? 1;
          if (!isValidLabel(label)) {
            problem(node, "label-format", `label "${label}" must look like eq:kebab-name`);
            continue;
          }
          const seen = symbols.equations.get(label);
          if (seen) {
            problem(
              node,
              "duplicate-label",
              `duplicate label "${label}" (first defined at ${seen.file}:${seen.line})`,
            );
            continue;
          }
          const anchor = equationAnchor(label);
          anchors.add(anchor);
          symbols.equations.set(label, {
            number: symbols.equations.size + 1,
            href: anchorRoute(document.kind, document.id, anchor),
            file: document.file,
            line,
          });
        }
        if (findLabels(node.value).length > 1)
          problem(node, "multiple-labels", "an equation may carry one \\label");
      }
      return parent === undefined || node.type !== "code" ? undefined : "skip";
    });
    symbols.anchorsByDocument.set(document.id, anchors);
  }
  return symbols;
}
