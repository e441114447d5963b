#!/usr/bin/env node
// Load benchmark: builds the site, serves it on 127.0.0.1, loads the overview and a lesson in
// headless Chromium several times (fresh browser context each run: no cache, no service worker)
// and prints medians of first contentful paint, time until the lesson text is painted, and the
// gzipped JavaScript bytes of the initial route.
//
// "Lesson text painted" is the browser's own paint time of the lesson's first paragraph (Element
// Timing API: the paragraph is tagged with `elementtiming` the moment it enters the document), not
// the moment a Playwright poll happens to notice it, which on a busy machine lags by 100-300 ms. Budgets (DESIGN.md §6): initial JS <= ~170 KB
// gzipped; lesson text visible well under 1 s.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";

const runs = Number(process.env.RUNS ?? 7);
const port = 4399;
const base = `http://127.0.0.1:${port}/`;
const lesson = process.env.LESSON ?? "features-entities-time";

if (!process.argv.includes("--no-build")) {
  const build = spawnSync(
    "npx",
    ["vite", "build", "--configLoader", "runner", "--logLevel", "warn"],
    { stdio: "inherit" },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn("node", ["scripts/serve.mjs", "dist", "--port", String(port)], {
  stdio: "ignore",
});
await new Promise((resolve) => setTimeout(resolve, 500));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const gzippedBytes = (urls) =>
  urls.reduce(
    (total, url) =>
      total + gzipSync(readFileSync(`dist/${new URL(url).pathname.slice(1)}`), { level: 9 }).length,
    0,
  );

/** Runs in the page before its scripts: tags the first lesson paragraph for Element Timing. */
function tagLessonText() {
  window.lessonTextPainted = new Promise((resolve) => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.identifier === "lesson-text") resolve(entry.renderTime || entry.loadTime);
    }).observe({ type: "element", buffered: true });
  });
  // The paragraph may be replaced (the static preview by the app) before it is painted.
  const tagger = new MutationObserver(() => {
    const paragraph = document.querySelector(".lesson-body .block-html p");
    if (paragraph && !paragraph.hasAttribute("elementtiming"))
      paragraph.setAttribute("elementtiming", "lesson-text");
  });
  tagger.observe(document, { childList: true, subtree: true });
  void window.lessonTextPainted.then(() => tagger.disconnect());
}

const browser = await chromium.launch(launchOptions());
const results = { overviewFcp: [], lessonFcp: [], lessonTextPainted: [] };
let initialJs = [];
let lessonJs = [];
try {
  for (let run = 0; run < runs; run++) {
    for (const route of ["overview", "lesson"]) {
      const context = await browser.newContext({ serviceWorkers: "block" });
      const page = await context.newPage();
      if (route === "lesson") await page.addInitScript(tagLessonText);
      const hash = route === "overview" ? "#/" : `#/lessons/${lesson}`;
      await page.goto(`${base}${hash}`);
      const selector = route === "overview" ? ".overview h1" : ".lesson-body .block-html p";
      await page.locator(selector).first().waitFor({ state: "visible" });
      // The scripts of the route are counted once the app (not only the static preview) is up.
      await page.locator(".app-shell:not(.static-preview) .sidebar-nav").waitFor();
      await page.waitForTimeout(100);
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        scripts: performance
          .getEntriesByType("resource")
          .filter((entry) => entry.name.endsWith(".js"))
          .map((entry) => entry.name),
      }));
      if (route === "overview") {
        results.overviewFcp.push(timing.fcp);
        initialJs = timing.scripts.filter(
          (name) => !name.includes("workbox") && !name.includes("pwa-register"),
        );
      } else {
        results.lessonFcp.push(timing.fcp);
        results.lessonTextPainted.push(await page.evaluate(() => window.lessonTextPainted));
        lessonJs = timing.scripts;
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}

const ms = (values) => `${median(values).toFixed(0)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Load benchmark: ${runs} runs each, headless Chromium, local static server`);
console.log(`  overview first contentful paint (median)      ${ms(results.overviewFcp)}`);
console.log(`  lesson first contentful paint (median)        ${ms(results.lessonFcp)}`);
console.log(`  lesson text visible: painted (median)         ${ms(results.lessonTextPainted)}`);
console.log(
  `  initial route JavaScript, gzipped             ${kb(gzippedBytes(initialJs))}  (${initialJs.length} files)`,
);
console.log(
  `  lesson route JavaScript incl. lesson, gzipped ${kb(gzippedBytes(lessonJs))}  (${lessonJs.length} files)`,
);
