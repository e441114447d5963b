import { expect, test, type Page } from "@playwright/test";
import { openLesson, readToTheEnd } from "./support";

// index.html shows a static first screen of the overview and of a lesson while the app's
// JavaScript loads; the app then replaces it. The text must be there without the app, and must not
// move when the app takes over.
const app = /\/assets\/start-[^/]*\.js$/;

/** Where the page's title and first paragraph are, and what they say. */
async function firstScreen(page: Page, scope: string) {
  const heading = page.locator(`${scope} main h1`);
  const paragraph = page.locator(`${scope} main .block-html p, ${scope} main section p`).first();
  await expect(heading).toBeVisible();
  await expect(paragraph).toBeVisible();
  return {
    heading: [await heading.textContent(), await heading.boundingBox()],
    paragraph: [await paragraph.textContent(), await paragraph.boundingBox()],
  };
}

for (const [name, address, title] of [
  ["the overview", "./#/", "Feature Stores and Data Contracts"],
  ["a lesson", "./#/lessons/drift-detection", "Drift and how to detect it"],
] as const) {
  test(`${name} shows its text before the app has run, exactly where the app puts it`, async ({
    page,
  }) => {
    await page.route(app, (route) => route.abort());
    await page.goto(address);
    const preview = await firstScreen(page, ".static-preview");
    expect(preview.heading[0]).toBe(title);
    if (name === "a lesson")
      await expect(page.locator(".static-preview .lesson-body .katex").first()).toBeVisible();
    else await expect(page.getByRole("link", { name: "Start reading" })).toBeVisible();

    await page.unroute(app);
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Chapter" })).toBeVisible();
    await expect(page.locator(".static-preview")).toHaveCount(0);
    expect(await firstScreen(page, ".app-shell")).toEqual(preview);
  });
}

test("a returning reader's overview is drawn by the app, which knows where they left off", async ({
  page,
}) => {
  await openLesson(page, 2);
  await readToTheEnd(page);
  const previews: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/previews/")) previews.push(request.url());
  });
  await page.goto("./#/");
  await page.reload();
  await expect(page.getByRole("link", { name: /^Continue with Lesson 1/ })).toBeVisible();
  expect(previews).toEqual([]);
});
