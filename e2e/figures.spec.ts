import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, lessonIds, openPage } from "./support";

// Every lesson shows at least one numbered figure drawn by a notebook cell with fixed values:
// each has a caption with its number, a text alternative and the data behind its charts, in the
// light and the dark theme alike.
const lessons = lessonIds;

async function openLesson(page: Page, id: string) {
  await openPage(page, `lesson-${id}.html`);
  await page.locator(".lesson-body .block-html").first().waitFor();
}

for (const theme of ["light", "dark"] as const) {
  test(`every lesson's figures have a caption, alt text and a data table (${theme} theme)`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    for (const [index, id] of lessons.entries()) {
      await openLesson(page, id);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      const figures = page.locator(".lesson-body figure.lesson-figure");
      await expect(figures.first()).toBeAttached();
      const count = await figures.count();
      for (let position = 0; position < count; position += 1) {
        const figure = figures.nth(position);
        const label = `Figure ${index + 1}.${position + 1}.`;
        await figure.scrollIntoViewIfNeeded();
        // The caption starts with the figure's number, links to the figure, and says more.
        const caption = figure.locator("figcaption");
        await expect(caption).toHaveText(new RegExp(`^${label.replace(/\./g, "\\.")} \\S.{30,}`));
        await expect(caption.getByRole("link", { name: label })).toHaveAttribute(
          "href",
          new RegExp(`lesson-${id}\\.html#fig-`),
        );
        // The figure is named by its caption and described by its text alternative.
        await expect(figure).toHaveAccessibleName(new RegExp(`^${label.replace(/\./g, "\\.")}`));
        const description = await figure.getAttribute("aria-describedby");
        expect(description).toBeTruthy();
        await expect(page.locator(`[id="${description}"]`)).toHaveText(/\S.{40,}/);
        // It is drawn: at least one chart or diagram, and no error.
        await expect(figure.locator(".figure-panel svg").first()).toBeVisible({ timeout: 20_000 });
        await expect(figure.locator(".cell-error")).toHaveCount(0);
        // The numbers behind it, as a table with a caption and at least one row.
        await figure.locator(".figure-data summary").click();
        const table = figure.locator(".figure-data table");
        await expect(table.first()).toBeVisible();
        await expect(table.first().locator("caption")).toHaveText(new RegExp(label.slice(0, -1)));
        expect(await table.first().locator("tbody tr").count()).toBeGreaterThan(0);
      }
    }
  });

  test(`a lesson with figures has no accessibility violations (${theme} theme)`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: theme });
    await openLesson(page, "lineage-versioning-rollback");
    const figure = page.locator("figure.lesson-figure").first();
    await figure.locator(".figure-panel svg").first().waitFor({ timeout: 20_000 });
    await figure.locator(".figure-data summary").click();
    await figure.locator(".figure-data table").first().waitFor();
    await page.locator(".cell-slot .cell-outputs").first().waitFor({ state: "attached" });
    await expectNoAxeViolations(page);
  });
}

test("a figure's data opened before the page is hydrated fills in once it is", async ({ page }) => {
  // Hold the app's entry module until the reader has opened the section: the prerendered
  // <details> opens without React, and React must still build the table it holds.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("lesson-lineage-versioning-rollback.html", { waitUntil: "commit" });
  const figure = page.locator("figure.lesson-figure").first();
  await figure.locator(".figure-data summary").click();
  await expect(figure.locator(".figure-data")).toHaveAttribute("open", "");
  release();
  await expect(figure.locator(".figure-data table").first()).toBeVisible({ timeout: 20_000 });
});

test("a figure's number is a deep link that opens the lesson at the figure", async ({ page }) => {
  await openPage(page, "lesson-offline-online-monitoring.html#fig-cusum-ewma");
  // The route opens the lesson and marks the figure as the target it scrolled to.
  const figure = page.locator("#fig-cusum-ewma");
  await expect(figure).toHaveClass(/is-target/, { timeout: 20_000 });
  await expect(figure.locator("figcaption")).toHaveText(/^Figure 8\.1\. /);
});

test("a figure prints with its drawing and caption, without the data toggle", async ({ page }) => {
  await openPage(page, "lesson-lineage-versioning-rollback.html");
  const figure = page.locator("figure.lesson-figure").first();
  await figure.locator(".figure-panel svg").first().waitFor({ timeout: 20_000 });
  await page.emulateMedia({ media: "print" });
  await expect(figure).toBeVisible();
  await expect(figure.locator(".figure-panel svg").first()).toBeVisible();
  await expect(figure.locator("figcaption")).toBeVisible();
  await expect(figure.locator(".figure-data")).toBeHidden();
  // The diagram fits the printed page instead of being cut off.
  const { drawing, frame } = await figure.evaluate((element) => ({
    drawing: element.querySelector(".figure-panel svg")?.getBoundingClientRect().width ?? 0,
    frame: element.getBoundingClientRect().width,
  }));
  expect(drawing).toBeLessThanOrEqual(frame);
});
