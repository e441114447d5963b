// A new reader's walk through the chapter, at phone and desktop sizes: what hurt in review
// (overlapping side cards, equation numbers over formulas, clipped outputs, lost work, stale
// messages) stays fixed.
import { expect, test, type Page } from "@playwright/test";

const desktop = { width: 1440, height: 900 };
const phone = { width: 390, height: 844 };

/** The lesson routes in chapter order, read from the sidebar. */
async function lessonRoutes(page: Page): Promise<string[]> {
  await page.goto("./#/");
  await page.locator(".sidebar-lessons a").first().waitFor({ state: "attached" });
  return page.evaluate(() =>
    [...document.querySelectorAll(".sidebar-lessons a")].map(
      (link) => link.getAttribute("href") ?? "",
    ),
  );
}

async function openRoute(page: Page, hash: string): Promise<void> {
  await page.goto(`./${hash}`);
  await page.locator(".app-shell:not(.static-preview) main h1").waitFor();
}

/** Waits until every simulation beside the lesson text has drawn its first output. */
async function waitForSideCells(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll(".cell-slot .code-cell")];
    return cells.length > 0 && cells.every((cell) => cell.querySelector(".cell-outputs") !== null);
  });
}

test("equation numbers never sit on top of their formulas, on phones or desktops", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const routes = await lessonRoutes(page);
  const overlaps: string[] = [];
  let checked = 0;
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    for (const route of routes) {
      await openRoute(page, route);
      await page.locator(".lesson-body .block-html").first().waitFor();
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const found = await page.evaluate(() => {
        const hits: string[] = [];
        const equations = [...document.querySelectorAll(".lesson-body .equation")].filter(
          (equation) => equation.querySelector(".katex-tag") !== null,
        );
        for (const equation of equations) {
          equation.scrollIntoView();
          const tag = equation.querySelector(".katex-html > .katex-tag")!.getBoundingClientRect();
          for (const base of equation.querySelectorAll(".katex-html > .katex-base")) {
            const box = base.getBoundingClientRect();
            const apart =
              tag.right <= box.left + 0.5 ||
              tag.left >= box.right - 0.5 ||
              tag.bottom <= box.top + 0.5 ||
              tag.top >= box.bottom - 0.5;
            if (!apart) {
              hits.push(equation.id || "(unlabelled)");
              break;
            }
          }
        }
        return { hits, count: equations.length };
      });
      checked += found.count;
      overlaps.push(...found.hits.map((id) => `${viewport.width}px ${route} ${id}`));
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(overlaps).toEqual([]);
});

test("simulations beside a lesson's text never overlap, even with their data shown", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize(desktop);
  const routes = await lessonRoutes(page);
  const problems: string[] = [];
  for (const route of routes) {
    await openRoute(page, route);
    if ((await page.locator(".lesson.has-cells").count()) === 0) continue;
    await waitForSideCells(page);
    // Every card's "Show data" opened: the tallest each card can be.
    for (const summary of await page.locator(".cell-slot .show-data > summary").all())
      await summary.click();
    await page.waitForTimeout(200);
    const found = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll(".cell-slot .code-cell")].map((cell) =>
        cell.getBoundingClientRect(),
      );
      const hits: string[] = [];
      for (let i = 1; i < boxes.length; i++) {
        const gap = boxes[i]!.top - boxes[i - 1]!.bottom;
        if (gap < 0) hits.push(`card ${i + 1} overlaps card ${i} by ${Math.round(-gap)} px`);
      }
      const footer = document.querySelector(".lesson-footer")!.getBoundingClientRect();
      const last = boxes.at(-1);
      if (last && last.bottom > footer.top)
        hits.push(`the last card runs ${Math.round(last.bottom - footer.top)} px into the footer`);
      return hits;
    });
    problems.push(...found.map((hit) => `${route}: ${hit}`));
  }
  expect(problems).toEqual([]);
});

test("wide outputs beside the text can be opened at full width and then fit", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(desktop);
  const routes = await lessonRoutes(page);
  const clipped: string[] = [];
  let wideSeen = 0;
  for (const route of routes) {
    await openRoute(page, route);
    if ((await page.locator(".lesson.has-cells").count()) === 0) continue;
    await waitForSideCells(page);
    const cells = await page.locator(".cell-slot .code-cell").all();
    for (const cell of cells) {
      await cell.scrollIntoViewIfNeeded();
      const wide = await cell.evaluate((element) =>
        [...element.querySelectorAll(".table-scroll, .diagram-scroll")].some(
          (box) => box.scrollWidth > box.clientWidth + 1,
        ),
      );
      if (!wide) continue;
      wideSeen += 1;
      const title = (await cell.locator(".code-cell-title").textContent()) ?? "";
      // A cut-off output says so and offers the full width.
      await expect(cell.locator(".output-clipped-cue").first()).toBeVisible();
      await cell.getByRole("button", { name: "Expand" }).click();
      await page.waitForTimeout(100);
      const still = await cell.evaluate((element) =>
        [...element.querySelectorAll(".table-scroll, .diagram-scroll")]
          .filter((box) => box.scrollWidth > box.clientWidth + 1)
          .map((box) => `${box.scrollWidth} > ${box.clientWidth}`),
      );
      if (still.length > 0) clipped.push(`${route} ${title}: ${still.join(", ")}`);
      await cell.getByRole("button", { name: "Collapse" }).click();
    }
  }
  expect(wideSeen).toBeGreaterThan(0);
  expect(clipped).toEqual([]);
});
