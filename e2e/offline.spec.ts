import { expect, test } from "@playwright/test";
import { openLesson, openPage, waitForServiceWorker } from "./support";

test("after one visit the chapter works offline: reload, another lesson, math and text", async ({
  page,
  context,
}) => {
  await openPage(page, "./");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole("heading", { level: 1, name: "Feature Stores and Data Contracts" }),
  ).toBeVisible();
  await openLesson(page, 7);
  await expect(page.locator(".lesson-body .katex").first()).toBeVisible();
  await expect(page.locator(".lesson-body p").first()).not.toBeEmpty();
  // KaTeX fonts come from the precache too: the math is typeset in KaTeX_Main, not a fallback.
  const fontReady = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check("16px KaTeX_Main");
  });
  expect(fontReady).toBe(true);
  await context.setOffline(false);
});

test("the app is installable: a manifest with icons", async ({ page, request }) => {
  await openPage(page, "./");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href ?? "", page.url()).toString())).json();
  expect(manifest.name).toBe("Feature Stores and Data Contracts");
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(
    expect.arrayContaining(["192x192", "512x512"]),
  );
});

test("offline, every page's own file opens from the cache, and an unknown one gets the 404 page", async ({
  page,
  context,
}) => {
  await openPage(page, "./");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto("notebook-theory.html?seed=3#pit-join-timeline");
  await expect(page.locator("main h1")).toHaveText("Theory notebook");
  await page.goto("glossary.html");
  await expect(page.locator("main h1")).toHaveText("Glossary");
  await page.goto("no-such-page.html");
  await expect(page.locator("main h1")).toHaveText("This page does not exist");
  await context.setOffline(false);
});

test("offline, the math of every page finds its fonts: none the precache leaves out is used", async ({
  page,
  context,
}) => {
  await openPage(page, "./");
  await waitForServiceWorker(page);
  const files = await page
    .locator(".sidebar-nav a")
    .evaluateAll((links) =>
      [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))].map(
        (path) => path.slice(path.lastIndexOf("/") + 1),
      ),
    );
  expect(files.length).toBeGreaterThan(10);
  await context.setOffline(true);
  for (const file of files) {
    await page.goto(file);
    await expect(page.locator("main h1")).toBeVisible();
    // A font the page's math needs but the precache left out fails to load offline.
    const failed = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts]
        .filter((font) => font.family.includes("KaTeX") && font.status === "error")
        .map((font) => `${font.family} ${font.weight} ${font.style}`);
    });
    expect(failed, file).toEqual([]);
  }
  await context.setOffline(false);
});
