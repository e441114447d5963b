import { anchorRoute, type SourceDocument } from "./source-document";

/** Where every document lives, for resolving links. */
export interface LinkTargets {
  lessons: Map<string, Set<string>>;
  pages: Map<string, Set<string>>;
  notebooks: Map<string, Set<string>>;
}

const external = /^(?:https?:|mailto:)/;

/**
 * Resolves an authored link to an app route, or explains why it points to nothing.
 * Accepted forms: `lesson:<id>[#anchor]`, `notebook:<id>[#cell-id]`, `#anchor` (same document), `<page-id>[#anchor]`,
 * and external `https:`/`mailto:` URLs, which are kept as they are.
 */
export function resolveLink(
  href: string,
  from: SourceDocument,
  targets: LinkTargets,
): { href: string } | { error: string } {
  if (external.test(href)) return { href };
  const [target = "", anchor] = href.split("#", 2);
  if (target === "") {
    if (!anchor) return { error: `empty link "${href}"` };
    if (!from.anchors.has(anchor)) return { error: `link to unknown anchor "#${anchor}"` };
    return { href: anchorRoute(from.kind, from.id, anchor) };
  }
  const prefixed = /^(lesson|notebook):(.+)$/.exec(target);
  const kind = prefixed ? (prefixed[1] as "lesson" | "notebook") : "page";
  const id = prefixed ? (prefixed[2] ?? "") : target;
  const anchors = (
    kind === "lesson" ? targets.lessons : kind === "notebook" ? targets.notebooks : targets.pages
  ).get(id);
  if (!anchors) {
    return {
      error: `link to unknown ${kind} "${id}" (write lesson:<id>, notebook:<id>, <page-id> or https:)`,
    };
  }
  if (anchor === undefined) return { href: anchorRoute(kind, id) };
  if (!anchors.has(anchor)) return { error: `link to unknown anchor "${id}#${anchor}"` };
  return { href: anchorRoute(kind, id, anchor) };
}
