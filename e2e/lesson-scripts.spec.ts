import { expect, test } from "@playwright/test";
import { openLesson } from "./support";

// What a lesson route fetches (the lesson-route budget of `npm run bench:load`): its cells come in
// the lesson's own module, not with the whole notebook, and an exercise placed in the lesson
// (lesson 7 embeds `ks-basket-value-drift`, content/lessons/07-drift-detection.md) loads its card,
// the exercise catalog and its tables only when the reader comes near it. Chunk names are Vite's
// `<module name>-<hash>.js`.
const notebookModule = /\/assets\/theory-[\w-]+\.js$/;
const exerciseCard = /\/assets\/exercise-embed-card-[\w-]+\.js$/;

test("a lesson loads its own cells, and its exercise only when the reader comes near it", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await openLesson(page, 7);
  // The simulations beside the text and the figure are drawn.
  await expect(page.locator(".lesson-figure .figure-body svg").first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator("main .code-cell").first()).toBeAttached({ timeout: 30_000 });
  expect(requested.filter((url) => notebookModule.test(url))).toEqual([]);
  expect(requested.filter((url) => exerciseCard.test(url))).toEqual([]);

  // A screen away from the exercise, its card arrives, under the same id.
  await page.locator("#ks-basket-value-drift").scrollIntoViewIfNeeded();
  await expect(page.locator("article.exercise#ks-basket-value-drift")).toBeVisible({
    timeout: 30_000,
  });
  expect(requested.filter((url) => exerciseCard.test(url))).toHaveLength(1);
});
