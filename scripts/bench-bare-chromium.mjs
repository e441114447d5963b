// The load benchmark's view of what a reader's browser does: pages (and Pyodide's cold start)
// opened in a Chromium that no DevTools client watches the way Playwright does. The first paint,
// the first output's paint and hydration's scripts are judged here.
//
// Playwright enables DevTools' Runtime domain in every page it drives. With it on, V8 records a
// detailed stack trace, with line and column, for every Error object a script creates, and
// finding a line and column means re-parsing the function that created it. React DOM creates five
// Errors as it loads (its internal signals, at the top level of its 200 KB module function), so
// under Playwright the task that evaluates the app's modules re-parses all of React DOM: 15 to 45
// ms on the benchmark's two-core machine, measured in traces as V8.CollectSourcePositions inside
// v8.evaluateModule, that a reader's browser never spends (it computes a stack's lines only when
// someone reads it). Here Chromium is driven over its own DevTools pipe with the Page, Emulation
// and Target domains only, so the page's scripts cost what they cost a reader; the page's own
// observers (scripts/bench-probes.mjs) record them, and the results are read once, at the end.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumArgs, chromiumExecutable } from "./chromium.mjs";

/**
 * Launches headless Chromium with DevTools on a pipe (file descriptors 3 and 4), the way Playwright
 * launches it, and returns a client that opens pages without enabling the Runtime domain.
 *
 * @returns {Promise<{ open: typeof open, close: () => Promise<void> }>}
 */
export async function launchBareChromium() {
  const executable = chromiumExecutable();
  if (!executable) throw new Error("No Chromium found (set CHROMIUM_PATH)");
  const profile = mkdtempSync(join(tmpdir(), "bench-bare-"));
  const browser = spawn(
    executable,
    [...chromiumArgs, "--headless=new", "--remote-debugging-pipe", `--user-data-dir=${profile}`],
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const connection = pipeConnection(browser.stdio[3], browser.stdio[4]);
  await connection.send("Browser.getVersion");
  return {
    open: (url, options) => open(connection, url, options),
    async close() {
      await connection.send("Browser.close").catch(() => undefined);
      await new Promise((resolve) => {
        if (browser.exitCode !== null) resolve();
        else browser.once("exit", resolve);
      });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a fresh browser context (no cache, storage or service worker), runs `probe` in
 * the page before its own scripts, waits until the page is loaded and `ready` (an expression
 * evaluated in the page) holds, then `settleMs` more, and returns the value of `result`.
 *
 * @param {ReturnType<typeof pipeConnection>} connection
 * @param {string} url
 * @param {{ probe: string, ready: string, result: string, viewport: { width: number, height: number }, settleMs: number, timeoutMs: number }} options
 */
async function open(connection, url, { probe, ready, result, viewport, settleMs, timeoutMs }) {
  const { browserContextId } = await connection.send("Target.createBrowserContext");
  try {
    const { targetId } = await connection.send("Target.createTarget", {
      url: "about:blank",
      browserContextId,
    });
    const { sessionId } = await connection.send("Target.attachToTarget", {
      targetId,
      flatten: true,
    });
    const page = (method, params) => connection.send(method, params, sessionId);
    await page("Page.enable");
    await page("Emulation.setDeviceMetricsOverride", {
      ...viewport,
      deviceScaleFactor: 1,
      mobile: false,
    });
    await page("Page.addScriptToEvaluateOnNewDocument", { source: probe });
    const loaded = connection.once("Page.loadEventFired", sessionId, timeoutMs);
    await page("Page.navigate", { url });
    await loaded;
    // Runtime.evaluate without Runtime.enable: it runs the expression and turns nothing on.
    const evaluate = async (expression) =>
      (await page("Runtime.evaluate", { expression, returnByValue: true })).result.value;
    const deadline = Date.now() + timeoutMs;
    while (!(await evaluate(ready))) {
      if (Date.now() > deadline) throw new Error(`${url}: not ready after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return await evaluate(result);
  } finally {
    await connection.send("Target.disposeBrowserContext", { browserContextId });
  }
}

/**
 * DevTools protocol over Chromium's pipe: JSON messages, each ended by a NUL byte.
 *
 * @param {import("node:stream").Writable} toBrowser
 * @param {import("node:stream").Readable} fromBrowser
 */
function pipeConnection(toBrowser, fromBrowser) {
  let nextId = 0;
  const pending = new Map();
  const listeners = new Set();
  let buffered = "";
  fromBrowser.setEncoding("utf8");
  fromBrowser.on("data", (chunk) => {
    const parts = (buffered + chunk).split("\0");
    buffered = parts.pop() ?? "";
    for (const part of parts) {
      const message = JSON.parse(part);
      const call = pending.get(message.id);
      if (call) {
        pending.delete(message.id);
        if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
        else call.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  return {
    /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      return new Promise((resolve, reject) => pending.set(id, { method, resolve, reject }));
    },
    /** Resolves at the next `method` event of the session, or rejects after `timeoutMs`. */
    once(method, sessionId, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no ${method} within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (message) => {
          if (message.method !== method || message.sessionId !== sessionId) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(message.params);
        };
        listeners.add(listener);
      });
    },
  };
}
