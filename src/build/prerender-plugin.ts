import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { build, type Plugin, type ResolvedConfig } from "vite";
import { legacyHashHref } from "../content/model/routes";
import type { RenderedPage } from "../app/prerender";
import { notFoundPageAtAnyDepth } from "./not-found-page";

/** The SSR build's entry: the app rendered in Node. */
const entry = "src/app/prerender.tsx";

/**
 * Renders every route with the Node build of the app, in a Node process of its own (the config's
 * module runner, which loaded this plugin, cannot import the build's output).
 */
function renderInNode(bundle: string): Record<string, RenderedPage> {
  const script = [
    "const app = await import(process.argv[1]);",
    "const pages = {};",
    "for (const file of app.routeFiles) pages[file] = await app.renderPage(file);",
    "process.stdout.write(JSON.stringify(pages));",
  ].join("\n");
  const output = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", script, pathToFileURL(bundle).href],
    { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] },
  );
  return JSON.parse(output) as Record<string, RenderedPage>;
}

/**
 * After the browser build has written its files, builds the app for Node (a Vite SSR build of
 * `src/app/prerender.tsx`) and writes one HTML file per route into the output: the built
 * index.html with the route's prerendered app in `#root`, its title, and a preload of its lesson
 * module. Runs before vite-plugin-pwa writes the service worker, so every route is precached.
 * Also puts the redirect of old hash links (`#/lessons/…`), generated from the route grammar,
 * at the top of every page.
 */
export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "prerender-routes",
    apply: (userConfig, env) => env.command === "build" && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: "pre",
      handler: () => [
        {
          tag: "script",
          // Self-contained by contract (see legacyHashHref), so its source runs on its own.
          children: `(function(){var to=(${legacyHashHref.toString()})(location.hash);if(to)location.replace(to);})();`,
          injectTo: "head",
        },
      ],
    },
    writeBundle: {
      sequential: true,
      order: "post",
      async handler(options, bundle) {
        const outDir = options.dir ?? resolve(config.root, config.build.outDir);
        // Inside the project, so the Node build resolves the project's packages; one per output
        // folder, so builds into different folders never share it.
        const ssrDir = join(config.root, "node_modules", ".prerender", basename(outDir));
        rmSync(ssrDir, { recursive: true, force: true });
        mkdirSync(ssrDir, { recursive: true });
        await build({
          ...(config.configFile ? { configFile: config.configFile } : {}),
          configLoader: "runner",
          mode: config.mode,
          logLevel: "warn",
          build: {
            ssr: entry,
            outDir: ssrDir,
            emptyOutDir: true,
            rolldownOptions: { output: { entryFileNames: "prerender.mjs" } },
          },
        });
        const pages = renderInNode(join(ssrDir, "prerender.mjs"));
        const lessonChunks = new Map<string, string>();
        for (const file of Object.values(bundle)) {
          const facade = file.type === "chunk" ? file.facadeModuleId : null;
          const prefix = "\0virtual:lesson/";
          if (facade?.startsWith(prefix))
            lessonChunks.set(facade.slice(prefix.length), file.fileName);
        }
        const template = readFileSync(join(outDir, "index.html"), "utf8");
        for (const [file, page] of Object.entries(pages)) {
          const chunk = page.lessonId ? lessonChunks.get(page.lessonId) : undefined;
          const html = fillTemplate(template, file, page, chunk, config.base);
          // Hosts serve the 404 page for a missing address at any depth, not only beside it.
          const atAnyDepth = file === "404.html" ? notFoundPageAtAnyDepth(html, config.base) : html;
          writeFileSync(join(outDir, file), atAnyDepth);
        }
        rmSync(ssrDir, { recursive: true, force: true });
      },
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The built index.html with one route's page in it. */
function fillTemplate(
  template: string,
  file: string,
  page: RenderedPage,
  lessonChunk: string | undefined,
  base: string,
): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`index.html: no ${root} to render pages into`);
  const expected = firstRunDataId(page.html);
  const head = [
    lessonChunk &&
      `<link rel="modulepreload" crossorigin href="${escapeHtml(base + lessonChunk)}">`,
    expected && `<link rel="expect" href="#${escapeHtml(expected)}" blocking="render">`,
  ].filter(Boolean);
  const preload = head.map((line) => `${line}\n  `).join("") + "</head>";
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace("</head>", () => preload)
    .replace(root, () => `<div id="root" data-route-file="${escapeHtml(file)}">${page.html}</div>`);
}

/**
 * The id of the build's run data that follows a page's first simulation output (a cell's outputs
 * or a lesson figure's drawing: each prints its run's JSON right after itself), or undefined for
 * a page without one. The page's head asks the browser to hold its first paint until that element
 * is in the document (`<link rel="expect" blocking="render">`), so the whole output is drawn in
 * the same frame as the text above it rather than a frame or more later, while the browser parses
 * the rest of a long page. Chromium releases the hold as soon as the element's start tag is
 * parsed, and its parser may stop for a frame anywhere in a page: an element after the output,
 * not the one around it, is what makes sure the output is complete. Browsers without
 * `rel="expect"` ignore it.
 */
export function firstRunDataId(html: string): string | undefined {
  return /<script type="application\/json" id="([^"]+)" data-cell-run="/.exec(html)?.[1];
}
