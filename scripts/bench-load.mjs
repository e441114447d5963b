#!/usr/bin/env node
// Load benchmark (DESIGN.md §6, issue 13 "Budgets"), printed side by side from one run:
//
// - first contentful paint, and the first simulation output painted, for the overview, the theory
//   notebook and a lesson with simulations; Pyodide core's cold start to its first result, served
//   from this machine, and the ratio: judged in a Chromium that no DevTools client watches the way
//   Playwright does, as a reader's browser is (scripts/bench-bare-chromium.mjs), with Playwright's
//   figures beside them;
// - the slow link (50 KB/s, 400 ms round trip, emulated with the DevTools protocol): the lesson's
//   text painted against its first simulation output painted;
// - the longest main-thread task until each page is hydrated; of it, the longest the app's own
//   scripts take (module evaluation, hydration, effects: what hydration adds, budget 50 ms), under
//   Playwright and, for the budget, in a Chromium without DevTools' Runtime domain (which makes
//   every Error a script creates cost a re-parse: scripts/bench-bare-chromium.mjs); and the
//   longest task of the same page with every script blocked (the browser's own parsing, style,
//   layout and paint of the prerendered HTML, which hydration does not add);
// - JavaScript over the wire: the lesson route's until its first output responds to a slider, the
//   first route's (the overview) until it is hydrated, and the offline precache.
//
// Each run opens each page in a fresh browser context (no cache, no service worker, no storage) of
// headless Chromium; figures are medians. The site is served gzipped, as static hosts serve it. "Painted" is the browser's own paint time (Element Timing),
// see scripts/bench-probes.mjs. Routes are the links the app itself shows in its sidebar, so the
// benchmark follows the app's route grammar, whatever it is.
//
// Usage: npm run bench:load [-- --no-build] [--dist DIR] [--runs N] [--slow-runs N]
//        [--lesson ID] [--notebook ID] [--port N] [--files]
// `--dist DIR` builds into (or, with --no-build, measures) DIR instead of dist/.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";
import { installProbes, isHydrated, outputSelector, textSelector } from "./bench-probes.mjs";
import { launchBareChromium } from "./bench-bare-chromium.mjs";
import { pyodideColdStart, pyodideColdStartBare, servePyodide } from "./bench-pyodide.mjs";
import { fileOfUrl, kb, precacheSize, transferredBytes } from "./bench-sizes.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const dist = option("dist", process.env.DIST ?? "dist");
const runs = Number(option("runs", process.env.RUNS ?? "5"));
const slowRuns = Number(option("slow-runs", "1"));
const lessonId = option("lesson", process.env.LESSON ?? "drift-detection");
const notebookId = option("notebook", "theory");
const port = Number(option("port", "4399"));
const base = `http://127.0.0.1:${port}/`;
const budgets = {
  lessonJs: 250 * 1024,
  initialJs: 96.5 * 1024,
  precache: 2 * 1024 * 1024,
  // No task the app's scripts add while the page hydrates may exceed this.
  hydrationTask: 50,
};
const slider = 'input[type="range"]';
const viewport = { width: 1280, height: 900 };

if (!args.includes("--no-build")) {
  const build = spawnSync(
    "npx",
    ["vite", "build", "--configLoader", "runner", "--logLevel", "warn", "--outDir", dist],
    { stdio: "inherit" },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Gzipped, as static hosts send text files: the slow link carries what a reader's would.
const server = spawn("node", ["scripts/serve.mjs", dist, "--port", String(port), "--gzip"], {
  stdio: "ignore",
});
const pyodide = await servePyodide(0);

const median = (values) => {
  const known = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (known.length === 0) return NaN;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 ? known[middle] : (known[middle - 1] + known[middle]) / 2;
};
const isScript = (url) => /\.m?js(\?|$)/.test(new URL(url).pathname);

/** Waits until the static server answers. */
async function serverUp() {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The static server for ${dist} did not answer at ${base}`);
}

/** The overview's, the notebook's and the lesson's URLs, read from the app's own sidebar links. */
async function discoverRoutes(browser) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto(base);
    await page.locator(".sidebar-nav a").first().waitFor();
    const href = async (selectors) => {
      for (const selector of selectors) {
        const link = page.locator(`.sidebar-nav ${selector}`).first();
        if ((await link.count()) > 0) return link.evaluate((element) => element.href);
      }
      throw new Error(`No sidebar link matches ${selectors.join(" or ")} on ${base}`);
    };
    return {
      overview: base,
      notebook: await href([
        `a[href*="notebook"][href*="${notebookId}"]`,
        `a[href*="${notebookId}"]`,
      ]),
      lesson: await href([`a[href*="lesson"][href*="${lessonId}"]`, `a[href*="${lessonId}"]`]),
    };
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` in a fresh context and measures it.
 *
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 * @param {{ outputs: boolean, hydrated: string, interact?: boolean, slow?: boolean }} how
 *   `outputs`: the page shows simulation outputs; `hydrated`: a selector React must own before
 *   the page counts as hydrated; `interact`: move the first slider and wait for its output to be
 *   redrawn (the page is then interactive, and its scripts are counted up to here); `slow`: emulate
 *   the slow link.
 */
async function measure(browser, url, how) {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  const scripts = new Set();
  // Dedicated workers' requests count too: the kernel is part of what a lesson needs.
  context.on("request", (request) => {
    if (isScript(request.url())) scripts.add(request.url());
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(installProbes, { output: outputSelector, text: textSelector });
    if (how.slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 400,
        downloadThroughput: 50 * 1024,
        uploadThroughput: 50 * 1024,
      });
    }
    const timeout = how.slow ? 300_000 : 60_000;
    await page.goto(url, { waitUntil: "commit", timeout });
    await page.waitForFunction(isHydrated, how.hydrated, { timeout, polling: 50 });
    const hydratedAt = await page.evaluate(() => performance.now());
    if (how.outputs) await page.waitForFunction(outputSeen, undefined, { timeout, polling: 50 });
    // Let late paint entries and the tasks that end hydration arrive.
    await page.waitForTimeout(500);
    const probe = await page.evaluate(() => ({
      ...window.__bench,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    }));
    let interactive;
    if (how.interact) interactive = await moveFirstSlider(page, timeout);
    return {
      ...paintTimes(probe),
      hydratedAt,
      longestTask: Math.max(
        0,
        ...probe.longTasks
          .filter((task) => task.start <= hydratedAt + 500)
          .map((task) => task.duration),
      ),
      ...longestAppScript(probe.scripts, hydratedAt),
      interactive,
      scripts: [...scripts],
    };
  } finally {
    await context.close();
  }
}

/**
 * Runs in the page: whether the first output's paint has been seen (see scripts/bench-probes.mjs):
 * reported by Element Timing, or, for an output Element Timing does not report, the frame after it
 * entered the page (and the first paint, when it entered before it).
 */
function outputSeen() {
  return (
    window.__bench.outputPainted !== undefined ||
    (window.__bench.outputFrame !== undefined &&
      (!window.__bench.outputBeforeFirstPaint || window.__bench.firstPaint !== undefined))
  );
}

/**
 * The paint times of one load, from what the page's probes recorded (`probe.fcp` added): first
 * contentful paint, text and first output painted, and how the output's paint was seen.
 */
function paintTimes(probe) {
  const outputPainted =
    probe.outputPainted ?? (probe.outputBeforeFirstPaint ? probe.firstPaint : probe.outputFrame);
  return {
    fcp: probe.fcp ?? NaN,
    textPainted: probe.textPainted ?? NaN,
    outputPainted: outputPainted ?? NaN,
    outputByElementTiming: probe.outputPainted !== undefined,
    outputInFirstPaint: probe.outputPainted === undefined && probe.outputBeforeFirstPaint,
    outputInHtml: probe.outputInserted !== undefined && probe.outputInserted <= (probe.fcp ?? 0),
  };
}

/**
 * Opens `url` with every script file blocked (the page's inline theme script still runs) and
 * returns its longest main-thread task: what the browser alone spends parsing, styling, laying
 * out and painting the prerendered HTML, against which the tasks the app adds are judged.
 */
async function longestTaskWithoutApp(browser, url) {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  try {
    await context.route(
      (address) => isScript(address.href),
      (route) => route.abort(),
    );
    const page = await context.newPage();
    await page.addInitScript(installProbes, { output: outputSelector, text: textSelector });
    await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    await page.waitForTimeout(1000);
    const probe = await page.evaluate(() => window.__bench);
    return Math.max(0, ...probe.longTasks.map((task) => task.duration));
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` in a Chromium that no DevTools client watches the way Playwright does (see
 * scripts/bench-bare-chromium.mjs), as a reader's browser is, and returns its paint times (as
 * `measure`) and the longest script of the app until it is hydrated (and 500 ms more), as the Long
 * Animation Frames API reports it: scripts in frames over 50 ms only, so 0 means that no frame
 * until then was over 50 ms.
 */
async function measureWithoutDevTools(bare, url, { outputs, hydrated }) {
  const selectors = JSON.stringify({ output: outputSelector, text: textSelector });
  const isReady = `(${isHydrated})(${JSON.stringify(hydrated)}) && (window.__bench.hydratedAt ??= performance.now(), true)`;
  const probe = await bare.open(url, {
    // As in the Playwright pass, no service worker: both passes load the same files.
    probe: `delete Navigator.prototype.serviceWorker; (${installProbes})(${selectors});`,
    ready: outputs ? `${isReady} && (${outputSeen})()` : isReady,
    result: `({ ...window.__bench, fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime })`,
    viewport,
    settleMs: 500,
    timeoutMs: 60_000,
  });
  return { ...paintTimes(probe), ...longestAppScript(probe.scripts, probe.hydratedAt) };
}

/**
 * The longest of the app's scripts (Long Animation Frames entries) that started before the page
 * was hydrated or within 500 ms after: `longestScript` (0 when none) and `longestScriptIs`.
 * Scripts without a source file are the benchmark's own probes, injected before the page.
 */
function longestAppScript(scripts, hydratedAt) {
  const longest = scripts
    .filter((script) => script.source !== "" && script.start <= hydratedAt + 500)
    .sort((a, b) => b.duration - a.duration)[0];
  return { longestScript: longest?.duration ?? 0, longestScriptIs: longest };
}

/** Moves the page's first slider one step and waits until its cell's outputs are redrawn. */
async function moveFirstSlider(page, timeout) {
  const before = await page.evaluate((selector) => {
    const input = document.querySelector(selector);
    let cell = input.parentElement;
    while (cell && !cell.querySelector(".cell-outputs")) cell = cell.parentElement;
    if (!cell) throw new Error("The first slider belongs to no cell with outputs");
    cell.setAttribute("data-bench-cell", "");
    return cell.querySelector(".cell-outputs").innerHTML;
  }, slider);
  await page.locator(slider).first().focus();
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(
    (html) => {
      const outputs = document.querySelector("[data-bench-cell] .cell-outputs");
      return outputs && !outputs.hasAttribute("data-stale") && outputs.innerHTML !== html;
    },
    before,
    { timeout, polling: 50 },
  );
  return (await page.evaluate(() => performance.now())) - start;
}

/** Transferred bytes of the scripts at these URLs (read from the built folder). */
function scriptBytes(urls) {
  const files = urls
    .filter((url) => url.startsWith(base))
    .map((url) => {
      const path = fileOfUrl(dist, url);
      if (!existsSync(path)) throw new Error(`${url}: loaded by the page but not in ${dist}`);
      return { url, bytes: transferredBytes(readFileSync(path)) };
    });
  return { files, bytes: files.reduce((total, file) => total + file.bytes, 0) };
}

await serverUp();
const browser = await chromium.launch(launchOptions());
const bare = await launchBareChromium();
const results = { overview: [], notebook: [], lesson: [], pyodide: [], pyodideBare: [], slow: [] };
const pageKinds = {
  overview: { outputs: false, hydrated: ".sidebar-nav a" },
  notebook: { outputs: true, hydrated: slider },
  lesson: { outputs: true, hydrated: slider },
};
let routes;
try {
  routes = await discoverRoutes(browser);
  // The second browser's first page pays for its start-up, as discoverRoutes did for the first.
  await measureWithoutDevTools(bare, routes.overview, pageKinds.overview);
  for (let run = 0; run < runs; run++) {
    results.overview.push(await measure(browser, routes.overview, pageKinds.overview));
    results.notebook.push(await measure(browser, routes.notebook, pageKinds.notebook));
    results.lesson.push(
      await measure(browser, routes.lesson, { ...pageKinds.lesson, interact: true }),
    );
    results.pyodide.push(await pyodideColdStart(browser, pyodide.url));
    for (const name of ["overview", "notebook", "lesson"]) {
      const row = results[name].at(-1);
      row.longestTaskWithoutApp = await longestTaskWithoutApp(browser, routes[name]);
      row.withoutDevTools = await measureWithoutDevTools(bare, routes[name], pageKinds[name]);
    }
    results.pyodideBare.push(await pyodideColdStartBare(bare, pyodide.url));
  }
  for (let run = 0; run < slowRuns; run++) {
    results.slow.push(await measure(browser, routes.lesson, { ...pageKinds.lesson, slow: true }));
  }
} finally {
  await browser.close();
  await bare.close();
  server.kill();
  pyodide.close();
}

const of = (rows, key) => median(rows.map((row) => row[key]));
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : "—");
const s = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(1)} s` : "—");
const column = (text, width = 18) => String(text).padStart(width);
const line = (label, overview, notebook, lesson) =>
  console.log(
    `  ${label.padEnd(42)}${column(overview)}${column(notebook, 20)}${column(lesson, 28)}`,
  );

const { overview, notebook, lesson } = results;
const pages = [overview, notebook, lesson];
/** One measurement's median on each page, in the table's column order. */
const eachPage = (key) => pages.map((rows) => ms(of(rows, key)));
// What a reader's browser does: the same loads in a Chromium no DevTools client watches the way
// Playwright does (scripts/bench-bare-chromium.mjs), which judges the budgets; Playwright's
// figures are printed beside them.
const readerPages = pages.map((rows) => rows.map((row) => row.withoutDevTools));
const [, readerNotebook, readerLesson] = readerPages;
const readerEachPage = (key) => readerPages.map((rows) => ms(of(rows, key)));
const how = (rows) =>
  rows.every((row) => row.outputByElementTiming)
    ? rows.every((row) => row.outputInHtml)
      ? "in the HTML"
      : "Element Timing"
    : rows.every((row) => row.outputByElementTiming || row.outputInFirstPaint)
      ? "first paint (off-screen)"
      : "frame after insertion";
console.log(
  `Load benchmark: ${runs} runs, medians; headless Chromium, fresh context per page, ${viewport.width}x${viewport.height}, ${dist}/ on a local static server`,
);
line("", "overview", `notebook ${notebookId}`, `lesson ${lessonId}`);
line("first contentful paint", ...readerEachPage("fcp"));
line("  under Playwright", ...eachPage("fcp"));
line(
  "text painted",
  "",
  ms(of(readerNotebook, "textPainted")),
  ms(of(readerLesson, "textPainted")),
);
line(
  "first simulation output painted",
  "",
  ms(of(readerNotebook, "outputPainted")),
  ms(of(readerLesson, "outputPainted")),
);
line("  (how the output's paint was seen)", "", how(readerNotebook), how(readerLesson));
line("  under Playwright", "", ms(of(notebook, "outputPainted")), ms(of(lesson, "outputPainted")));
line("hydrated (React owns the links / sliders)", ...eachPage("hydratedAt"));
// The Long Tasks API reports tasks over 50 ms only: a page without one has a longest task under it.
const longTask = (key) => eachPage(key).map((text) => (text === "0 ms" ? "< 50 ms" : text));
line("longest main-thread task until hydrated", ...longTask("longestTask"));
line("  of which the app's scripts (longest)", ...eachPage("longestScript"));
line("  the same page with no script of the app", ...longTask("longestTaskWithoutApp"));
// The budget is judged without DevTools' Runtime domain (scripts/bench-bare-chromium.mjs says
// what it adds); both are printed. Scripts are reported in frames over 50 ms only.
const bareScript = readerPages.map((rows) => of(rows, "longestScript"));
const under50 = (value) => (value === 0 ? "< 50 ms" : ms(value));
line("  the app's scripts, no DevTools Runtime", ...bareScript.map(under50));
const hydrationTask = Math.max(...bareScript);
const highestRun = Math.max(...readerPages.flat().map((row) => row.longestScript));
const withDevTools = Math.max(...pages.map((rows) => of(rows, "longestScript")));
console.log(
  `  hydration's longest task (the app's scripts, any page)  ${under50(hydrationTask)}   budget ${ms(budgets.hydrationTask)}: ${hydrationTask <= budgets.hydrationTask ? "within" : "OVER"}   (highest single run ${under50(highestRun)}; with DevTools' Runtime domain, as under Playwright: ${ms(withDevTools)})`,
);
line("slider move to redrawn output", "", "", ms(of(lesson, "interactive")));
/** Pyodide's first result over each page's first output painted: medians, and each run's own. */
function ratioLines(label, pyodideRuns, notebookRows, lessonRows) {
  const first = median(pyodideRuns.map((run) => run.first));
  const ratio = (rows) => (first / of(rows, "outputPainted")).toFixed(1);
  // The same ratio within each run (the pages and Pyodide measured back to back), as a range: how
  // much of a median's distance to the budget is the machine's noise.
  const runRatios = (rows) => {
    const ratios = rows
      .map((row, run) => (pyodideRuns[run]?.first ?? NaN) / row.outputPainted)
      .filter(Number.isFinite);
    return ratios.length
      ? `${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}x`
      : "—";
  };
  console.log(
    `  ${label.padEnd(42)}notebook ${ratio(notebookRows)}x, lesson ${ratio(lessonRows)}x   (each run's own: notebook ${runRatios(notebookRows)}, lesson ${runRatios(lessonRows)})`,
  );
}
const pyodideFirst = (runs) => ms(median(runs.map((run) => run.first)));
console.log(
  `  Pyodide core, cold, first result (1+1)    ${pyodideFirst(results.pyodideBare)}; under Playwright ${pyodideFirst(results.pyodide)}   (then a small pure-Python sum: ${ms(median(results.pyodideBare.map((run) => run.small)))})`,
);
ratioLines(
  "Pyodide first result / first output",
  results.pyodideBare,
  readerNotebook,
  readerLesson,
);
console.log("    budget: at least 10x, with the output in the FCP frame");
ratioLines("  under Playwright", results.pyodide, notebook, lesson);

if (results.slow.length > 0) {
  const slow = results.slow;
  console.log(
    `Slow link: 50 KB/s, 400 ms round trip (DevTools Network.emulateNetworkConditions), lesson ${lessonId}, ${slow.length} run(s), median`,
  );
  console.log(`  text painted                              ${s(of(slow, "textPainted"))}`);
  console.log(
    `  first simulation output painted           ${s(of(slow, "outputPainted"))}   (${how(slow)}; budget: no later than the text)`,
  );
}

const lessonJs = scriptBytes(lesson[0].scripts);
const initialJs = scriptBytes(
  overview[0].scripts.filter((url) => !/workbox|pwa-register/.test(url)),
);
const precache = precacheSize(dist);
const verdict = (bytes, budget) => (bytes <= budget ? "within" : "OVER");
console.log(
  "Sizes: gzip -9 of every script the page requested (files gzip cannot shrink: as they are)",
);
console.log(
  `  lesson route JavaScript incl. lesson      ${kb(lessonJs.bytes).padStart(9)}  (${lessonJs.files.length} files, until a slider redraws)   budget ${kb(budgets.lessonJs)}: ${verdict(lessonJs.bytes, budgets.lessonJs)}`,
);
console.log(
  `  initial JavaScript, overview              ${kb(initialJs.bytes).padStart(9)}  (${initialJs.files.length} files, until hydrated; not the service worker's)   budget ${kb(budgets.initialJs)}: ${verdict(initialJs.bytes, budgets.initialJs)}`,
);
console.log(
  `  offline precache, transferred             ${kb(precache.bytes).padStart(9)}  (${precache.files} files)   budget ${kb(budgets.precache)}: ${verdict(precache.bytes, budgets.precache)}`,
);
if (precache.missing.length > 0)
  console.log(`  precache entries not in ${dist}: ${precache.missing.join(", ")}`);
if (args.includes("--files")) {
  for (const [name, rows] of Object.entries({ overview, notebook, lesson })) {
    for (const [how, script] of [
      ["", rows[0].longestScriptIs],
      [" (no DevTools Runtime)", rows[0].withoutDevTools.longestScriptIs],
    ])
      if (script)
        console.log(
          `  ${name}: longest script${how} ${ms(script.duration)}, ${script.invoker} in ${script.source}`,
        );
  }
  for (const [name, js] of [
    ["lesson", lessonJs],
    ["overview", initialJs],
  ]) {
    console.log(`  ${name} scripts:`);
    for (const file of [...js.files].sort((a, b) => b.bytes - a.bytes))
      console.log(`    ${kb(file.bytes).padStart(9)}  ${new URL(file.url).pathname}`);
  }
}
