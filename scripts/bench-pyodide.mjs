// The load benchmark's point of comparison: Pyodide core (the installed devDependency) served from
// this machine, cold, in a fresh browser context: time from navigation to its first result.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";

const types = {
  ".mjs": "text/javascript; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
};

// Loads Pyodide core (no packages), then runs `1+1` and a small pure-Python computation. Times are
// performance.now(), whose origin is the navigation's start.
const page = `<!doctype html>
<meta charset="utf-8"><title>Pyodide core, cold start</title>
<script type="module">
  const { loadPyodide } = await import("./pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL: new URL("./", location.href).href });
  const two = pyodide.runPython("1+1");
  const first = performance.now();
  const sum = pyodide.runPython("sum(i * i for i in range(10_000))");
  window.__pyodide = { two, first, sum, small: performance.now() };
</script>`;

/**
 * Serves the `pyodide` package's folder and the page above on 127.0.0.1.
 *
 * @param {number} port the port to listen on (0: any free port).
 * @returns {Promise<{ url: string, close: () => void }>}
 */
export async function servePyodide(port) {
  const folder = dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? "/", "http://localhost").pathname);
    if (path === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      return;
    }
    const file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const listening = typeof address === "object" && address ? address.port : port;
  return { url: `http://127.0.0.1:${listening}/`, close: () => server.close() };
}

/**
 * One cold start of Pyodide core in a fresh context of `browser`.
 *
 * @param {import("@playwright/test").Browser} browser a launched Chromium.
 * @param {string} url the page `servePyodide` serves.
 * @returns {Promise<{ first: number, small: number }>} ms from navigation to `1+1`'s result and
 *   to the small computation's result.
 */
export async function pyodideColdStart(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(() => window.__pyodide, undefined, {
      timeout: 120_000,
    });
    return checked(await handle.jsonValue());
  } finally {
    await context.close();
  }
}

/**
 * The same cold start in the Chromium of scripts/bench-bare-chromium.mjs, which no DevTools client
 * watches the way Playwright does: the conditions the pages' first paint is judged in.
 *
 * @param {Awaited<ReturnType<typeof import("./bench-bare-chromium.mjs").launchBareChromium>>} bare
 * @param {string} url the page `servePyodide` serves.
 * @returns {Promise<{ first: number, small: number }>} as `pyodideColdStart`.
 */
export async function pyodideColdStartBare(bare, url) {
  const result = await bare.open(url, {
    probe: "",
    ready: "window.__pyodide !== undefined",
    result: "window.__pyodide",
    viewport: { width: 1280, height: 900 },
    settleMs: 0,
    timeoutMs: 120_000,
  });
  return checked(result);
}

/** Pyodide's answers, checked, and its two times. */
function checked(result) {
  if (result.two !== 2 || result.sum !== 333283335000)
    throw new Error(`Pyodide answered ${result.two} and ${result.sum}: not 2 and 333283335000`);
  return { first: result.first, small: result.small };
}
