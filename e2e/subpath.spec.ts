import { expect, test } from "@playwright/test";

test("a build for a sub-path serves the overview, a lesson and its assets from that path", async ({
  page,
}) => {
  const failed: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto("./");
  await expect(
    page.getByRole("heading", { level: 1, name: "Feature Stores and Data Contracts" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Start reading" }).click();
  await expect(page.locator(".lesson-body .katex").first()).toBeVisible();
  expect(page.url()).toContain("/courses/feature-stores/");

  // A lesson URL opened directly: its prerendered file and its module come from the sub-path too.
  const lessons: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("lesson-data-contracts"))
      lessons.push(new URL(response.url()).pathname);
  });
  await page.goto("lesson-data-contracts.html");
  await page.reload();
  await expect(page.locator(".sidebar-nav")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data contracts");
  expect(lessons).toContain("/courses/feature-stores/lesson-data-contracts.html");
  expect(failed).toEqual([]);
});

test("a missing address deep under the sub-path gets the 404 page, styled and working", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto("a/b/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("main")).toContainText("This page does not exist");
  await expect(page.locator(".topbar")).toHaveCSS("position", "sticky");
  await page.getByRole("navigation", { name: "Chapter" }).getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/courses\/feature-stores\/lesson-production-artifacts\.html$/);
  await expect(page.locator("main")).toContainText("Lesson 1 of");
  expect(errors).toEqual([]);
});
