import { expect, test } from "@playwright/test";
import { openLesson, waitForServiceWorker } from "./support";

test("after one visit the chapter works offline: reload, another lesson, math and text", async ({
  page,
  context,
}) => {
  await page.goto("./");
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
  await page.goto("./");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href ?? "", page.url()).toString())).json();
  expect(manifest.name).toBe("Feature Stores and Data Contracts");
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(
    expect.arrayContaining(["192x192", "512x512"]),
  );
});
