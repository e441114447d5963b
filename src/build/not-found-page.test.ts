import { describe, expect, it } from "vitest";
import { candidateFolders, notFoundPageAtAnyDepth } from "./not-found-page";

/** The shape of a built page: inline scripts, icons, the entry, preloads, styles, manifest. */
const page = (prefix: string) => `<!doctype html>
<html lang="en">
  <head>
    <script>document.documentElement.dataset.theme = "light";</script>
    <meta charset="UTF-8" />
    <link rel="icon" href="${prefix}icon.svg" type="image/svg+xml" />
    <title>Page not found</title>
    <script type="module" crossorigin src="${prefix}assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="${prefix}assets/react-def.js">
    <link rel="stylesheet" crossorigin href="${prefix}assets/index-ghi.css">
    <link rel="preconnect" href="https://example.org">
  <link rel="manifest" href="${prefix}manifest.webmanifest"></head>
  <body>
    <div id="root" data-route-file="404.html"><a href="lesson-a.html">A</a></div>
  </body>
</html>`;

describe("candidateFolders", () => {
  it("lists the folders above an address, nearest first", () => {
    expect(candidateFolders("/a/b/missing")).toEqual(["/a/b/", "/a/", "/"]);
    expect(candidateFolders("/a/b/")).toEqual(["/a/b/", "/a/", "/"]);
    expect(candidateFolders("/missing.html")).toEqual(["/"]);
    expect(candidateFolders("/")).toEqual(["/"]);
  });
});

describe("notFoundPageAtAnyDepth", () => {
  it("names a fixed sub-path in a <base> before any relative URL", () => {
    const html = notFoundPageAtAnyDepth(
      page("/courses/feature-stores/"),
      "/courses/feature-stores/",
    );
    expect(html).toContain('<head>\n    <base href="/courses/feature-stores/" />');
    expect(html).toContain('src="/courses/feature-stores/assets/index-abc.js"');
  });

  it("with the relative base, loads the head's relative URLs from the folder it finds", () => {
    const html = notFoundPageAtAnyDepth(page("./"), "./");
    const head = html.slice(0, html.indexOf("</head>"));
    // Nothing in the markup loads from the address's own folder any more…
    expect(head).not.toMatch(/(?:href|src)="\.\//);
    // …the loader has every tag, in order, with its attributes; other tags stay as they were.
    const loader = head.match(/<script>(\(function loadFromSiteFolder[\s\S]*?)<\/script>/)?.[1];
    expect(loader).toBeDefined();
    const urls = [...loader!.matchAll(/"(?:href|src)","([^"]+)"/g)].map((match) => match[1]);
    expect(urls).toEqual([
      "./icon.svg",
      "./assets/index-abc.js",
      "./assets/react-def.js",
      "./assets/index-ghi.css",
      "./manifest.webmanifest",
    ]);
    expect(loader).toContain('["crossorigin",""]');
    expect(loader).toContain('"404.html"');
    expect(head).toContain('<link rel="preconnect" href="https://example.org">');
    expect(head).toContain("<title>Page not found</title>");
    expect(head.indexOf("loadFromSiteFolder")).toBeLessThan(head.indexOf("dataset.theme"));
    // The body is untouched: its links resolve against the <base> the loader sets.
    expect(html.slice(html.indexOf("</head>"))).toBe(
      page("./").slice(page("./").indexOf("</head>")),
    );
  });

  it("writes a loader that parses as JavaScript", () => {
    const html = notFoundPageAtAnyDepth(page("./"), "./");
    const loader = html.match(/<script>(\(function loadFromSiteFolder[\s\S]*?)<\/script>/)![1]!;
    expect(() => new Function(loader)).not.toThrow();
  });
});
