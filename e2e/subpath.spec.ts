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
  expect(failed).toEqual([]);
});
