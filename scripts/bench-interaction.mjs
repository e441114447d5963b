#!/usr/bin/env node
// Interaction benchmark (DESIGN.md §6): builds the site, opens the theory notebook in headless
// Chromium and, for three representative cells, moves a slider 50 times one step at a time and
// then 50 times to random positions, measuring the time from the input event to the painted,
// updated chart (p50, p95) and the longest main-thread task during the drag. Also reports kernel
// start: page load to the first cell output.
// Usage: npm run bench:interaction [-- --no-build] [--dist DIR] [cell-id cell-id cell-id]
// `--dist DIR` builds into (or, with --no-build, measures) DIR instead of dist/ (also $DIST). The
// notebook's address is the link the app's sidebar shows, so it follows the app's route grammar.
import { spawn, spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { launchOptions } from "./chromium.mjs";

const args = process.argv.slice(2);
const distIndex = args.indexOf("--dist");
const dist = distIndex >= 0 ? args[distIndex + 1] : (process.env.DIST ?? "dist");
const cellIds = args.filter(
  (arg, index) => !arg.startsWith("--") && !(distIndex >= 0 && index === distIndex + 1),
);
const moves = 50;
const port = 4398;

if (!args.includes("--no-build")) {
  const build = spawnSync(
    "npx",
    ["vite", "build", "--configLoader", "runner", "--logLevel", "warn", "--outDir", dist],
    { stdio: "inherit" },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn("node", ["scripts/serve.mjs", dist, "--port", String(port)], {
  stdio: "ignore",
});
await new Promise((resolve) => setTimeout(resolve, 500));

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const browser = await chromium.launch(launchOptions());
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    serviceWorkers: "block",
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  const notebook = page.locator('.sidebar-nav a[href*="notebook"][href*="theory"]').first();
  await page.goto(await notebook.evaluate((link) => link.href));
  await page.locator(".code-cell .cell-outputs").first().waitFor({ timeout: 30_000 });
  const kernelStart = await page.evaluate(() => performance.now());
  // Measure in steady state: every cell has finished its first run, where cells run on page load;
  // cells whose first output came with the page run only when moved, so this may never happen.
  const allCellsDone = await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll(".code-cell .cell-status")].every((status) =>
          status.textContent?.endsWith("ms"),
        ),
      undefined,
      { timeout: 30_000 },
    )
    .then(() => page.evaluate(() => performance.now()))
    .catch(() => NaN);

  const ids =
    cellIds.length > 0
      ? cellIds
      : await page.evaluate(() =>
          [...document.querySelectorAll(".code-cell")]
            .filter((cell) => cell.querySelector('input[type="range"]'))
            .slice(0, 3)
            .map((cell) => cell.id),
        );
  const rows = [];
  for (const id of ids) {
    const cell = page.locator(`[id="${id}"]`);
    await cell.scrollIntoViewIfNeeded();
    await cell
      .locator(".cell-status")
      .filter({ hasText: /ms$/ })
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    // Cells are drawn as they scroll into view: let that settle before the first move.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200))),
        ),
    );
    // As before any drag, the pointer rests on the slider a moment first.
    await cell.locator('input[type="range"]').first().hover();
    await page.waitForTimeout(300);
    for (const mode of ["steps", "jumps"]) {
      const result = await page.evaluate(
        async ({ id, moves, mode }) => {
          const cell = document.getElementById(id);
          const slider = cell.querySelector('input[type="range"]');
          const outputs = () => cell.querySelector(".cell-outputs");
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
          const min = Number(slider.min);
          const max = Number(slider.max);
          const step = Number(slider.step) || (max - min) / 100;
          const startTasks = window.__longTasks.length;
          const dragStart = performance.now();
          const latencies = [];
          const computes = [];
          let value = Number(slider.value);
          let direction = 1;
          // Jumps go to pseudo-random slider positions not visited yet (while there are any), from
          // a fixed sequence, so that neither a reused result nor a step computed ahead answers
          // them (except a rare jump next to the previous position).
          let state = 12345;
          const positions = Math.round((max - min) / step) + 1;
          const visited = new Set([Math.round((value - min) / step)]);
          for (let move = 0; move < moves; move++) {
            if (mode === "jumps") {
              if (visited.size >= positions) visited.clear();
              let position;
              do {
                state = (state * 1103515245 + 12345) % 2147483648;
                position = Math.floor((state / 2147483648) * positions);
              } while (visited.has(position));
              visited.add(position);
              value = Number((min + position * step).toFixed(10));
            } else {
              if (value + direction * step > max || value + direction * step < min)
                direction = -direction;
              value += direction * step;
            }
            const start = performance.now();
            setter.call(slider, String(value));
            slider.dispatchEvent(new Event("input", { bubbles: true }));
            // Updated chart = the run's outputs are in the document and the frame that shows them
            // has been rendered (the first rAF after the last change, then a message posted from it,
            // which runs once that frame's style, layout and paint are done). Charts draw new data in
            // a second pass (Recharts moves the data into its store in an effect), so the cell must
            // also stay unchanged for a few frames after that; a later change moves the end point.
            const painted = await new Promise((resolve) => {
              let lastChange = performance.now();
              let checking = false;
              let candidate = 0;
              let settleFrames = 0;
              const ready = () => {
                const element = outputs();
                return (
                  element &&
                  !element.hasAttribute("data-stale") &&
                  cell.querySelector(".cell-status")?.textContent?.endsWith("ms")
                );
              };
              const check = () => {
                checking = true;
                requestAnimationFrame(() => {
                  const frameStart = performance.now();
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => {
                    if (lastChange > frameStart || !ready()) return check();
                    if (candidate === 0) candidate = performance.now();
                    if (++settleFrames < 4) return check();
                    observer.disconnect();
                    resolve(candidate);
                  };
                  channel.port2.postMessage(null);
                });
              };
              const observer = new MutationObserver(() => {
                lastChange = performance.now();
                candidate = 0;
                settleFrames = 0;
                if (ready() && !checking) check();
              });
              observer.observe(cell, {
                subtree: true,
                childList: true,
                attributes: true,
                characterData: true,
              });
              if (ready()) check();
            });
            latencies.push(painted - start);
            computes.push(
              Number.parseFloat(cell.querySelector(".cell-status")?.textContent ?? "NaN"),
            );
          }
          const tasks = window.__longTasks
            .slice(startTasks)
            .filter((task) => task.start >= dragStart);
          return {
            latencies,
            computes,
            longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
            longTasks: tasks.length,
          };
        },
        { id, moves, mode },
      );
      rows.push({ id, mode, ...result });
    }
  }
  console.log(
    `Interaction benchmark: ${moves} slider moves per cell, headless Chromium, local static server`,
  );
  console.log(`  kernel start (page load to first cell output): ${kernelStart.toFixed(0)} ms`);
  console.log(
    `  all cells' first runs finished: ${Number.isFinite(allCellsDone) ? `${allCellsDone.toFixed(0)} ms` : "not on load (first outputs came with the page)"}`,
  );
  console.log(
    "  Steps: one slider step at a time, as a drag or the arrow keys move it (the kernel computes\n" +
      "  the steps either side ahead: once the pointer rests on the slider, and after each step).\n" +
      "  Jumps: to random unvisited positions, computed on demand.",
  );
  console.log(
    "  cell                               moves   p50 ms   p95 ms   worker p50 ms   longest main-thread task ms   tasks > 50 ms",
  );
  for (const row of rows) {
    console.log(
      `  ${row.id.padEnd(34)} ${row.mode.padEnd(5)}   ${percentile(row.latencies, 50).toFixed(1).padStart(6)}   ${percentile(row.latencies, 95).toFixed(1).padStart(6)}   ${percentile(row.computes, 50).toFixed(0).padStart(13)}   ${row.longestTask.toFixed(0).padStart(27)}   ${String(row.longTasks).padStart(13)}`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
