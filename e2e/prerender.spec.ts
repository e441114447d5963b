import { expect, test, type ConsoleMessage, type Page } from "@playwright/test";
import { lessonIds, openLesson, readToTheEnd } from "./support";

// Every route is a file the build prerendered with the app's own components (src/app/prerender.tsx)
// and that the browser hydrates. Routes by file, as the route grammar names them
// (src/content/model/routes.ts), with a text each page shows.
const routes: readonly (readonly [file: string, text: string | RegExp])[] = [
  ["index.html", "Feature Stores and Data Contracts"],
  ...lessonIds.map((id, index) => [`lesson-${id}.html`, `Lesson ${index + 1} of`] as const),
  ["glossary.html", "Glossary"],
  ["notation.html", "Notation"],
  ["notebook-theory.html", /notebook/i],
  ["exercises.html", /Exercises/],
  ["progress.html", "Your progress"],
  ["assignment.html", /assignment/i],
  ["instructor.html", /instructor/i],
  ["404.html", "This page does not exist"],
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [file, text] of routes) {
    test(`${file} shows its page`, async ({ page }) => {
      const response = await page.goto(file);
      expect(response?.status()).toBe(200);
      await expect(page.locator("main")).toContainText(text);
      await expect(page.getByRole("navigation", { name: "Chapter" })).toBeAttached();
    });
  }

  test("a lesson shows its mathematics, rendered at build time", async ({ page }) => {
    await page.goto("lesson-drift-detection.html");
    await expect(page.locator("main .katex").first()).toBeVisible();
    await expect(page.locator("main math").first()).toBeAttached();
  });

  test("a notebook shows every cell's first output, computed at build time", async ({ page }) => {
    await page.goto("notebook-theory.html");
    const cells = page.locator("main .code-cell");
    expect(await cells.count()).toBeGreaterThanOrEqual(14);
    const empty = await cells.evaluateAll((elements) =>
      elements
        .filter((cell) => !cell.querySelector(".cell-outputs")?.textContent?.trim())
        .map((cell) => cell.id),
    );
    expect(empty).toEqual([]);
  });

  test("links go from page to page", async ({ page }) => {
    await page.goto("index.html");
    await page.getByRole("navigation", { name: "Chapter" }).getByRole("link").nth(1).click();
    await expect(page).toHaveURL(/lesson-production-artifacts\.html$/);
    await expect(page.locator("main")).toContainText("Lesson 1 of");
  });
});

/** Console errors and warnings, and uncaught errors, during the page's life. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

// React 19 production builds report a hydration mismatch as minified errors #418 / #423 or
// "Hydration failed"; any other console error while loading a page is a fault too.
test.describe("hydration", () => {
  for (const [file, text] of routes) {
    test(`${file} hydrates without a warning`, async ({ page }) => {
      const problems = collectProblems(page);
      await page.goto(file);
      await expect(page.locator("main")).toContainText(text);
      // Hydrated: the theme switch answers (a prerendered button does nothing before).
      await page.waitForFunction(() => {
        const root = document.getElementById("root");
        return root !== null && Object.keys(root).some((key) => key.startsWith("__reactContainer"));
      });
      await page.waitForLoadState("networkidle");
      expect(problems).toEqual([]);
    });
  }

  test("a returning reader's saved progress shows right after hydration, without a mismatch", async ({
    page,
  }) => {
    await openLesson(page, 2);
    await readToTheEnd(page);
    const problems = collectProblems(page);
    await page.goto("index.html");
    await expect(page.getByRole("link", { name: /^Continue with Lesson 1/ })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });

  test("a slider moved after load redraws the chart live", async ({ page }) => {
    await page.goto("notebook-theory.html");
    const cell = page
      .locator(".code-cell")
      .filter({ has: page.getByRole("slider") })
      .filter({ has: page.locator(".cell-outputs svg") })
      .first();
    await expect(cell).toBeVisible({ timeout: 20_000 });
    const outputs = cell.locator(".cell-outputs");
    const before = await outputs.innerHTML();
    await cell.getByRole("slider").first().focus();
    await page.keyboard.press("End");
    await expect.poll(() => outputs.innerHTML(), { timeout: 15_000 }).not.toBe(before);
  });
});

test.describe("addresses", () => {
  test("an old hash link opens the page it named", async ({ page }) => {
    await page.goto("./#/lessons/drift-detection");
    await expect(page).toHaveURL(/lesson-drift-detection\.html$/);
    await page.goto("index.html#/notebooks/theory?seed=3");
    await expect(page).toHaveURL(/notebook-theory\.html\?seed=3$/);
    await page.goto("./#/glossary");
    await expect(page).toHaveURL(/glossary\.html$/);
  });

  test("links change page without reloading the app; back and forward work", async ({ page }) => {
    await page.goto("index.html");
    await page.evaluate(() => {
      (window as unknown as { stillLoaded: boolean }).stillLoaded = true;
    });
    await page.getByRole("navigation", { name: "Chapter" }).getByRole("link").nth(1).click();
    await expect(page).toHaveURL(/lesson-production-artifacts\.html$/);
    await expect(page.locator("main")).toContainText("Lesson 1 of");
    await page.getByRole("navigation", { name: "Chapter" }).getByRole("link").nth(2).click();
    await expect(page).toHaveURL(/lesson-features-entities-time\.html$/);
    await page.goBack();
    await expect(page).toHaveURL(/lesson-production-artifacts\.html$/);
    await expect(page.locator("main")).toContainText("Lesson 1 of");
    await page.goForward();
    await expect(page.locator("main")).toContainText("Lesson 2 of");
    expect(
      await page.evaluate(() => (window as unknown as { stillLoaded?: boolean }).stillLoaded),
    ).toBe(true);
  });

  test("an unknown file gets the 404 page", async ({ page }) => {
    const response = await page.goto("no-such-page.html");
    expect(response?.status()).toBe(404);
    await expect(page.locator("main")).toContainText("This page does not exist");
  });

  test("a missing address deep in folders gets the 404 page, styled and working", async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const response = await page.goto("a/b/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.locator("main")).toContainText("This page does not exist");
    // Its styles and script come from the site's folder, not from /a/b/.
    await expect(page.locator(".topbar")).toHaveCSS("position", "sticky");
    await page.waitForFunction(() => {
      const root = document.getElementById("root");
      return root !== null && Object.keys(root).some((key) => key.startsWith("__reactContainer"));
    });
    // Its links lead to the site's pages.
    await page.getByRole("navigation", { name: "Chapter" }).getByRole("link").nth(1).click();
    await expect(page).toHaveURL(/:\d+\/lesson-production-artifacts\.html$/);
    await expect(page.locator("main")).toContainText("Lesson 1 of");
    expect(errors).toEqual([]);
  });
});
