import { expect, test } from "@playwright/test";
import { openPage } from "./support";

test("a malformed address (an anchor of #%E0%A4%A) opens the not-found page, not a blank app", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await openPage(page, "lesson-production-artifacts.html#%E0%A4%A");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page does not exist");
  await expect(page.getByRole("link", { name: "Go to the chapter overview" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("a page that fails to render shows a message and a way home", async ({ page }) => {
  // The exercises page is its own chunk: refusing it makes the page fail while it renders.
  await page.route(/exercises-page-[^/]*\.js$/, (route) => route.abort());
  await openPage(page, "exercises.html");
  const alert = page.getByRole("alert").filter({ hasText: "This page could not be shown" });
  await expect(alert).toBeVisible();
  await expect(page.getByRole("navigation").first()).toBeVisible();
  await alert.getByRole("link", { name: "Go to the chapter overview" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(alert).toHaveCount(0);
});
