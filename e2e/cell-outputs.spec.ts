import { expect, test, type Page } from "@playwright/test";
import { lessonIds, openPage, sidebarLesson, waitForHydrated } from "./support";

// Every cell's first output and every figure are computed when the site is built and printed in
// the page (src/content/compiler/cell-outputs.ts): they show without JavaScript, they show before
// the worker answers, and the worker takes over once the reader changes something. Chart colours
// are the theme's CSS custom properties, so a prerendered chart follows a switch of theme.

const notebook = "notebook-theory.html";
const lesson = "lesson-production-artifacts.html";
/** A lesson with cells beside its text (side cards), each with a chart. */
const cellLesson = "lesson-drift-detection.html";

/** Stops the kernel's worker script from loading: only outputs the page brought can show. */
async function blockWorker(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route(/\/worker-[^/]*\.js$/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  return blocked;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the notebook shows every cell's outputs: charts as SVG, tables and metric cards", async ({
    page,
  }) => {
    await page.goto(notebook);
    const cells = page.locator(".code-cell");
    expect(await cells.count()).toBeGreaterThanOrEqual(14);
    for (const cell of await cells.all())
      await expect(cell.locator(".cell-outputs")).toBeAttached();
    const chart = page.locator(".cell-outputs svg.chart-svg").first();
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute("viewBox", /^0 0 \d+ \d+$/);
    await expect(chart.locator(".chart-line, .chart-bars rect").first()).toBeAttached();
    await expect(page.locator(".cell-outputs table").first()).toBeAttached();
    await expect(page.locator(".cell-outputs .metric-card").first()).toBeAttached();
  });

  test("a lesson's cells beside the text show their outputs", async ({ page }) => {
    await page.goto(cellLesson);
    const cards = page.locator(".code-cell-lesson");
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    for (const card of await cards.all()) {
      await card.scrollIntoViewIfNeeded();
      await expect(card.locator(".cell-outputs .cell-output").first()).toBeVisible();
      await expect(card.locator(".loading")).toHaveCount(0);
    }
    await expect(cards.first().locator("svg.chart-svg").first()).toBeVisible();
  });

  test("a lesson's figure is drawn in the page", async ({ page }) => {
    await page.goto(lesson);
    const figure = page.locator("#fig-release-components");
    await expect(figure.locator("svg").first()).toBeVisible();
    await expect(figure.locator(".loading")).toHaveCount(0);
  });
});

test("the outputs show before the worker answers, and hydrate without a warning", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await blockWorker(page);
  await openPage(page, notebook);
  const cell = page.locator('[id="materialization-staleness"]');
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator(".chart-line").first()).toBeVisible();
  await expect(cell.locator(".cell-outputs")).not.toHaveAttribute("data-stale");
  await openPage(page, lesson);
  await expect(page.locator("#fig-release-components svg").first()).toBeVisible();
  await expect(page.locator("#fig-release-components .loading")).toHaveCount(0);
  // The blocked worker's own failure is expected; nothing else may complain (no hydration error).
  expect(problems.filter((text) => !/worker/i.test(text))).toEqual([]);
});

test("the build's drawings stay in place while the page hydrates, never replaced by a loading line", async ({
  page,
}) => {
  // Records, from before the page's HTML is parsed, every drawing removed from a figure or a
  // cell's outputs and every loading line put in its place.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { replacedDrawings: seen });
    new MutationObserver((records) => {
      for (const record of records) {
        if (!(record.target instanceof Element)) continue;
        const host = record.target.closest(".figure-body, .cell-outputs");
        if (!host) continue;
        for (const node of record.removedNodes)
          if (node instanceof Element && node.matches(".figure-panels, .cell-output, svg"))
            seen.push(`${host.id || host.className}: ${node.tagName} removed`);
        for (const node of record.addedNodes)
          if (node instanceof Element && node.matches(".loading"))
            seen.push(`${host.id || host.className}: "${node.textContent}" shown`);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openPage(page, cellLesson);
  // Hydrated once React owns the drawings (the figure's waits for its own script chunk).
  await waitForHydrated(page, ".lesson-figure .figure-panels");
  await waitForHydrated(page, ".cell-outputs .cell-output");
  expect(
    await page.evaluate(
      () => (window as unknown as { replacedDrawings: string[] }).replacedDrawings,
    ),
  ).toEqual([]);
});

test("a page reached in the app shows its build-time outputs without the worker", async ({
  page,
}) => {
  await blockWorker(page);
  await openPage(page, "./");
  // A mark on the window survives only an in-app navigation, not a reload of the page.
  await page.evaluate(() => Object.assign(window, { stayedInApp: true }));
  await sidebarLesson(page, lessonIds.indexOf("drift-detection") + 1).click();
  await expect(page).toHaveURL(new RegExp(cellLesson));
  const cards = page.locator(".code-cell-lesson");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  for (const card of await cards.all()) {
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator(".cell-outputs .cell-output").first()).toBeVisible();
  }
  await page
    .getByRole("navigation", { name: "Chapter" })
    .getByRole("link", { name: "Theory notebook" })
    .click();
  const cell = page.locator('[id="materialization-staleness"]');
  await cell.scrollIntoViewIfNeeded();
  await expect(cell.locator(".chart-line").first()).toBeVisible();
  expect(await page.evaluate(() => "stayedInApp" in window)).toBe(true);
});

test.describe("when the page's file cannot be fetched", () => {
  // The service worker would answer the fetch from its cache, out of the test's reach.
  test.use({ serviceWorkers: "block" });

  test("a page reached in the app falls back to the worker for its outputs", async ({ page }) => {
    const refused: string[] = [];
    await page.route(new RegExp(`/${cellLesson}$`), (route) => {
      if (route.request().resourceType() !== "fetch") return route.continue();
      refused.push(route.request().url());
      return route.abort();
    });
    await openPage(page, "./");
    await sidebarLesson(page, lessonIds.indexOf("drift-detection") + 1).click();
    const card = page.locator(".code-cell-lesson").first();
    await card.scrollIntoViewIfNeeded();
    await expect(card.locator(".cell-outputs .cell-output").first()).toBeVisible({
      timeout: 20_000,
    });
    expect(refused.length).toBe(1);
  });
});

test("a slider change redraws the prerendered chart live in the worker", async ({ page }) => {
  await openPage(page, notebook);
  const cell = page.locator('[id="materialization-staleness"]');
  const line = cell.locator(".chart-line").first();
  await cell.scrollIntoViewIfNeeded();
  const before = await line.getAttribute("d");
  const slider = cell.getByRole("slider").first();
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(line).not.toHaveAttribute("d", before ?? "", { timeout: 15_000 });
  await expect(cell.locator(".cell-status")).toHaveText(/ms$/);
});

test("switching to dark recolours a prerendered chart without drawing it again", async ({
  page,
}) => {
  await blockWorker(page);
  await openPage(page, notebook);
  await page.getByLabel("Colour theme").selectOption("light");
  const line = page.locator(".cell-outputs .chart-line").first();
  await line.scrollIntoViewIfNeeded();
  const stroke = () => line.evaluate((element) => getComputedStyle(element).stroke);
  const before = { stroke: await stroke(), d: await line.getAttribute("d") };
  await page.getByLabel("Colour theme").selectOption("dark");
  await expect.poll(stroke).not.toBe(before.stroke);
  await expect(line).toHaveAttribute("d", before.d ?? "");
});

test.describe("at a phone's width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("chart axis text is drawn at least 11 px tall", async ({ page }) => {
    await blockWorker(page);
    for (const href of [notebook, cellLesson]) {
      await openPage(page, href);
      const chart = page.locator("svg.chart-svg").first();
      await chart.scrollIntoViewIfNeeded();
      // Rendered size = the text's size in chart units times the chart's scale (drawn width over
      // its viewBox width); 11 px is about the smallest text the page itself uses.
      const rendered = await chart.evaluate((svg: SVGSVGElement) => {
        const tick = svg.querySelector(".chart-tick");
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return tick ? Number.parseFloat(getComputedStyle(tick).fontSize) * scale : 0;
      });
      expect(rendered, href).toBeGreaterThanOrEqual(11);
    }
  });

  test("dependency graph text is drawn at least 11 px tall", async ({ page }) => {
    await blockWorker(page);
    await openPage(page, notebook);
    const graph = page.locator("svg.dag").first();
    await graph.scrollIntoViewIfNeeded();
    // The smallest text of the graph, at its drawn scale (a graph scrolls rather than shrinks).
    const smallest = await graph.evaluate((svg: SVGSVGElement) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll("text")].map(
        (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      );
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(11);
  });
});
