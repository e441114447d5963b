import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, openPage, waitForServiceWorker } from "./support";

// The chapter search in the top bar. Expected titles are the content's own: the glossary entry
// "Artifact" (content/pages/glossary.md), Theorem 2.5 "Point-in-time correctness" (lesson 2), the
// theory notebook's cell "Lineage hashes and the rebuild set after one edit" and the exercise
// "A backfill into the online store" (src/exercises/catalog).

const searchBox = (page: Page) => page.getByRole("combobox", { name: "Search the chapter" });
const results = (page: Page) => page.getByRole("listbox", { name: "Search results" });

async function openOverview(page: Page): Promise<void> {
  await openPage(page, "./");
  await page.locator("main h1").waitFor();
}

/** Types a query and waits for the option whose badge and title are given. */
async function search(page: Page, query: string, badge: string, title: string) {
  await searchBox(page).fill(query);
  const option = results(page)
    .getByRole("option")
    .filter({ has: page.locator(".search-kind", { hasText: new RegExp(`^${badge}$`) }) })
    .filter({ has: page.locator(".search-title", { hasText: title }) });
  await expect(option).toHaveCount(1);
  return option;
}

/** Moves to an option with the arrow keys (focus stays in the box) and opens it with Enter. */
async function openWithKeyboard(page: Page, option: ReturnType<Page["locator"]>): Promise<void> {
  const id = await option.getAttribute("id");
  const ids = await results(page)
    .getByRole("option")
    .evaluateAll((options) => options.map((element) => element.id));
  const position = ids.indexOf(id ?? "");
  expect(position).toBeGreaterThanOrEqual(0);
  for (let step = 0; step <= position; step += 1) await searchBox(page).press("ArrowDown");
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveAttribute("aria-activedescendant", id ?? "");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await searchBox(page).press("Enter");
}

/** The result's target is on screen and has the focus. */
async function expectOpened(page: Page, elementId: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(elementId));
  const target = page.locator(`[id="${elementId}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
  await expect(results(page)).toBeHidden();
}

test("`/` focuses the box; a glossary term is found, marked and opened with the keyboard", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await openOverview(page);
  // The index is loaded on first use, not with the page.
  expect(requested.filter((url) => url.includes("search-engine"))).toEqual([]);
  await page.locator("main h1").click();
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();

  const option = await search(page, "artifact", "Glossary", "Artifact");
  await expect(option.locator(".search-title mark")).toHaveText("Artifact");
  await expect(option.locator(".search-snippet mark").first()).toHaveText(/^artifact$/i);
  await expect(page.locator("[aria-live]", { hasText: /^\d+ results/ })).toHaveCount(1);
  expect(requested.filter((url) => url.includes("search-engine")).length).toBe(1);
  await openWithKeyboard(page, option);
  await expectOpened(page, "artifact");
});

test("finds a theorem by words of its title and opens its lesson at the theorem", async ({
  page,
}) => {
  await openOverview(page);
  const option = await search(
    page,
    "point in time correctness",
    "Theorem",
    "Point-in-time correctness",
  );
  await expect(option.locator(".search-context")).toHaveText("Lesson 2 · Theorem 2.5");
  await openWithKeyboard(page, option);
  await expectOpened(page, "thm-pit-correctness");
  await expect(page.locator("main h1")).toHaveText(/Features, entities and time/);
});

test("finds a notebook cell and an exercise and opens each", async ({ page }) => {
  await openOverview(page);
  const cell = await search(page, "rebuild set", "Cell", "Lineage hashes and the rebuild set");
  await openWithKeyboard(page, cell);
  await expectOpened(page, "lineage-rebuild-set");

  const exercise = await search(
    page,
    "backfill online store",
    "Exercise",
    "A backfill into the online store",
  );
  // A click opens a result too.
  await exercise.click();
  await expectOpened(page, "online-store-backfill");
});

test("Escape closes the results, then clears the box; no match says so", async ({ page }) => {
  await openOverview(page);
  await search(page, "artifact", "Glossary", "Artifact");
  await searchBox(page).press("Escape");
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute("aria-expanded", "false");
  await expect(searchBox(page)).toHaveValue("artifact");
  await searchBox(page).press("Escape");
  await expect(searchBox(page)).toHaveValue("");
  await searchBox(page).fill("zzxqv");
  await expect(page.locator(".search-message")).toHaveText("No results");
});

test("search works offline once the service worker controls the page", async ({
  page,
  context,
}) => {
  await openOverview(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator("main h1").waitFor();
  await search(page, "point in time correctness", "Theorem", "Point-in-time correctness");
  await context.setOffline(false);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`no accessibility violations with the results open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openOverview(page);
    await searchBox(page).fill("drift");
    await expect(results(page).getByRole("option").first()).toBeVisible();
    await searchBox(page).press("ArrowDown");
    await expect(page.locator(".search-result mark").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
