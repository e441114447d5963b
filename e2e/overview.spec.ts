import { expect, test } from "@playwright/test";
import { openPage, sidebarLesson } from "./support";

test("the overview mirrors the chapter overview and links objectives to lessons", async ({
  page,
}) => {
  await openPage(page, "./");
  await expect(
    page.getByRole("heading", { level: 1, name: "Feature Stores and Data Contracts" }),
  ).toBeVisible();
  await expect(
    page.getByText("A feature is not just a column; it is a promise made to a model."),
  ).toBeVisible();
  for (const heading of [
    "Overview",
    "Prerequisites",
    "Companion notebooks",
    "Learning objectives",
    "Study flow",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole("cell", { name: "theory.ipynb" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "exercises.ipynb" })).toBeVisible();
  const objectives = page.locator(".objectives > li");
  await expect(objectives).toHaveCount(10);
  for (const objective of await objectives.all()) {
    await expect(objective.getByRole("link").first()).toBeVisible();
  }
  await page.getByRole("link", { name: "Start reading" }).click();
  await expect(page).toHaveURL(/lesson-[a-z0-9-]+\.html/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Production artifacts");
});

test("an unknown address explains itself and links home", async ({ page }) => {
  await openPage(page, "no-such-page.html");
  await expect(
    page.getByRole("heading", { level: 1, name: "This page does not exist" }),
  ).toBeVisible();
  await expect(page.getByText("no-such-page.html")).toBeVisible();
  await page.getByRole("link", { name: "Go to the chapter overview" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Feature Stores and Data Contracts" }),
  ).toBeVisible();
});

test("the theme switch applies and remembers dark mode", async ({ page }) => {
  await openPage(page, "./");
  await page.getByLabel("Colour theme").selectOption("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByLabel("Colour theme")).toHaveValue("dark");
});

test("on a phone the navigation is a drawer", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPage(page, "./");
  const navigation = page.getByRole("navigation", { name: "Chapter" });
  await expect(navigation).toBeHidden();
  await page.getByRole("button", { name: "Chapter navigation" }).click();
  await expect(navigation).toBeVisible();
  await sidebarLesson(page, 2).click();
  await expect(navigation).toBeHidden();
  await expect(page).toHaveURL(/lesson-features-entities-time\.html/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const width of [320, 360, 390]) {
  test(`on a ${width}px phone the top bar shows the whole title, and the theme icon still switches the theme`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await openPage(page, "./");
    const title = page.locator(".topbar-title");
    await expect(title).toHaveText("Feature Stores and Data Contracts");
    // Nothing of the title is cut off: its text fits the lines it is given (two, or three at 320px).
    const cut = await title.evaluate(
      (element) =>
        element.scrollHeight > element.clientHeight || element.scrollWidth > element.clientWidth,
    );
    expect(cut).toBe(false);
    // The search box's placeholder fits inside the box, between its paddings.
    const placeholderFits = await page.locator(".search-input").evaluate((input) => {
      const box = input as HTMLInputElement;
      const style = getComputedStyle(box);
      const context = document.createElement("canvas").getContext("2d");
      if (!context) return false;
      context.font = style.font;
      const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(box.placeholder).width <= room;
    });
    expect(placeholderFits).toBe(true);
    const theme = page.getByLabel("Colour theme");
    await expect(page.locator(".theme-switch-icon")).toBeVisible();
    await expect(theme).toBeVisible();
    expect((await theme.boundingBox())?.width).toBeLessThanOrEqual(48);
    await theme.selectOption("dark");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  });
}
