// Static hosts serve 404.html for any missing address, at any depth: for `/a/b/missing` the
// browser resolves the page's relative URLs (`./assets/…`, `lesson-….html`) against `/a/b/`,
// where nothing exists, and the page would lose its styles, its script and its links. A build
// for a fixed sub-path knows the site's folder, so its 404 page names it in a `<base>`. A build
// with the relative base (one build for any folder) cannot know it: its 404 page finds the folder
// when it opens, as the nearest folder above the address that serves this very 404.html, then
// sets the `<base>` and loads its styles and script from there.

/** A tag of the page's head that loads something by a relative URL, with its attributes. */
export interface HeadTag {
  tag: "link" | "script";
  attributes: [name: string, value: string][];
}

/** The folder a 404.html served at `pathname` may belong to, nearest first: `/a/b/`, `/a/`, `/`. */
export function candidateFolders(pathname: string): string[] {
  const folders: string[] = [];
  let folder = pathname.slice(0, pathname.lastIndexOf("/") + 1) || "/";
  for (;;) {
    folders.push(folder);
    if (folder === "/") return folders;
    folder = folder.slice(0, folder.slice(0, -1).lastIndexOf("/") + 1) || "/";
  }
}

/**
 * Runs in the 404 page's head (self-contained: the build inlines its source, with
 * `candidateFolders` passed in). Tries each candidate folder for `probe` (the 404 page's own
 * file, which only the site's folder serves with success), then loads the head's tags from the
 * first that has it. The page stays hidden until its stylesheet has loaded (at most a few
 * seconds), so it never flashes unstyled.
 */
function loadFromSiteFolder(
  tags: HeadTag[],
  probe: string,
  folders: (pathname: string) => string[],
): void {
  const root = document.documentElement;
  root.style.visibility = "hidden";
  const reveal = () => {
    root.style.visibility = "";
  };
  const fallback = setTimeout(reveal, 3000);
  const attach = (folder: string) => {
    const base = document.createElement("base");
    base.href = folder;
    document.head.prepend(base);
    const scripts: HTMLScriptElement[] = [];
    let styled = false;
    for (const { tag, attributes } of tags) {
      const element = document.createElement(tag);
      for (const [name, value] of attributes) element.setAttribute(name, value);
      if (element instanceof HTMLScriptElement) {
        scripts.push(element);
        continue;
      }
      if (element.getAttribute("rel") === "stylesheet") {
        styled = true;
        element.addEventListener("load", reveal);
        element.addEventListener("error", reveal);
      }
      document.head.append(element);
    }
    if (!styled) reveal();
    // The app's entry expects the whole page, as a module script in the markup would.
    const run = () => {
      for (const script of scripts) document.head.append(script);
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
    else run();
  };
  const candidates = folders(location.pathname);
  const tryFolder = (index: number) => {
    const folder = candidates[index];
    if (folder === undefined) {
      clearTimeout(fallback);
      reveal();
      return;
    }
    fetch(folder + probe).then(
      (response) => (response.ok ? attach(folder) : tryFolder(index + 1)),
      () => tryFolder(index + 1),
    );
  };
  tryFolder(0);
}

const absoluteUrl = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

function attributesOf(tag: string): [string, string][] {
  const inner = tag.replace(/^<[a-z]+/i, "").replace(/\/?>(?:<\/script>)?$/i, "");
  return [...inner.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*"([^"]*)")?/g)].map((match) => [
    match[1]!,
    (match[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
  ]);
}

const scriptText = (code: string) => `<script>${code.replace(/</g, "\\u003c")}</script>`;

/**
 * The prerendered 404 page made to work at any depth under the site's folder: with a `<base>`
 * naming the folder when the build has a fixed one (`base` starts with `/` or is a full URL),
 * else with its relative-URL head tags (styles, scripts, icons, manifest) loaded by a script that
 * finds the site's folder first.
 */
export function notFoundPageAtAnyDepth(html: string, base: string): string {
  const headEnd = html.indexOf("</head>");
  const headStart = html.indexOf("<head>");
  if (headStart < 0 || headEnd < 0) throw new Error("404.html: no <head> to adapt");
  const afterHead = headStart + "<head>".length;
  if (absoluteUrl.test(base)) {
    return `${html.slice(0, afterHead)}\n    <base href="${base.replace(/"/g, "&quot;")}" />${html.slice(afterHead)}`;
  }
  const tags: HeadTag[] = [];
  const head = html
    .slice(afterHead, headEnd)
    .replace(
      /\s*(<link\b[^>]*>|<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>)/gi,
      (whole, tag: string) => {
        const attributes = attributesOf(tag);
        const url = attributes.find(([name]) => name === "href" || name === "src")?.[1];
        if (url === undefined || absoluteUrl.test(url)) return whole;
        tags.push({ tag: tag.toLowerCase().startsWith("<link") ? "link" : "script", attributes });
        return "";
      },
    );
  const loader = `(${loadFromSiteFolder.toString()})(${JSON.stringify(tags)}, "404.html", ${candidateFolders.toString()});`;
  return `${html.slice(0, afterHead)}\n    ${scriptText(loader)}${head}${html.slice(headEnd)}`;
}
